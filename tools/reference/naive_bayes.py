#!/usr/bin/env python3
"""Reference fits of scikit-learn 1.2.1's Gaussian classifiers for the naive-bayes lesson's engine tests.

    /usr/bin/python3 tools/reference/naive_bayes.py

Writes algorithms/src/test/resources/org/stepwise/algo/bayes/<case>.json, one per data set, with
the data fitted (x, y, classes, features), a few query points off the data ("queries", drawn
uniformly over the data's bounding box widened by a quarter, seed 0), and one object per model
holding the exact call and its fitted attributes, all on the data as given (no scaling):

- "gaussian-nb": GaussianNB(var_smoothing=1e-9).fit(x, y): class_count_, class_prior_, theta_,
  var_, epsilon_;
- "lda": LinearDiscriminantAnalysis(solver='svd', store_covariance=True).fit(x, y): priors_,
  means_, covariance_ (pooled scatter / n);
- "qda" and "qda_r0.1": QuadraticDiscriminantAnalysis(reg_param=r, store_covariance=True)
  .fit(x, y) with r = 0 and 0.1: priors_, means_, covariance_ (K regularised class covariances,
  each flattened row-major into one row of d*d);
  left out where a class has no more points than features;

and for each its predict_proba on x ("proba") and on the queries ("query_proba"), its training
accuracy (score(x, y)) and log_loss(y, predict_proba(x)). The script stops if scikit-learn warns
(a collinear class would make the reference meaningless).
"""
import json
import os
import warnings

import numpy as np
import sklearn
from sklearn.datasets import load_digits, load_iris, load_wine, make_blobs
from sklearn.discriminant_analysis import LinearDiscriminantAnalysis, QuadraticDiscriminantAnalysis
from sklearn.metrics import log_loss
from sklearn.naive_bayes import GaussianNB

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "algorithms", "src", "test",
                   "resources", "org", "stepwise", "algo", "bayes")


def anisotropic_blobs():
    """150 points in three 2-D Gaussian classes of different shapes (make_blobs, then a linear map per class)."""
    x, y = make_blobs(n_samples=150, centers=[[-2, 0], [2, 1], [0, -3]], cluster_std=1.0, random_state=3)
    maps = [np.array([[1.2, 0.5], [0.0, 0.4]]), np.array([[0.4, 0.0], [0.3, 1.3]]), np.array([[0.8, 0.0], [0.0, 0.8]])]
    centres = np.array([[-2, 0], [2, 1], [0, -3]], dtype=float)
    out = x.copy()
    for k in range(3):
        rows = y == k
        out[rows] = (x[rows] - centres[k]) @ maps[k].T + centres[k]
    return out, y, ["a", "b", "c"], ["x1", "x2"]


def builtin(loader, columns=None, rows=None, classes=None):
    def load():
        data = loader()
        x, y = data.data, data.target
        names = [str(n) for n in data.target_names]
        features = [str(f) for f in getattr(data, "feature_names", [])] or ["x%d" % (j + 1) for j in range(x.shape[1])]
        if columns is not None:
            x = x[:, columns]
            features = [features[j] for j in columns]
        if classes is not None:
            keep = np.isin(y, classes)
            x, y = x[keep], y[keep]
            y = np.searchsorted(classes, y)
            names = [names[c] for c in classes]
        if rows is not None:
            x, y = x[:rows], y[:rows]
        return x, y, names, features
    return load


CASES = {
    "iris_2d": builtin(load_iris, columns=[0, 1]),
    "iris_4d": builtin(load_iris),
    "iris_binary_2d": builtin(load_iris, columns=[0, 1], classes=[1, 2]),
    "wine_2d": builtin(load_wine, columns=[0, 1]),
    "wine_13d": builtin(load_wine),
    "digits_200": builtin(load_digits, rows=200),
    "blobs_2d": anisotropic_blobs,
}


def record(model, call, attributes, x, y, queries):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        model.fit(x, y)
        result = {"call": call}
        for name, attribute in attributes.items():
            value = getattr(model, attribute)
            if isinstance(model, QuadraticDiscriminantAnalysis) and name == "covariance":
                # A list of K d x d matrices, stored as K rows of d*d (row-major), as the engine's metric.
                value = [np.ravel(c) for c in value]
            result[name] = np.asarray(value).tolist() if not np.isscalar(value) else float(value)
        proba = model.predict_proba(x)
        result["proba"] = proba.tolist()
        result["query_proba"] = model.predict_proba(queries).tolist()
        result["accuracy"] = float(model.score(x, y))
        result["log_loss"] = float(log_loss(y, proba))
    return result


def main():
    assert sklearn.__version__ == "1.2.1", sklearn.__version__
    os.makedirs(OUT, exist_ok=True)
    for case, load in CASES.items():
        x, y, classes, features = load()
        rng = np.random.default_rng(0)
        low, high = x.min(axis=0), x.max(axis=0)
        pad = 0.25 * (high - low)
        queries = rng.uniform(low - pad, high + pad, size=(20, x.shape[1]))
        fixture = {"case": case, "sklearn": sklearn.__version__, "x": x.tolist(), "y": y.tolist(),
                   "classes": classes, "features": features, "queries": queries.tolist()}
        fixture["gaussian-nb"] = record(GaussianNB(var_smoothing=1e-9), "GaussianNB(var_smoothing=1e-9).fit(x, y)",
                                        {"class_count": "class_count_", "class_prior": "class_prior_",
                                         "theta": "theta_", "var": "var_", "epsilon": "epsilon_"}, x, y, queries)
        fixture["lda"] = record(LinearDiscriminantAnalysis(solver="svd", store_covariance=True),
                                "LinearDiscriminantAnalysis(solver='svd', store_covariance=True).fit(x, y)",
                                {"class_prior": "priors_", "theta": "means_", "covariance": "covariance_"},
                                x, y, queries)
        smallest = np.bincount(y).min()
        if smallest > x.shape[1]:
            for r, key in ((0.0, "qda"), (0.1, "qda_r0.1")):
                try:
                    fixture[key] = record(QuadraticDiscriminantAnalysis(reg_param=r, store_covariance=True),
                                          "QuadraticDiscriminantAnalysis(reg_param=%r, store_covariance=True).fit(x, y)"
                                          % r, {"class_prior": "priors_", "theta": "means_",
                                                "covariance": "covariance_"}, x, y, queries)
                except UserWarning as warning:
                    print("%s %s: %s (left out)" % (case, key, warning))
        path = os.path.join(OUT, case + ".json")
        with open(path, "w") as f:
            json.dump(fixture, f)
        print(path, os.path.getsize(path), "bytes;", ", ".join(k for k in fixture if k in
                                                               ("gaussian-nb", "lda", "qda", "qda_r0.1")))


if __name__ == "__main__":
    main()
