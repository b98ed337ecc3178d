"""How long scikit-learn 1.2.1 takes to fit FastICA(whiten="unit-variance") on Iris (150 x 4) and
Breast cancer (569 x 30), the fits that benchmarks/ IcaFitBenchmark times for the ica lesson's
engine (parallel, logcosh, whiten_solver "svd"), from w_init[a][c] = sin(1 + a*k + c), the
benchmark's start: Iris at the defaults (tol 1e-4, max_iter 200: 18 iterations in both), Breast
cancer held to exactly 100 iterations (tol 1e-15, max_iter 100; its ConvergenceWarning silenced),
since on its badly scaled columns the two implementations' iterates part and stop at different
counts.
Prints the median and best of repeated fits; the data are loaded once, outside the timing.

    /usr/bin/python3 tools/reference/speed_ica.py
"""
import warnings

import numpy as np
import sklearn
from sklearn.datasets import load_breast_cancer, load_iris
from sklearn.decomposition import FastICA
from sklearn.exceptions import ConvergenceWarning

# The same timing as the other speed scripts (a warm-up, then the median and best of 100 runs).
from speed_naive_bayes import median_ms


def main():
    warnings.simplefilter("ignore", ConvergenceWarning)
    print(f"scikit-learn {sklearn.__version__}, numpy {np.__version__}")
    for name, x, tol, max_iter in (("iris", load_iris().data, 1e-4, 200),
                                   ("breast_cancer", load_breast_cancer().data, 1e-15, 100)):
        k = x.shape[1]
        w_init = np.sin(1 + np.arange(k * k, dtype=float)).reshape(k, k)

        def fit():
            return FastICA(whiten="unit-variance", w_init=w_init, tol=tol, max_iter=max_iter).fit(x)

        n_iter = fit().n_iter_
        ms = median_ms(fit)
        print(f"FastICA {name} {x.shape}: n_iter {n_iter}; fit median {ms[0]:.2f} ms (min {ms[1]:.2f})")


if __name__ == "__main__":
    main()
