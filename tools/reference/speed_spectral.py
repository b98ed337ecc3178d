"""How long scikit-learn 1.2.1 takes for SpectralClustering(3, affinity, n_init=1).fit(X) on Iris
(150 x 4), with the nearest_neighbors (10 neighbours) and rbf (gamma 1) affinities: the run that
benchmarks/ SpectralFitBenchmark times for the spectral lesson's engine (one k-means start, as the
lesson runs). Prints the median and best of repeated fits.

    cd tools/reference && /usr/bin/python3 speed_spectral.py
"""
import warnings

import sklearn
from sklearn.cluster import SpectralClustering
from sklearn.datasets import load_iris

from speed_naive_bayes import median_ms


def main():
    x = load_iris().data
    print(f"scikit-learn {sklearn.__version__}; Iris {x.shape}, 3 clusters, n_init=1")
    for affinity in ("nearest_neighbors", "rbf"):
        make = lambda: SpectralClustering(3, affinity=affinity, n_neighbors=10, gamma=1.0, n_init=1, random_state=0)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            median, best = median_ms(lambda: make().fit(x), repeats=30)
        print(f"{affinity}: fit median {median:.2f} ms (min {best:.2f})")


if __name__ == "__main__":
    main()
