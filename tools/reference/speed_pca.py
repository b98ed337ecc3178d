"""How long scikit-learn 1.2.1 takes to fit PCA(svd_solver="full") on Digits (1797 x 64), the fit
that benchmarks/ PcaFitBenchmark times for the pca lesson's engine. Prints the median and best of
repeated fits, and of fit plus transform(X) (the engine also computes every row's scores); the
data are loaded once, outside the timing.

    /usr/bin/python3 tools/reference/speed_pca.py
"""
import numpy as np
import sklearn
from sklearn.datasets import load_digits
from sklearn.decomposition import PCA

# The same timing as the other speed scripts (a warm-up, then the median and best of 100 runs).
from speed_naive_bayes import median_ms


def main():
    x = load_digits().data
    print(f"scikit-learn {sklearn.__version__}, numpy {np.__version__}; Digits {x.shape}")
    fit = median_ms(lambda: PCA(svd_solver="full").fit(x))
    both = median_ms(lambda: PCA(svd_solver="full").fit(x).transform(x))
    print(f"PCA full: fit median {fit[0]:.2f} ms (min {fit[1]:.2f}); "
          f"fit + transform(x) median {both[0]:.2f} ms (min {both[1]:.2f})")


if __name__ == "__main__":
    main()
