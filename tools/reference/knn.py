#!/usr/bin/env python3
"""Reference predictions of scikit-learn 1.2.1's KNeighborsClassifier and KNeighborsRegressor
for the Stepwise k-NN engine tests.

    /usr/bin/python3 tools/reference/knn.py

Writes algorithms/src/test/resources/org/stepwise/algo/neighbors/<case>.json, each holding the
training data (x, y, and for classifiers classes), 40 query points drawn uniformly over the
data's bounding box ("queries"), and one fit per setting, "fit0" .. "fit<fit_count - 1>", each
with the exact call and:

- classifiers: KNeighborsClassifier(n_neighbors=k, weights=w, metric=m, p=p).fit(x, y), then
  .predict(x), .predict_proba(x), .predict(queries), .predict_proba(queries) and .score(x, y);
- regressors: KNeighborsRegressor(...same...).fit(x, y), then .predict(x), .predict(queries)
  and .score(x, y) (R^2).

Data: classifiers on make_blobs (3 overlapping classes, 120 points), make_moons (100 points,
noise 0.3) and Iris with every value jittered by N(0, 0.02^2) (Iris has duplicate rows, which tie
at every distance); regressors on a noisy sine (80 points, one feature) and the first 120 rows
of Diabetes (10 features), jittered by N(0, 0.001^2) (its
features take few values and tie under the Chebyshev distance).

The engine breaks a tie in distance at the k-th neighbour by row order and scikit-learn by its
tree's order, so the script checks, for every query of every fit, that the k-th and (k+1)-th
distances differ (by more than 1e-9 relative) and stops if not. It also checks that scikit-learn
chose a tree (algorithm='auto' -> kd_tree): its brute-force Euclidean distances go through
|a|^2 - 2a.b + |b|^2, which is not exactly 0 from a point to itself. Vote ties (k = 4, two
against two) are kept: scikit-learn gives them to the lowest label, and so must the engine; the
number of them is recorded as "vote_ties".
"""
import json
import os

import numpy as np
import sklearn
from sklearn.datasets import load_diabetes, load_iris, make_blobs, make_moons
from sklearn.neighbors import KNeighborsClassifier, KNeighborsRegressor

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "algorithms", "src", "test",
                   "resources", "org", "stepwise", "algo", "neighbors")

METRICS = [("euclidean", 2), ("manhattan", 2), ("chebyshev", 2), ("minkowski", 3.0), ("minkowski", 1.5)]


def settings(classifier):
    """k = 5 with every metric and both weightings, then other k with scikit-learn's default metric."""
    out = [(5, w, m, p) for m, p in METRICS for w in ("uniform", "distance")]
    for k in ((1, 4, 15) if classifier else (1, 12)):
        out += [(k, w, "minkowski", 2.0) for w in ("uniform", "distance")]
    return out


def distances(metric, p, a, b):
    diff = np.abs(a[:, None, :] - b[None, :, :])
    if metric == "euclidean" or (metric == "minkowski" and p == 2):
        return np.sqrt((diff ** 2).sum(axis=2))
    if metric == "manhattan":
        return diff.sum(axis=2)
    if metric == "chebyshev":
        return diff.max(axis=2)
    return ((diff ** p).sum(axis=2)) ** (1 / p)


def check_no_ties(metric, p, k, x, queries, name):
    for q in (x, queries):
        d = np.sort(distances(metric, p, q, x), axis=1)
        if k < d.shape[1]:
            gap = d[:, k] - d[:, k - 1]
            if np.any(gap <= 1e-9 * np.maximum(1, d[:, k - 1])):
                raise SystemExit("%s: a tie at the k-th neighbour (k=%d, %s p=%s)" % (name, k, metric, p))


def queries_for(x, rng):
    lo, hi = x.min(axis=0), x.max(axis=0)
    return lo + (hi - lo) * rng.random((40, x.shape[1]))


def vote_ties(model, q):
    """Queries whose top two classes have exactly the same probability."""
    proba = np.sort(model.predict_proba(q), axis=1)
    return int(np.sum(proba[:, -1] == proba[:, -2]))


def classifier_case(name, x, y, classes, rng):
    queries = queries_for(x, rng)
    fits = []
    for k, w, m, p in settings(True):
        check_no_ties(m, p, k, x, queries, name)
        model = KNeighborsClassifier(n_neighbors=k, weights=w, metric=m, p=p).fit(x, y)
        assert model._fit_method == "kd_tree", (name, k, m, model._fit_method)
        fits.append({
            "call": "KNeighborsClassifier(n_neighbors=%d, weights='%s', metric='%s', p=%r).fit(x, y)" % (k, w, m, p),
            "n_neighbors": k, "weights": w, "metric": m, "p": p, "fit_method": model._fit_method,
            "vote_ties": vote_ties(model, x) + vote_ties(model, queries),
            "predict_train": model.predict(x).tolist(),
            "proba_train": model.predict_proba(x).tolist(),
            "predict_queries": model.predict(queries).tolist(),
            "proba_queries": model.predict_proba(queries).tolist(),
            "score": float(model.score(x, y)),
        })
    write(name, {"sklearn_version": sklearn.__version__, "classes": classes, "x": x.tolist(),
                 "y": [int(v) for v in y], "queries": queries.tolist(), **numbered(fits)})


def regressor_case(name, x, y, rng):
    queries = queries_for(x, rng)
    fits = []
    for k, w, m, p in settings(False):
        check_no_ties(m, p, k, x, queries, name)
        model = KNeighborsRegressor(n_neighbors=k, weights=w, metric=m, p=p).fit(x, y)
        assert model._fit_method == "kd_tree", (name, k, m, model._fit_method)
        fits.append({
            "call": "KNeighborsRegressor(n_neighbors=%d, weights='%s', metric='%s', p=%r).fit(x, y)" % (k, w, m, p),
            "n_neighbors": k, "weights": w, "metric": m, "p": p, "fit_method": model._fit_method,
            "predict_train": model.predict(x).tolist(),
            "predict_queries": model.predict(queries).tolist(),
            "score": float(model.score(x, y)),
        })
    write(name, {"sklearn_version": sklearn.__version__, "x": x.tolist(), "y": y.tolist(),
                 "queries": queries.tolist(), **numbered(fits)})


def numbered(fits):
    """fit0, fit1, ... and fit_count: SklearnFixture reads nested objects by key."""
    return {"fit_count": len(fits), **{"fit%d" % i: fit for i, fit in enumerate(fits)}}


def write(name, fixture):
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name + ".json"), "w") as handle:
        json.dump(fixture, handle)


def main():
    rng = np.random.default_rng(2023)
    x, y = make_blobs(n_samples=120, centers=3, n_features=2, cluster_std=3.0, random_state=7)
    classifier_case("knn_blobs3", x, y, ["class 0", "class 1", "class 2"], rng)
    x, y = make_moons(n_samples=100, noise=0.3, random_state=3)
    classifier_case("knn_moons", x, y, ["class 0", "class 1"], rng)
    iris = load_iris()
    x = iris.data + rng.normal(0, 0.02, iris.data.shape)
    classifier_case("knn_iris_jittered", x, iris.target, [str(n) for n in iris.target_names], rng)

    x = rng.uniform(-3, 3, (80, 1))
    y = np.sin(x[:, 0]) + rng.normal(0, 0.2, 80)
    regressor_case("knn_regression_sine", x, y, rng)
    diabetes = load_diabetes()
    x = diabetes.data[:120] + rng.normal(0, 0.001, (120, 10))
    regressor_case("knn_regression_diabetes", x, diabetes.target[:120].astype(float), rng)


if __name__ == "__main__":
    main()
