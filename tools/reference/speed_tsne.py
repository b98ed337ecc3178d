"""How long scikit-learn 1.2.1 takes to fit TSNE(method="barnes_hut") on Digits (1797 x 64), the fit
that benchmarks/ TsneBenchmark.fitDigits times for the tsne lesson's engine with the same settings
(perplexity 30, early_exaggeration 12, learning_rate "auto", n_iter 1000, init "pca", angle 0.5).
Prints each fit's time, the median and best, and each fit's n_iter_ and kl_divergence_; the data
are loaded once, outside the timing. scikit-learn uses every core OpenMP sees (n_jobs only sets
the neighbour search's threads).

    /usr/bin/python3 tools/reference/speed_tsne.py [repeats]
"""
import statistics
import sys
import time

import numpy as np
import sklearn
from sklearn.datasets import load_digits
from sklearn.manifold import TSNE


def main():
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    x = load_digits().data
    print(f"scikit-learn {sklearn.__version__}, numpy {np.__version__}; Digits {x.shape}")
    times = []
    for r in range(repeats + 1):
        tsne = TSNE(method="barnes_hut", init="pca", learning_rate="auto", n_iter=1000, random_state=r)
        start = time.perf_counter()
        tsne.fit(x)
        elapsed = (time.perf_counter() - start) * 1000
        label = "warm-up" if r == 0 else f"fit {r}"
        print(f"{label}: {elapsed:.0f} ms, n_iter_ {tsne.n_iter_}, kl_divergence_ {tsne.kl_divergence_:.4f}")
        if r > 0:
            times.append(elapsed)
    print(f"TSNE barnes_hut on Digits: median {statistics.median(times):.0f} ms (min {min(times):.0f})")


if __name__ == "__main__":
    main()
