"""How long scikit-learn 1.2.1 takes for KMeans(n_clusters=8, init=X[:8], n_init=1, algorithm="lloyd").fit(X)
on the 100,000 points of the plane that benchmarks/ KMeansFitBenchmark clusters (the same formula:
five squares around a circle of radius 4, spread by fractional parts of multiples of irrational
numbers). Prints the median and least of 20 fits after a warm-up, with n_iter and the inertia (the
engine must reach the same).

    /usr/bin/python3 tools/reference/speed_kmeans.py
"""
import statistics
import time

import numpy as np
import sklearn
from sklearn.cluster import KMeans
from threadpoolctl import threadpool_info

N = 100_000
K = 8


def points():
    i = np.arange(N, dtype=np.float64)
    c = np.arange(N) % 5
    u = i * 0.6180339887498949 - np.floor(i * 0.6180339887498949)
    v = i * 0.7548776662466927 - np.floor(i * 0.7548776662466927)
    return np.column_stack([4 * np.cos(2 * np.pi * c / 5) + 3 * (u - 0.5),
                            4 * np.sin(2 * np.pi * c / 5) + 3 * (v - 0.5)])


def main():
    x = points()

    def fit():
        return KMeans(n_clusters=K, init=x[:K], n_init=1, algorithm="lloyd").fit(x)

    model = fit()  # warm-up
    times = []
    for _ in range(20):
        start = time.perf_counter()
        fit()
        times.append((time.perf_counter() - start) * 1000)
    threads = [p.get("num_threads") for p in threadpool_info()]
    print(f"scikit-learn {sklearn.__version__}, numpy {np.__version__}; X {x.shape}, threads {threads}; "
          f"n_iter {model.n_iter_}, inertia {model.inertia_:.6f}")
    print(f"fit(X): median {statistics.median(times):.1f} ms over 20 (min {min(times):.1f})")


if __name__ == "__main__":
    main()
