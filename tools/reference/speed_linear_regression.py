"""How long scikit-learn 1.2.1 takes to fit LinearRegression on Diabetes with polynomial features,
the fits benchmarks/ LinearRegressionFitBenchmark times for the engine (design budget: engines are
as fast as scikit-learn for the same fit). Writes nothing; prints the median of 200 fits for each
degree, PolynomialFeatures' expansion included (the engine expands inside its fit too).

    /usr/bin/python3 tools/reference/speed_linear_regression.py
"""
import statistics
import time

import numpy as np
import sklearn
from sklearn.datasets import load_diabetes
from sklearn.linear_model import LinearRegression
from sklearn.preprocessing import PolynomialFeatures


def main():
    x, y = load_diabetes(return_X_y=True)
    print(f"scikit-learn {sklearn.__version__}, numpy {np.__version__}; Diabetes {x.shape}")
    for degree in (1, 2):
        def fit():
            return LinearRegression().fit(PolynomialFeatures(degree, include_bias=False).fit_transform(x), y)
        fit()  # warm-up
        times = []
        for _ in range(200):
            start = time.perf_counter()
            fit()
            times.append((time.perf_counter() - start) * 1e6)
        print(f"degree {degree}: median {statistics.median(times):.0f} us over 200 fits (min {min(times):.0f})")


if __name__ == "__main__":
    main()
