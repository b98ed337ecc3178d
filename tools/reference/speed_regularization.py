"""How long scikit-learn 1.2.1 takes to fit Lasso, ElasticNet and Ridge on Diabetes, the fits
benchmarks/ RegularizationFitBenchmark times for the engine (design budget: engines are as fast
as scikit-learn for the same fit). Writes nothing; prints the median of 200 fits of each.

    /usr/bin/python3 tools/reference/speed_regularization.py
"""
import statistics
import time

import numpy as np
import sklearn
from sklearn.datasets import load_diabetes
from sklearn.linear_model import ElasticNet, Lasso, Ridge


def main():
    x, y = load_diabetes(return_X_y=True)
    print(f"scikit-learn {sklearn.__version__}, numpy {np.__version__}; Diabetes {x.shape}")
    fits = {
        "Lasso(alpha=1.0)": lambda: Lasso(alpha=1.0).fit(x, y),
        "Lasso(alpha=0.05)": lambda: Lasso(alpha=0.05).fit(x, y),
        "ElasticNet(alpha=0.01, l1_ratio=0.5)": lambda: ElasticNet(alpha=0.01, l1_ratio=0.5).fit(x, y),
        "Ridge(alpha=1.0)": lambda: Ridge(alpha=1.0).fit(x, y),
    }
    for name, fit in fits.items():
        fit()  # warm-up
        times = []
        for _ in range(200):
            start = time.perf_counter()
            fit()
            times.append((time.perf_counter() - start) * 1e6)
        print(f"{name}: median {statistics.median(times):.0f} us over 200 fits (min {min(times):.0f})")


if __name__ == "__main__":
    main()
