#!/usr/bin/env python3
"""Reference trees of scikit-learn 1.2.1's AgglomerativeClustering for the Stepwise hierarchical engine tests.

    /usr/bin/python3 tools/reference/hierarchical.py

Writes algorithms/src/test/resources/org/stepwise/algo/cluster/hierarchical_<case>.json, each holding
the data (x, and y with classes, which clustering does not use) and one fit per setting, "fit0" ..
"fit<fit_count - 1>", each with AgglomerativeClustering(linkage, n_clusters or distance_threshold,
compute_distances=True).fit(x)'s children_, distances_, labels_ and n_clusters_.

Data: three make_blobs clusters (60 points), make_moons (80 points, noise 0.06), and Iris (4 features)
jittered by N(0, 0.01^2) (Iris has duplicate rows, whose zero distances tie). Where two merge heights tie,
the order of the merges is a choice; the script checks that no two heights of a fit lie within 1e-9
(relative) of each other and stops if two do.
"""
import json
import os

import numpy as np
import sklearn
from sklearn.cluster import AgglomerativeClustering
from sklearn.datasets import load_iris, make_blobs, make_moons

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "algorithms", "src", "test",
                   "resources", "org", "stepwise", "algo", "cluster")
LINKAGES = ["ward", "complete", "average", "single"]


def cases():
    rng = np.random.RandomState(0)
    x, y = make_blobs(60, centers=3, cluster_std=0.8, random_state=2)
    yield "blobs", x, y, ["a", "b", "c"], [(k, 3, None) for k in LINKAGES] + [
        ("ward", 5, None), ("average", None, 2.0), ("single", None, 0.9), ("ward", 1, None)]
    x, y = make_moons(80, noise=0.06, random_state=3)
    yield "moons", x, y, ["upper", "lower"], [(k, 2, None) for k in LINKAGES] + [("ward", None, 1.5)]
    iris = load_iris()
    x = iris.data + rng.normal(0, 0.01, iris.data.shape)
    yield "iris", x, iris.target, list(iris.target_names), [(k, 3, None) for k in LINKAGES] + [
        ("complete", None, 2.5)]


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, x, y, classes, settings in cases():
        out = {"sklearn": sklearn.__version__, "x": x.tolist(), "y": [int(v) for v in y], "classes": classes,
               "fit_count": len(settings)}
        for i, (linkage, n_clusters, threshold) in enumerate(settings):
            model = AgglomerativeClustering(n_clusters=n_clusters, linkage=linkage, distance_threshold=threshold,
                                            compute_full_tree=True, compute_distances=True).fit(x)
            heights = np.sort(model.distances_)
            if (np.diff(heights) <= 1e-9 * heights[1:]).any():
                raise SystemExit(f"{name} {linkage}: two merges tie in height; choose other data")
            out[f"fit{i}"] = {"call": f"AgglomerativeClustering(n_clusters={n_clusters}, linkage='{linkage}', "
                                      f"distance_threshold={threshold}, compute_distances=True)",
                              "linkage": linkage, "n_clusters": n_clusters or 0, "distance_threshold": threshold or 0.0,
                              "children": model.children_.tolist(), "distances": model.distances_.tolist(),
                              "labels": [int(v) for v in model.labels_], "n_clusters_": int(model.n_clusters_)}
        path = os.path.join(OUT, f"hierarchical_{name}.json")
        with open(path, "w") as f:
            json.dump(out, f)
        print(path, [out[f'fit{i}']['n_clusters_'] for i in range(len(settings))])


if __name__ == "__main__":
    main()
