"""How long scikit-learn 1.2.1 takes to score 10,000 points of two features at themselves with
KernelDensity (its default tree, rtol=0 and atol=0: exact), the work benchmarks/ KdeScoreBenchmark
times for the kde lesson's engine. Three blobs like the lesson's generator (centres on a circle
of radius 3, standard deviation 0.8), bandwidth 0.5. Prints the median and best of repeated
fit + score_samples calls after a warm-up; the data are made once, outside the timing.

    /usr/bin/python3 tools/reference/speed_kde.py
"""
import statistics
import time

import numpy as np
import sklearn
from sklearn.datasets import make_blobs
from sklearn.neighbors import KernelDensity


def median_ms(work, repeats=5):
    work()  # warm-up
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), min(times)


def main():
    angles = 2 * np.pi * np.arange(3) / 3
    centres = 3 * np.c_[np.cos(angles), np.sin(angles)]
    x, _ = make_blobs(n_samples=10_000, centers=centres, cluster_std=0.8, random_state=0)
    print(f"scikit-learn {sklearn.__version__}, numpy {np.__version__}; blobs {x.shape}, bandwidth 0.5")
    for kernel in ["gaussian", "epanechnikov"]:
        def work():
            return KernelDensity(kernel=kernel, bandwidth=0.5, rtol=0, atol=0).fit(x).score_samples(x)
        median, best = median_ms(work)
        print(f"{kernel:12s}: fit + score_samples(X) median {median:.0f} ms (best {best:.0f})")


if __name__ == "__main__":
    main()
