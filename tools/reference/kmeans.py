#!/usr/bin/env python3
"""Reference fits of scikit-learn 1.2.1's KMeans and silhouette for the Stepwise k-means tests.

    /usr/bin/python3 tools/reference/kmeans.py

Writes algorithms/src/test/resources/org/stepwise/algo/cluster/<case>.json, each holding the data
(x, and y all zero: k-means ignores targets) and one fit per setting, "fit0" .. "fit<fit_count - 1>":
the exact call KMeans(n_clusters=k, init=X[:k], n_init=1, algorithm="lloyd", max_iter, tol).fit(X)
and its cluster_centers_, labels_, inertia_ and n_iter_, with silhouette_samples(X, labels_) and
silhouette_score(X, labels_) when at least two clusters are present.

Data: 300 points of four blobs (2 features), 200 points of three blobs in 3 features (stretched
so the variances differ), and Iris (4 features, jittered by N(0, 0.01^2): its duplicate rows tie).
Settings: k = 2, 3, 4 (blobs also 7) at tol 1e-4 (the default), 1e-10 and 0.01 (the shift rule ends
the run before the labels settle, then the final assignment), and max_iter = 2 (the
limit ends the run). The script stops if a point lies as near to two final centres (within 1e-9),
where the engine and scikit-learn's |x|^2 - 2x.c + |c|^2 distances could choose differently.
"""
import json
import os

import numpy as np
import sklearn
from sklearn.cluster import KMeans
from sklearn.datasets import load_iris, make_blobs
from sklearn.metrics import silhouette_samples, silhouette_score

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "algorithms", "src", "test",
                   "resources", "org", "stepwise", "algo", "cluster")


def check_no_ties(x, centers, name):
    d = ((x[:, None, :] - centers[None, :, :]) ** 2).sum(axis=2)
    d.sort(axis=1)
    gap = (d[:, 1] - d[:, 0]) / np.maximum(d[:, 1], 1e-300)
    if gap.min() < 1e-9:
        raise SystemExit(name + ": a point is equally near two centres")


def fit(x, k, tol, max_iter, name):
    call = "KMeans(n_clusters=%d, init=X[:%d], n_init=1, algorithm='lloyd', max_iter=%d, tol=%g)" % (
        k, k, max_iter, tol)
    model = KMeans(n_clusters=k, init=x[:k], n_init=1, algorithm="lloyd", max_iter=max_iter, tol=tol).fit(x)
    check_no_ties(x, model.cluster_centers_, name + " " + call)
    out = {"call": call, "n_clusters": k, "tol": tol, "max_iter": max_iter,
           "cluster_centers": model.cluster_centers_.tolist(), "labels": model.labels_.tolist(),
           "inertia": float(model.inertia_), "n_iter": int(model.n_iter_)}
    if len(set(model.labels_)) >= 2:
        out["silhouette_samples"] = silhouette_samples(x, model.labels_).tolist()
        out["silhouette"] = float(silhouette_score(x, model.labels_))
    return out


def case(name, x, ks):
    fits = []
    for k in ks:
        for tol in (1e-4, 1e-10, 0.01):
            fits.append(fit(x, k, tol, 300, name))
        fits.append(fit(x, k, 1e-4, 2, name))
    fixture = {"sklearn": sklearn.__version__, "x": x.tolist(), "y": [0.0] * len(x), "fit_count": len(fits)}
    for i, f in enumerate(fits):
        fixture["fit%d" % i] = f
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name + ".json"), "w") as handle:
        json.dump(fixture, handle)


def main():
    rng = np.random.default_rng(2022)
    x, _ = make_blobs(n_samples=300, centers=4, n_features=2, cluster_std=1.2, random_state=11)
    case("kmeans_blobs4", x, (2, 3, 4, 7))
    x, _ = make_blobs(n_samples=200, centers=3, n_features=3, cluster_std=1.5, random_state=5)
    case("kmeans_blobs3d", x * np.array([1.0, 4.0, 0.25]), (2, 3, 4))
    iris = load_iris()
    case("kmeans_iris", iris.data + rng.normal(0, 0.01, iris.data.shape), (2, 3, 4))


if __name__ == "__main__":
    main()
