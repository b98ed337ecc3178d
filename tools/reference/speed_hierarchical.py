"""How long scikit-learn 1.2.1 takes for AgglomerativeClustering(n_clusters=10, linkage=L,
compute_distances=True).fit(X) on Digits (1797 x 64), the fit benchmarks/ HierarchicalFitBenchmark
times for the hierarchical lesson's engine (which builds the same tree). Prints the median and the
least of repeated fits (the data loaded once, outside the timing) for Ward and single linkage.

    cd tools/reference && /usr/bin/python3 speed_hierarchical.py
"""
import numpy as np
import sklearn
from sklearn.cluster import AgglomerativeClustering
from sklearn.datasets import load_digits

# The same timing as the other speed scripts (a warm-up, then the median and best).
from speed_naive_bayes import median_ms


def main():
    x, _ = load_digits(return_X_y=True)
    print(f"scikit-learn {sklearn.__version__}, numpy {np.__version__}; Digits {x.shape}")
    for linkage in ["ward", "single"]:
        median, least = median_ms(lambda: AgglomerativeClustering(n_clusters=10, linkage=linkage,
                                                                  compute_distances=True).fit(x), repeats=20)
        print(f"{linkage}: fit(X) median {median:.1f} ms over 20 (min {least:.1f})")


if __name__ == "__main__":
    main()
