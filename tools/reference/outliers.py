#!/usr/bin/env python3
"""Reference outlier scores of scikit-learn 1.2.1 for the Stepwise outliers engine tests.

    /usr/bin/python3 tools/reference/outliers.py

Writes algorithms/src/test/resources/org/stepwise/algo/anomaly/outliers_<case>.json, each with
the data x (and y, classes, which the detectors do not use: two blobs and 15 uniform points, or
Iris jittered by N(0, 0.01^2) since Iris has duplicate rows) and:
- "lof<i>": LocalOutlierFactor(n_neighbors, contamination).fit(x)'s negative_outlier_factor_,
  offset_ and fit_predict labels (contamination written as text: "auto" or the number). The script stops if any point's k-th and (k+1)-th nearest
  distances (itself left out) are within 1e-9 relatively: there the neighbours depend on the
  tree's tie order, which no rule can copy.
- "forest<i>": IsolationForest(n_estimators, max_samples, contamination, random_state=0).fit(x):
  every tree exported (feature, threshold, children_left, children_right, n_node_samples), with
  max_samples_, score_samples(x), offset_ and predict(x), so the test scores x with the same
  trees. The trees compare float32(x) with a float64 threshold, as _tree.pyx's apply does.
- "iqr": per feature numpy.percentile(x, [25, 75]) (linear interpolation); "zscore": per
  feature the mean and population standard deviation (ddof=0, scipy.stats.zscore's).
"""
import json
import os

import numpy as np
import sklearn
from sklearn.datasets import load_iris, make_blobs
from sklearn.ensemble import IsolationForest
from sklearn.neighbors import LocalOutlierFactor
from sklearn.metrics import pairwise_distances

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "algorithms", "src", "test",
                   "resources", "org", "stepwise", "algo", "anomaly")


def cases():
    rng = np.random.RandomState(0)
    x, y = make_blobs(200, centers=[[-2, 0], [2, 1]], cluster_std=0.7, random_state=3)
    x = np.vstack([x, rng.uniform(-6, 6, size=(15, 2))])
    y = np.concatenate([y, np.full(15, 2)])
    yield "blobs", x, y, ["left", "right", "uniform"], [(5, "auto"), (20, "auto"), (35, 0.1)], [(10, 64, "auto"), (100, "auto", 0.05),
                                                               (25, 215, 0.2)]
    iris = load_iris()
    x = iris.data + rng.normal(0, 0.01, iris.data.shape)
    yield "iris", x, iris.target, list(iris.target_names), [(10, "auto"), (20, 0.05)], [(30, 100, 0.1)]


def check_no_ties(name, x, k):
    d = pairwise_distances(x)
    np.fill_diagonal(d, np.inf)
    d.sort(axis=1)
    gap = d[:, k] - d[:, k - 1]
    if (gap <= 1e-9 * d[:, k]).any():
        raise SystemExit(f"{name}: a k-distance ties (k = {k}); change the data")


def export_tree(tree):
    t = tree.tree_
    return {"feature": t.feature.tolist(), "threshold": t.threshold.tolist(),
            "children_left": t.children_left.tolist(), "children_right": t.children_right.tolist(),
            "n_node_samples": t.n_node_samples.tolist()}


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, x, y, classes, lofs, forests in cases():
        q1, q3 = np.percentile(x, [25, 75], axis=0)
        out = {"sklearn": sklearn.__version__, "x": x.tolist(), "y": [int(v) for v in y], "classes": classes,
               "iqr": {"q1": q1.tolist(), "q3": q3.tolist()},
               "zscore": {"mean": x.mean(axis=0).tolist(), "std": x.std(axis=0).tolist()}}
        for i, (k, contamination) in enumerate(lofs):
            check_no_ties(name, x, k)
            model = LocalOutlierFactor(n_neighbors=k, contamination=contamination)
            labels = model.fit_predict(x)
            out[f"lof{i}"] = {"call": f"LocalOutlierFactor(n_neighbors={k}, contamination={contamination!r})",
                              "n_neighbors": k, "contamination": str(contamination),
                              "negative_outlier_factor": model.negative_outlier_factor_.tolist(),
                              "offset": float(model.offset_), "labels": labels.tolist()}
        for i, (trees, max_samples, contamination) in enumerate(forests):
            model = IsolationForest(n_estimators=trees, max_samples=max_samples, contamination=contamination,
                                    random_state=0).fit(x)
            out[f"forest{i}"] = {"call": f"IsolationForest(n_estimators={trees}, max_samples={max_samples!r}, "
                                         f"contamination={contamination!r}, random_state=0)",
                                 "contamination": str(contamination), "max_samples": int(model.max_samples_),
                                 "trees": [export_tree(e) for e in model.estimators_],
                                 "score_samples": model.score_samples(x).tolist(),
                                 "offset": float(model.offset_), "labels": model.predict(x).tolist()}
        path = os.path.join(OUT, f"outliers_{name}.json")
        with open(path, "w") as f:
            json.dump(out, f)
        print(path, len(x), "points; LOF outliers:", [out[f"lof{i}"]["labels"].count(-1) for i in range(len(lofs))])


if __name__ == "__main__":
    main()
