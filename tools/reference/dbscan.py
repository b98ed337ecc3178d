#!/usr/bin/env python3
"""Reference clusterings of scikit-learn 1.2.1's DBSCAN for the Stepwise DBSCAN engine tests.

    /usr/bin/python3 tools/reference/dbscan.py

Writes algorithms/src/test/resources/org/stepwise/algo/cluster/dbscan_<case>.json, each holding
the data (x, and y with classes, which DBSCAN does not use) and one fit per setting, "fit0" ..
"fit<fit_count - 1>", each with DBSCAN(eps, min_samples, metric).fit(x)'s labels_ and
core_sample_indices_.

Data: make_moons (200 points, noise 0.08) with 20 uniform background points, three make_blobs
clusters (150 points) with 30 uniform background points, and Iris (4 features) jittered by
N(0, 0.01^2) (Iris has duplicate rows). A point at exactly eps from another is within in both
implementations, but rounding may differ there, so the script checks that no pair's distance is
within 1e-9 (relative) of eps and stops if one is.
"""
import json
import os

import numpy as np
import sklearn
from sklearn.cluster import DBSCAN
from sklearn.datasets import load_iris, make_blobs, make_moons
from sklearn.metrics import pairwise_distances

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "algorithms", "src", "test",
                   "resources", "org", "stepwise", "algo", "cluster")


def with_background(x, y, count, rng):
    low, high = x.min(axis=0), x.max(axis=0)
    extra = rng.uniform(low, high, size=(count, x.shape[1]))
    return np.vstack([x, extra]), np.concatenate([y, np.full(count, y.max() + 1)])


def cases():
    rng = np.random.RandomState(0)
    x, y = make_moons(200, noise=0.08, random_state=0)
    x, y = with_background(x, y, 20, rng)
    yield "moons", x, y, ["upper", "lower", "background"], [
        (0.2, 5, "euclidean"), (0.15, 4, "euclidean"), (0.3, 10, "euclidean"), (0.25, 5, "manhattan"),
        (0.1, 3, "euclidean"), (0.5, 5, "euclidean"), (0.2, 1, "euclidean")]
    x, y = make_blobs(150, centers=3, cluster_std=0.6, random_state=1)
    x, y = with_background(x, y, 30, rng)
    yield "blobs", x, y, ["a", "b", "c", "background"], [
        (0.5, 5, "euclidean"), (0.8, 8, "euclidean"), (0.7, 5, "manhattan"), (0.3, 3, "euclidean")]
    iris = load_iris()
    x = iris.data + rng.normal(0, 0.01, iris.data.shape)
    yield "iris", x, iris.target, list(iris.target_names), [
        (0.5, 5, "euclidean"), (0.4, 4, "euclidean"), (0.8, 6, "manhattan")]


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, x, y, classes, settings in cases():
        out = {"sklearn": sklearn.__version__, "x": x.tolist(), "y": [int(v) for v in y], "classes": classes,
               "fit_count": len(settings)}
        for i, (eps, min_samples, metric) in enumerate(settings):
            d = pairwise_distances(x, metric=metric)
            near = np.abs(d - eps) <= 1e-9 * eps
            if near.any():
                raise SystemExit(f"{name}: a pair lies at eps = {eps} ({metric}); choose another eps")
            model = DBSCAN(eps=eps, min_samples=min_samples, metric=metric).fit(x)
            out[f"fit{i}"] = {"call": f"DBSCAN(eps={eps}, min_samples={min_samples}, metric='{metric}')",
                              "eps": eps, "min_samples": min_samples, "metric": metric,
                              "labels": [int(v) for v in model.labels_],
                              "core_sample_indices": [int(v) for v in model.core_sample_indices_],
                              "n_clusters": int(model.labels_.max() + 1), "n_noise": int((model.labels_ == -1).sum())}
        path = os.path.join(OUT, f"dbscan_{name}.json")
        with open(path, "w") as f:
            json.dump(out, f)
        print(path, [(out[f'fit{i}']['n_clusters'], out[f'fit{i}']['n_noise']) for i in range(len(settings))])


if __name__ == "__main__":
    main()
