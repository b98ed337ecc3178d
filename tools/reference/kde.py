#!/usr/bin/env python3
"""Reference log-densities of scikit-learn 1.2.1's KernelDensity for the kde lesson's engine tests.

    /usr/bin/python3 tools/reference/kde.py

Writes algorithms/src/test/resources/org/stepwise/algo/density/<case>.json, one per data set (1-D
and 2-D, on the data as given), with the data fitted ("x"), a few query points off the data
("queries", uniform over the bounding box widened by a quarter, seed 0), and one object per
(kernel, bandwidth) pair, "fit0" .. "fit<fit_count - 1>", each holding the exact call
KernelDensity(kernel=k, bandwidth=b, rtol=0, atol=0).fit(x): its kernel, bandwidth (a number or
"scott"/"silverman"), bandwidth_, score_samples(x) ("log_density") and score_samples(queries)
("query_log_density") at the queries where it is finite ("query_rows": a query outside every compact
kernel has density 0, log −∞, and is left out, even where scikit-learn's tree returns a rounding
residual there instead of −∞).
The cosine kernel in 4 dimensions is left out: scikit-learn 1.2.1's chain-rule norm for it is
negative there (2/pi - 48/pi**3 times the sphere's area), so every log-density is NaN. (Its 2-D norm
is positive but wrong, 4 where the integral is 4 - 8/pi; the engine reproduces it, the tests say so.)
rtol=0 and atol=0 are the defaults: the tree's sum is exact up to rounding.
"""
import json
import os

import numpy as np
import sklearn
from sklearn.datasets import load_iris, make_blobs
from sklearn.neighbors import KernelDensity

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "algorithms", "src", "test",
                   "resources", "org", "stepwise", "algo", "density")
COMPACT = ["epanechnikov", "tophat", "linear", "cosine"]
KERNELS = ["gaussian", "epanechnikov", "tophat", "exponential", "linear", "cosine"]


def cases():
    blobs, _ = make_blobs(n_samples=90, centers=[[-2, 0], [2, 1], [0, -3]], cluster_std=0.8, random_state=4)
    iris = load_iris().data
    yield "blobs_1d", blobs[:, :1], ["scott", "silverman", 0.3, 1.5]
    yield "blobs_2d", blobs, ["scott", "silverman", 0.3, 1.5]
    yield "iris_2d", iris[:, :2], ["scott", "silverman", 0.25]
    yield "iris_4d", iris, ["scott", 0.8]


def main():
    assert sklearn.__version__ == "1.2.1", sklearn.__version__
    os.makedirs(OUT, exist_ok=True)
    for name, x, bandwidths in cases():
        rng = np.random.default_rng(0)
        low, high = x.min(axis=0), x.max(axis=0)
        pad = (high - low) / 4
        queries = rng.uniform(low - pad, high + pad, size=(12, x.shape[1]))
        fixture = {"sklearn": sklearn.__version__, "x": x.tolist(), "queries": queries.tolist()}
        fits = []
        for kernel in KERNELS:
            for bandwidth in bandwidths:
                kde = KernelDensity(kernel=kernel, bandwidth=bandwidth, rtol=0, atol=0).fit(x)
                query = kde.score_samples(queries)
                finite = np.isfinite(query)
                if kernel in COMPACT:
                    # Outside every kernel's reach the density is 0. scikit-learn's tree can return a finite
                    # residual there instead (e.g. -36.75 for 'linear' on iris_4d: the root's bound minus the
                    # pruned nodes' bounds, rounded in log space), which is not a density to compare.
                    nearest = np.sqrt(((queries[:, None, :] - x[None, :, :]) ** 2).sum(axis=2)).min(axis=1)
                    finite &= nearest < kde.bandwidth_
                if np.isnan(kde.score_samples(x)).any():
                    # The cosine norm is negative in 4 dimensions (see the docstring): nothing to compare.
                    print("  left out:", name, kernel, bandwidth, "(log-density NaN)")
                    continue
                fits.append({"kernel": kernel, "bandwidth": bandwidth, "bandwidth_": float(kde.bandwidth_),
                             "log_density": kde.score_samples(x).tolist(),
                             "query_rows": np.flatnonzero(finite).tolist(),
                             "query_log_density": query[finite].tolist()})
        fixture["fit_count"] = len(fits)
        for i, fit in enumerate(fits):
            fixture["fit%d" % i] = fit
        with open(os.path.join(OUT, name + ".json"), "w") as out:
            json.dump(fixture, out, indent=1)
        print(name, x.shape, len(fits), "fits")


if __name__ == "__main__":
    main()
