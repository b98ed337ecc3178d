"""How long scikit-learn 1.2.1 takes for DBSCAN(eps=0.08, min_samples=5).fit(X) on the 10,000
points that benchmarks/ DbscanBenchmark times the engine on (the same generator, bit for bit:
it prints the same checksum as `java -cp benchmarks/target/benchmarks.jar
org.stepwise.bench.DbscanBenchmark`). Prints the median of 20 fits, and the clusters found.

    /usr/bin/python3 tools/reference/speed_dbscan.py
"""
import statistics
import time

import numpy as np
import sklearn
from sklearn.cluster import DBSCAN

MASK = (1 << 64) - 1


def points(n):
    state = [42]

    def uniform():
        state[0] = (state[0] * 6364136223846793005 + 1442695040888963407) & MASK
        return (state[0] >> 11) * 2.0 ** -53

    centres = [(-2.0, 0.0), (2.0, 0.0), (0.0, 2.5)]
    x = []
    for i in range(n):
        if i % 20 == 19:
            x.append((8 * uniform() - 4, 8 * uniform() - 4))
            continue
        while True:
            u = 2 * uniform() - 1
            v = 2 * uniform() - 1
            if u * u + v * v <= 1:
                break
        c = centres[i % 3]
        x.append((c[0] + u, c[1] + v))
    return np.array(x)


def main():
    x = points(10_000)
    total = 0.0
    for a, b in x:
        total += a + 3 * b
    model = DBSCAN(eps=0.08, min_samples=5).fit(x)
    labels = model.labels_
    print(f"scikit-learn {sklearn.__version__}; sum of x1 + 3·x2 over the {len(x)} points: {total!r}")
    print(f"{labels.max() + 1} clusters, {(labels == -1).sum()} noise, {len(model.core_sample_indices_)} core")
    DBSCAN(eps=0.08, min_samples=5).fit(x)  # warm-up
    times = []
    for _ in range(20):
        start = time.perf_counter()
        DBSCAN(eps=0.08, min_samples=5).fit(x)
        times.append((time.perf_counter() - start) * 1000)
    print(f"DBSCAN(eps=0.08, min_samples=5).fit(X): median {statistics.median(times):.1f} ms over 20 "
          f"(min {min(times):.1f})")


if __name__ == "__main__":
    main()
