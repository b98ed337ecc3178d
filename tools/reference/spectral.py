#!/usr/bin/env python3
"""Reference spectral embeddings and clusterings of scikit-learn 1.2.1 for the Stepwise spectral engine tests.

    /usr/bin/python3 tools/reference/spectral.py

Writes algorithms/src/test/resources/org/stepwise/algo/cluster/spectral_<case>.json, each holding the
data (x, and y: the generator's classes) and one fit per setting, "fit0" .. "fit<fit_count - 1>", each with

- the affinity matrix's sum: SpectralClustering's affinity_matrix_ (rbf: exp(-gamma ||xi - xj||^2);
  nearest_neighbors: 0.5 (C + C^T), C = kneighbors_graph(x, n_neighbors, include_self=True));
- embedding: sklearn.manifold.spectral_embedding(affinity, n_components=n_clusters,
  norm_laplacian=True, drop_first=False, random_state=0), n x n_clusters: the eigenvectors of
  I - D^-1/2 (A - diag A) D^-1/2 of the smallest eigenvalues divided by sqrt(degree), each signed
  so that its largest entry in absolute value is positive;
- eigenvalues: the Laplacian's smallest n_clusters + 1 eigenvalues (numpy.linalg.eigvalsh);
- n_connected_components: the affinity graph's connected components; the embedding (and the check of the
  eigenvalues) only when it is 1;
- labels: SpectralClustering(n_clusters, affinity, gamma or n_neighbors, random_state=0).labels_.

The embedding is unique (up to sign) only on a connected graph whose first n_clusters + 1 eigenvalues
are distinct, and the k-NN graph only when no two neighbours tie: the script checks these and stops.
"""
import json
import os

import numpy as np
import sklearn
from scipy.sparse.csgraph import connected_components, laplacian
from sklearn.cluster import SpectralClustering
from sklearn.datasets import make_blobs, make_circles, make_moons
from sklearn.manifold import spectral_embedding
from sklearn.metrics import pairwise_distances

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "algorithms", "src", "test",
                   "resources", "org", "stepwise", "algo", "cluster")


def cases():
    x, y = make_moons(200, noise=0.05, random_state=0)
    yield "moons", x, y, ["upper", "lower"], [
        (2, "nearest_neighbors", 12), (2, "nearest_neighbors", 20), (2, "rbf", 1.0), (2, "rbf", 20.0),
        (3, "nearest_neighbors", 15), (2, "nearest_neighbors", 10), (2, "nearest_neighbors", 7)]
    x, y = make_circles(200, noise=0.05, factor=0.5, random_state=0)
    yield "circles", x, y, ["outer", "inner"], [
        (2, "nearest_neighbors", 10), (2, "rbf", 30.0), (2, "rbf", 1.0), (4, "nearest_neighbors", 15),
        (2, "nearest_neighbors", 7)]
    x, y = make_blobs(150, centers=3, cluster_std=0.8, random_state=1)
    yield "blobs", x, y, ["a", "b", "c"], [
        (3, "rbf", 0.05), (2, "rbf", 0.1), (3, "nearest_neighbors", 10)]


def affinity_of(x, affinity, value):
    model = SpectralClustering(n_clusters=2, affinity=affinity, random_state=0,
                               **({"gamma": value} if affinity == "rbf" else {"n_neighbors": value}))
    if affinity == "nearest_neighbors":
        d = np.sort(pairwise_distances(x), axis=1)
        if np.any(np.abs(d[:, value - 1] - d[:, value]) <= 1e-9):
            raise SystemExit(f"{value} neighbours tie")
    return model, model.fit(x).affinity_matrix_


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, x, y, classes, settings in cases():
        out = {"sklearn": sklearn.__version__, "x": x.tolist(), "y": [int(v) for v in y], "classes": classes,
               "fit_count": len(settings)}
        for i, (k, affinity, value) in enumerate(settings):
            _, a = affinity_of(x, affinity, value)
            dense = a.toarray() if hasattr(a, "toarray") else np.asarray(a)
            components = connected_components(dense, directed=False)[0]
            values = np.linalg.eigvalsh(laplacian(dense, normed=True))[:k + 1]
            if components == 1 and np.min(np.diff(values)) <= 1e-8:
                raise SystemExit(f"{name} fit{i}: eigenvalues {values} are not distinct")
            # On a disconnected graph the eigenvalue 0 repeats and the embedding is any basis of the
            # components' indicators: only the labels are compared there.
            embedding = spectral_embedding(a, n_components=k, norm_laplacian=True, drop_first=False,
                                           random_state=0) if components == 1 else np.zeros((0, k))
            param = "gamma" if affinity == "rbf" else "n_neighbors"
            labels = SpectralClustering(n_clusters=k, affinity=affinity, random_state=0,
                                        **{param: value}).fit(x).labels_
            out[f"fit{i}"] = {
                "call": f"SpectralClustering(n_clusters={k}, affinity='{affinity}', {param}={value})",
                "n_clusters": k, "affinity": affinity, param: value,
                "affinity_matrix_sum": float(dense.sum()), "n_connected_components": int(components), "embedding": embedding.tolist(),
                "eigenvalues": values.tolist(), "labels": [int(v) for v in labels]}
        path = os.path.join(OUT, f"spectral_{name}.json")
        with open(path, "w") as f:
            json.dump(out, f)
        print(path)


if __name__ == "__main__":
    main()
