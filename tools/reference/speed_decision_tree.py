"""How long scikit-learn 1.2.1 takes for DecisionTreeClassifier().fit(X, y) on Breast Cancer
(569 x 30), the fit benchmarks/ DecisionTreeFitBenchmark times for the decision-tree lesson's
engine (which grows the same tree, up to tied splits). Prints the median and the least of repeated
fits (the data loaded once, outside the timing), and the tree's leaves and depth.

    cd tools/reference && /usr/bin/python3 speed_decision_tree.py
"""
import numpy as np
import sklearn
from sklearn.datasets import load_breast_cancer
from sklearn.tree import DecisionTreeClassifier

# The same timing as the other speed scripts (a warm-up, then the median and best).
from speed_naive_bayes import median_ms


def main():
    x, y = load_breast_cancer(return_X_y=True)
    model = DecisionTreeClassifier(random_state=0).fit(x, y)
    print(f"scikit-learn {sklearn.__version__}, numpy {np.__version__}; Breast Cancer {x.shape}, "
          f"{model.get_n_leaves()} leaves, depth {model.get_depth()}")
    median, least = median_ms(lambda: DecisionTreeClassifier(random_state=0).fit(x, y), repeats=200)
    print(f"fit(X, y): median {median:.2f} ms over 200 (min {least:.2f})")


if __name__ == "__main__":
    main()
