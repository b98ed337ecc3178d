"""How long scikit-learn 1.2.1 takes for KNeighborsClassifier(n_neighbors=5).fit(X, y).predict(X)
on Digits (1797 x 64), the work benchmarks/ KnnPredictBenchmark times for the engine. Prints the
median of repeated predicts (the fit, which builds nothing for brute force, outside the timing,
as in the JMH benchmark) and of fit + predict; and which algorithm 'auto' chose.

    /usr/bin/python3 tools/reference/speed_knn.py
"""
import statistics
import time

import numpy as np
import sklearn
from sklearn.datasets import load_digits
from sklearn.neighbors import KNeighborsClassifier


def median_ms(action, repeats=20):
    action()  # warm-up
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), min(times)


def main():
    data = load_digits()
    x, y = data.data, data.target
    model = KNeighborsClassifier(n_neighbors=5).fit(x, y)
    print(f"scikit-learn {sklearn.__version__}, numpy {np.__version__}; Digits {x.shape}, "
          f"algorithm {model._fit_method}, score {model.score(x, y):.4f}")
    median, least = median_ms(lambda: model.predict(x))
    print(f"predict(X):       median {median:.1f} ms over 20 (min {least:.1f})")
    median, least = median_ms(lambda: KNeighborsClassifier(n_neighbors=5).fit(x, y).predict(x))
    print(f"fit(X).predict(X): median {median:.1f} ms over 20 (min {least:.1f})")


if __name__ == "__main__":
    main()
