"""How long scikit-learn 1.2.1 takes to fit GaussianNB and LinearDiscriminantAnalysis (svd) on
Digits (1797 x 64), the fits that benchmarks/ NaiveBayesFitBenchmark times for the naive-bayes
lesson's engine. Prints the median of repeated fits, and of fit plus predict_proba on the training
points (the engine's last step scores them too); the data are loaded once, outside the timing.

    /usr/bin/python3 tools/reference/speed_naive_bayes.py
"""
import statistics
import time

import numpy as np
import sklearn
from sklearn.datasets import load_digits
from sklearn.discriminant_analysis import LinearDiscriminantAnalysis
from sklearn.naive_bayes import GaussianNB


def median_ms(work, repeats=100):
    work()  # warm-up
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), min(times)


def main():
    x, y = load_digits(return_X_y=True)
    print(f"scikit-learn {sklearn.__version__}, numpy {np.__version__}; Digits {x.shape}")
    for name, make in [("GaussianNB", GaussianNB), ("LDA (svd)", LinearDiscriminantAnalysis)]:
        fit = median_ms(lambda: make().fit(x, y))
        both = median_ms(lambda: make().fit(x, y).predict_proba(x))
        print(f"{name:11s}: fit median {fit[0]:.2f} ms (min {fit[1]:.2f}); "
              f"fit + predict_proba(x) median {both[0]:.2f} ms (min {both[1]:.2f})")


if __name__ == "__main__":
    main()
