#!/usr/bin/env python3
"""Reference values of scikit-learn 1.2.1's t-SNE for the Stepwise t-SNE engine tests.

    /usr/bin/python3 tools/reference/tsne.py

Writes algorithms/src/test/resources/org/stepwise/algo/manifold/tsne_<case>.json, each holding the
data (x, or the name of a built-in data set and how many of its first rows), the perplexity and:
- "joint": sklearn.manifold._t_sne._joint_probabilities(D², perplexity, 0) as a square matrix
  (D² the squared Euclidean distances, as TSNE(method="exact") computes them);
- "joint_nn": _joint_probabilities_nn over the k = min(n - 1, int(3 perplexity + 1)) nearest
  neighbours (as TSNE(method="barnes_hut") finds them), densified;
- "y0": a fixed initial embedding (1e-4 standard normals from numpy's default_rng(0));
- "kl", "grad": _kl_divergence(y0, P x 12, 1, n, 2), the exact method's first iteration;
- "kl_bh", "grad_bh": _kl_divergence_bh(y0, P_nn x 12, 1, n, 2, angle=0.5), in float32 as there;
- "steps10": the embedding after 10 iterations of _gradient_descent(_kl_divergence, y0, it=0,
  n_iter=10, momentum=0.5, learning_rate=auto) on P x 12, the exact method's first 10 steps;
- "run_*": TSNE(method="exact", init=y0, n_iter=300, learning_rate="auto") fitted: embedding,
  kl_divergence_, n_iter_.
"""
import json
import os

import numpy as np
import sklearn
from scipy.spatial.distance import squareform
from sklearn.datasets import load_digits, load_iris, make_blobs
from sklearn.manifold import TSNE
from sklearn.manifold._t_sne import (_gradient_descent, _joint_probabilities, _joint_probabilities_nn,
                                     _kl_divergence, _kl_divergence_bh)
from sklearn.metrics import pairwise_distances
from sklearn.neighbors import NearestNeighbors

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "algorithms", "src", "test",
                   "resources", "org", "stepwise", "algo", "manifold")


def case(name, x, perplexity, dataset=None, run=False):
    n = x.shape[0]
    d2 = pairwise_distances(x, metric="euclidean", squared=True)
    joint = _joint_probabilities(d2, perplexity, 0)
    k = min(n - 1, int(3.0 * perplexity + 1))
    knn = NearestNeighbors(n_neighbors=k).fit(x)
    graph = knn.kneighbors_graph(mode="distance")
    graph.data **= 2
    joint_nn = _joint_probabilities_nn(graph, perplexity, 0)
    y0 = 1e-4 * np.random.default_rng(0).standard_normal((n, 2))
    kl, grad = _kl_divergence(y0.ravel(), joint * 12.0, 1, n, 2)
    kl_bh, grad_bh = _kl_divergence_bh(y0.ravel(), joint_nn * 12.0, 1, n, 2, angle=0.5)
    out = {
        "sklearn": sklearn.__version__,
        "perplexity": perplexity,
        "joint": squareform(joint).tolist(),
        "joint_nn": joint_nn.toarray().tolist(),
        "y0": y0.tolist(),
        "kl": float(kl),
        "grad": grad.reshape(n, 2).tolist(),
        "kl_bh": float(kl_bh),
        "grad_bh": grad_bh.reshape(n, 2).astype(float).tolist(),
    }
    lr = max(n / 12.0 / 4, 50)
    steps, _, _ = _gradient_descent(_kl_divergence, y0.ravel().copy(), 0, 10, momentum=0.5, learning_rate=lr,
                                    args=[joint * 12.0, 1, n, 2])
    out["steps10"] = steps.reshape(n, 2).tolist()
    if run:
        tsne = TSNE(method="exact", init=y0, n_iter=300, learning_rate="auto", perplexity=perplexity).fit(x)
        out["run_embedding"] = tsne.embedding_.tolist()
        out["run_kl_divergence"] = float(tsne.kl_divergence_)
        out["run_n_iter"] = int(tsne.n_iter_)
    if dataset is None:
        out["x"] = x.tolist()
    else:
        out["dataset"] = dataset
        out["rows"] = n
    with open(os.path.join(OUT, "tsne_" + name + ".json"), "w") as f:
        json.dump(out, f)


def main():
    assert sklearn.__version__ == "1.2.1", sklearn.__version__
    os.makedirs(OUT, exist_ok=True)
    case("iris", load_iris().data, 30.0, "iris", run=True)
    blobs, _ = make_blobs(n_samples=90, n_features=10, centers=3, random_state=3)
    case("blobs10", blobs, 5.0, run=True)
    case("digits200", load_digits().data[:200], 30.0, "digits")
    case("iris_perplexity2_5", load_iris().data, 2.5, "iris")


if __name__ == "__main__":
    main()
