#!/usr/bin/env python3
"""scikit-learn's (and SciPy's, NumPy's) time for one dragged point's update in the regression-metrics
lesson (benchmarks: RegressionMetricsUpdateBenchmark): LinearRegression().fit and predict, the seven
sklearn.metrics regression metrics, scipy.stats.probplot and np.histogram(bins=10) of the residuals,
on 40 and 1,000 points of y = 2x + 1 + N(0, 0.5²). Median of 200 runs after 20 warm-up runs.

    /usr/bin/python3 tools/reference/speed_regression_metrics.py
"""
import time

import numpy as np
from scipy import stats
from sklearn import metrics
from sklearn.linear_model import LinearRegression


def update(x, y):
    pred = LinearRegression().fit(x, y).predict(x)
    r = y - pred
    values = (metrics.mean_squared_error(y, pred), metrics.mean_squared_error(y, pred, squared=False),
              metrics.mean_absolute_error(y, pred), metrics.median_absolute_error(y, pred),
              metrics.mean_absolute_percentage_error(y, pred), metrics.r2_score(y, pred),
              metrics.explained_variance_score(y, pred))
    return values, stats.probplot(r), np.histogram(r, bins=10)


def main():
    rng = np.random.RandomState(0)
    for n in (40, 1000):
        x = rng.uniform(-3, 3, size=(n, 1))
        y = 2 * x[:, 0] + 1 + rng.normal(0, 0.5, n)
        for _ in range(20):
            update(x, y)
        times = []
        for _ in range(200):
            start = time.perf_counter()
            update(x, y)
            times.append(time.perf_counter() - start)
        print(f"{n} points: median {1e6 * np.median(times):.0f} us, best {1e6 * min(times):.0f} us")


if __name__ == "__main__":
    main()
