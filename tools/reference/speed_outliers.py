"""How long scikit-learn 1.2.1 takes for the outliers lesson's two heavy detectors on the 10,000
points that benchmarks/ OutliersBenchmark times the engine on (speed_dbscan.py's points, bit for
bit): IsolationForest(random_state=0).fit(X).score_samples(X) (100 trees, max_samples 'auto' =
256, n_jobs=None: one core) and LocalOutlierFactor(n_neighbors=20).fit(X). Prints the median of
20 runs of each.

    /usr/bin/python3 tools/reference/speed_outliers.py
"""
import statistics
import time

import sklearn
from sklearn.ensemble import IsolationForest
from sklearn.neighbors import LocalOutlierFactor

from speed_dbscan import points


def median_ms(run, repeats=20):
    run()  # warm-up
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), min(times)


def main():
    x = points(10_000)
    print(f"scikit-learn {sklearn.__version__}; {len(x)} points")
    forest = median_ms(lambda: IsolationForest(random_state=0).fit(x).score_samples(x))
    print(f"IsolationForest(random_state=0).fit(X).score_samples(X): median {forest[0]:.1f} ms over 20 "
          f"(min {forest[1]:.1f})")
    lof = median_ms(lambda: LocalOutlierFactor(n_neighbors=20).fit(x))
    print(f"LocalOutlierFactor(n_neighbors=20).fit(X): median {lof[0]:.1f} ms over 20 (min {lof[1]:.1f})")


if __name__ == "__main__":
    main()
