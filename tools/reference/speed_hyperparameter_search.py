"""How long scikit-learn 1.2.1 takes for the hyperparameter-search lesson's default run:
GridSearchCV(SVC(), {"C": np.logspace(-2, 3, 5), "gamma": np.logspace(-2, 2, 5)},
cv=StratifiedKFold(5), refit=False).fit(X, y) (125 SVC fits, one process) on the first 200 rows
of benchmarks/src/main/resources/org/stepwise/bench/moons_1000.csv (which speed_svm.py --write
made), the rows benchmarks/ HyperparameterSearchBenchmark searches. Prints the median and the least
of repeated searches (the data read once, outside the timing) and the best configuration.

    cd tools/reference && /usr/bin/python3 speed_hyperparameter_search.py
"""
import numpy as np
import sklearn
from sklearn.model_selection import GridSearchCV, StratifiedKFold
from sklearn.svm import SVC

from speed_naive_bayes import median_ms
from speed_svm import CSV

ROWS = 200


def main():
    data = np.loadtxt(CSV, delimiter=",", skiprows=1)[:ROWS]
    x, y = data[:, :2], data[:, 2].astype(int)
    grid = {"C": np.logspace(-2, 3, 5), "gamma": np.logspace(-2, 2, 5)}

    def search():
        return GridSearchCV(SVC(), grid, cv=StratifiedKFold(5), refit=False).fit(x, y)

    best = search()
    print(f"scikit-learn {sklearn.__version__}, numpy {np.__version__}; moons {x.shape}; best {best.best_params_}"
          f" {best.best_score_:.3f}")
    median, least = median_ms(search, repeats=20)
    print(f"GridSearchCV(SVC(), 5 x 5, cv=5).fit: median {median:.1f} ms over 20 (min {least:.1f})")


if __name__ == "__main__":
    main()
