"""How long scikit-learn 1.2.1 takes for RandomForestClassifier(oob_score=True).fit(X, y) on
Breast Cancer (569 x 30), on one core and on both (n_jobs=2): the fit benchmarks/
RandomForestFitBenchmark times for the random-forest lesson's engine (100 trees, sqrt features,
bootstrap, out-of-bag score). Prints the median and the least of repeated fits.

    cd tools/reference && /usr/bin/python3 speed_random_forest.py
"""
import sklearn
from sklearn.datasets import load_breast_cancer
from sklearn.ensemble import RandomForestClassifier

from speed_naive_bayes import median_ms


def main():
    x, y = load_breast_cancer(return_X_y=True)
    print(f"scikit-learn {sklearn.__version__}; Breast Cancer {x.shape}, 100 trees, oob_score=True")
    for jobs in (1, 2):
        median, least = median_ms(
            lambda: RandomForestClassifier(oob_score=True, n_jobs=jobs, random_state=0).fit(x, y), repeats=20)
        print(f"n_jobs={jobs}: fit median {median:.1f} ms over 20 (min {least:.1f})")


if __name__ == "__main__":
    main()
