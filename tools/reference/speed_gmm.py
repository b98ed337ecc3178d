"""How long scikit-learn 1.2.1 takes to fit GaussianMixture(3, covariance_type) on Wine (178 x 13)
from the gmm lesson's init=first start (weights_init, means_init, precisions_init as gmm.py builds
them), the run that benchmarks/ GmmFitBenchmark times for the engine. Prints the median and best
of repeated fits and the iterations taken.

    cd tools/reference && /usr/bin/python3 speed_gmm.py
"""
import warnings

import sklearn
from sklearn.datasets import load_wine
from sklearn.mixture import GaussianMixture

from gmm import start
from speed_naive_bayes import median_ms


def main():
    x = load_wine().data
    print(f"scikit-learn {sklearn.__version__}; Wine {x.shape}, k = 3, init=first, tol 1e-3")
    for cov in ("full", "diag"):
        weights, means, precisions = start(x, 3, cov, 1e-6)
        make = lambda: GaussianMixture(3, covariance_type=cov, reg_covar=1e-6, tol=1e-3, max_iter=100, n_init=1,
                                       weights_init=weights, means_init=means, precisions_init=precisions)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            iterations = make().fit(x).n_iter_
            median, best = median_ms(lambda: make().fit(x))
        print(f"{cov}: fit median {median:.2f} ms (min {best:.2f}), {iterations} iterations")


if __name__ == "__main__":
    main()
