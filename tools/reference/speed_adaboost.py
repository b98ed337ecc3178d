"""How long scikit-learn 1.2.1 takes for
AdaBoostClassifier(DecisionTreeClassifier(max_depth=1), algorithm="SAMME").fit(X, y) on Breast
Cancer (569 x 30), 50 stumps, the fit benchmarks/ AdaBoostFitBenchmark times for the adaboost
lesson's engine. Prints the median and the least of repeated fits (the data loaded once, outside
the timing), and the rounds kept and training accuracy.

    cd tools/reference && /usr/bin/python3 speed_adaboost.py
"""
import numpy as np
import sklearn
from sklearn.datasets import load_breast_cancer
from sklearn.ensemble import AdaBoostClassifier
from sklearn.tree import DecisionTreeClassifier

# The same timing as the other speed scripts (a warm-up, then the median and best).
from speed_naive_bayes import median_ms


def boosted():
    return AdaBoostClassifier(DecisionTreeClassifier(max_depth=1), algorithm="SAMME", n_estimators=50,
                              random_state=0)


def main():
    x, y = load_breast_cancer(return_X_y=True)
    model = boosted().fit(x, y)
    print(f"scikit-learn {sklearn.__version__}, numpy {np.__version__}; Breast Cancer {x.shape}, "
          f"{len(model.estimators_)} stumps, training accuracy {model.score(x, y):.4f}")
    median, least = median_ms(lambda: boosted().fit(x, y), repeats=50)
    print(f"fit(X, y): median {median:.2f} ms over 50 (min {least:.2f})")


if __name__ == "__main__":
    main()
