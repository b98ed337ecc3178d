#!/usr/bin/env python3
"""Reference fold scores of scikit-learn 1.2.1's cross_val_score for the cross-validation lesson
(org.stepwise.algo.evaluation.CrossValidationFactory).

    /usr/bin/python3 tools/reference/cross_validation.py

Writes algorithms/src/test/resources/org/stepwise/algo/evaluation/cross_validation_<data>.json:
the data (x, y, classes), the groups the lesson makes (equal-width bands of the first feature,
n_groups of them: GroupKFold's order of equal-sized groups is not stable, so the cases keep
groups of distinct sizes) and, for each deterministic splitter (KFold, StratifiedKFold without
shuffling, LeaveOneOut, GroupKFold, TimeSeriesSplit) and each model (KNeighborsClassifier() and
LogisticRegression() run to its optimum, tol=1e-10), cross_val_score's list (the default score,
accuracy) and the splitter's folds (each row's validation fold, -1 for none).
"""
import json
import os

import numpy as np
import sklearn
from sklearn.datasets import make_moons, load_iris
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import (GroupKFold, KFold, LeaveOneOut, StratifiedKFold, TimeSeriesSplit,
                                     cross_val_score)
from sklearn.neighbors import KNeighborsClassifier

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "algorithms", "src", "test",
                   "resources", "org", "stepwise", "algo", "evaluation")


def bands(x, n_groups):
    """Row i's group: the band of width (max - min) / n_groups of the first feature it falls in."""
    low, high = x[:, 0].min(), x[:, 0].max()
    return np.minimum((n_groups * (x[:, 0] - low) / (high - low)).astype(int), n_groups - 1)


def case(name, x, y, classes, n_splits, n_groups):
    groups = bands(x, n_groups)
    sizes = np.bincount(groups)
    sizes = sizes[sizes > 0]
    assert len(set(sizes)) == len(sizes), "GroupKFold needs groups of distinct sizes for a stable order"
    splitters = {"kfold": KFold(n_splits), "stratified": StratifiedKFold(n_splits), "leave-one-out": LeaveOneOut(),
                 "group": GroupKFold(n_splits), "time-series": TimeSeriesSplit(n_splits)}
    models = {"knn": KNeighborsClassifier(), "logistic-regression": LogisticRegression(tol=1e-10, max_iter=100000)}
    out = {"sklearn": sklearn.__version__, "x": x.tolist(), "y": [int(v) for v in y], "classes": classes,
           "n_splits": n_splits, "n_groups": n_groups, "groups": [int(g) for g in groups], "cases": []}
    for cv_name, splitter in splitters.items():
        fold_of_row = [-1] * len(y)
        for f, (_, test) in enumerate(splitter.split(x, y, groups)):
            for i in test:
                fold_of_row[i] = f
        for model_name, model in models.items():
            scores = cross_val_score(model, x, y, groups=groups, cv=splitter)
            out["cases"].append({"cv": cv_name, "model": model_name, "cv_scores": [float(s) for s in scores],
                                 "fold_of_row": fold_of_row})
    with open(os.path.join(OUT, "cross_validation_" + name + ".json"), "w") as f:
        json.dump(out, f)


def main():
    x, y = make_moons(n_samples=80, noise=0.3, random_state=0)
    case("moons", x, y, ["class 0", "class 1"], 5, 8)
    iris = load_iris()
    # Iris is sorted by class: shuffled once (seeded) so that every time-series training part has two
    # classes. Its sepal lengths and widths repeat (to 0.1 cm), so k-NN's neighbours tie in distance and
    # scikit-learn breaks such ties by its tree's order: a small seeded jitter keeps ties out.
    random = np.random.RandomState(0)
    order = random.permutation(len(iris.target))
    x = iris.data[order][:, :2] + random.uniform(-0.01, 0.01, size=(len(order), 2))
    case("iris", x, iris.target[order], list(iris.target_names), 4, 7)


if __name__ == "__main__":
    main()
