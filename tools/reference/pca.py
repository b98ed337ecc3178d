#!/usr/bin/env python3
"""Reference fits of scikit-learn 1.2.1's PCA(svd_solver="full") for the Stepwise PCA engine tests.

    /usr/bin/python3 tools/reference/pca.py

Writes algorithms/src/test/resources/org/stepwise/algo/decomposition/pca_<case>.json, each holding
the data (x, or the name of a built-in data set the test loads itself), the call, and the fitted
attributes: explained_variance_ratio, explained_variance, singular_values, components, mean, and
"reconstruction_error", the mean squared difference between X and
inverse_transform(transform(X)) over every entry (not a scikit-learn attribute: the lesson's
measure of what the dropped components held). "transformed" is transform(X) (left out for all of Digits, for size) (whitened when the
call whitens). "rank" is how many singular values exceed 1e-9 times the largest: components
beyond it are arbitrary (any orthonormal completion) and are left out of the comparison.
"""
import json
import os

import numpy as np
import sklearn
from sklearn.datasets import load_digits, load_iris, load_wine, make_blobs
from sklearn.decomposition import PCA

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "algorithms", "src", "test",
                   "resources", "org", "stepwise", "algo", "decomposition")


def case(name, x, n_components, whiten, dataset=None, keep_transformed=True):
    pca = PCA(n_components=n_components, whiten=whiten, svd_solver="full").fit(x)
    transformed = pca.transform(x)
    back = pca.inverse_transform(transformed)
    s = pca.singular_values_
    out = {
        "sklearn": sklearn.__version__,
        "call": "PCA(n_components=%r, whiten=%r, svd_solver='full').fit(X)" % (n_components, whiten),
        "n_components": 0 if n_components is None else n_components,
        "whiten": int(whiten),
        "explained_variance_ratio": pca.explained_variance_ratio_.tolist(),
        "explained_variance": pca.explained_variance_.tolist(),
        "singular_values": s.tolist(),
        "components": pca.components_.tolist(),
        "mean": pca.mean_.tolist(),
        "reconstruction_error": float(np.mean((x - back) ** 2)),
        "rank": int(np.sum(s > 1e-9 * s[0])),
    }
    if keep_transformed:
        out["transformed"] = transformed.tolist()
    if dataset is None:
        out["x"] = x.tolist()
    else:
        out["dataset"] = dataset
    with open(os.path.join(OUT, "pca_" + name + ".json"), "w") as f:
        json.dump(out, f)


def main():
    assert sklearn.__version__ == "1.2.1", sklearn.__version__
    os.makedirs(OUT, exist_ok=True)
    iris = load_iris().data
    case("iris", iris, None, False, "iris")
    case("iris_whiten2", iris, 2, True, "iris")
    case("wine", load_wine().data, None, False, "wine")
    case("digits", load_digits().data, None, False, "digits", keep_transformed=False)
    case("digits_10", load_digits().data, 10, False, "digits")
    blobs, _ = make_blobs(n_samples=60, n_features=5, centers=3, random_state=4)
    case("blobs5_whiten", blobs, None, True)
    # More columns than rows: min(n, p) = n components.
    wide = np.random.default_rng(7).normal(size=(6, 9))
    case("wide", wide, None, False)


if __name__ == "__main__":
    main()
