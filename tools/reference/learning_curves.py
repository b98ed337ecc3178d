#!/usr/bin/env python3
"""Reference learning and validation curves of scikit-learn 1.2.1 for the learning-curves lesson
(org.stepwise.algo.evaluation.LearningCurveFactory).

    /usr/bin/python3 tools/reference/learning_curves.py

Writes algorithms/src/test/resources/org/stepwise/algo/evaluation/learning_curves_<data>.json: the
data (x, y, classes) and, for KFold and StratifiedKFold without shuffling, learning_curve of
KNeighborsClassifier(n_neighbors=5) at train_sizes=np.linspace(0.1, 1.0, 5) (its default) and
validation_curve over n_neighbors in PARAM_RANGE: train_sizes, param_range, train_scores and
test_scores (rows: ticks; columns: folds). k-NN is deterministic; the data is continuous (moons)
or jittered (Iris's sepals, shuffled and as it comes) so that no two neighbours tie in distance.
"""
import json
import os

import numpy as np
import sklearn
from sklearn.datasets import load_iris, make_moons
from sklearn.model_selection import KFold, StratifiedKFold, learning_curve, validation_curve
from sklearn.neighbors import KNeighborsClassifier

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "algorithms", "src", "test",
                   "resources", "org", "stepwise", "algo", "evaluation")
PARAM_RANGE = [1, 3, 5, 9, 15, 25, 41, 67, 111]


def case(name, x, y, classes, n_splits):
    out = {"sklearn": sklearn.__version__, "x": x.tolist(), "y": [int(v) for v in y], "classes": classes,
           "n_splits": n_splits, "param_range": PARAM_RANGE, "cases": []}
    for cv_name, splitter in {"kfold": KFold(n_splits), "stratified": StratifiedKFold(n_splits)}.items():
        sizes, train, test = learning_curve(KNeighborsClassifier(), x, y, cv=splitter,
                                            train_sizes=np.linspace(0.1, 1.0, 5))
        out["cases"].append({"cv": cv_name, "curve": "learning", "train_sizes": sizes.tolist(),
                             "train_scores": train.tolist(), "test_scores": test.tolist()})
        smallest = min(len(train) for train, _ in splitter.split(x, y))
        param_range = [k for k in PARAM_RANGE if k <= smallest]
        train, test = validation_curve(KNeighborsClassifier(), x, y, param_name="n_neighbors",
                                       param_range=param_range, cv=splitter)
        out["cases"].append({"cv": cv_name, "curve": "validation", "param_range": param_range,
                             "train_scores": train.tolist(), "test_scores": test.tolist()})
    with open(os.path.join(OUT, "learning_curves_" + name + ".json"), "w") as out_file:
        json.dump(out, out_file)


def main():
    x, y = make_moons(n_samples=200, noise=0.3, random_state=0)
    case("moons", x, y, ["class 0", "class 1"], 5)
    iris = load_iris()
    # Iris is sorted by class (shuffled once, seeded) and its sepals repeat to 0.1 cm (jittered, so
    # that k-NN's neighbours never tie in distance), as tools/reference/cross_validation.py does.
    random = np.random.RandomState(0)
    order = random.permutation(len(iris.target))
    x = iris.data[order][:, :2] + random.uniform(-0.01, 0.01, size=(len(order), 2))
    case("iris", x, iris.target[order], list(iris.target_names), 5)
    # Iris as it comes, sorted by class: the smallest training sizes hold one class only, and the
    # classifier fitted there predicts that class everywhere (the curve's first points).
    case("iris_sorted", iris.data[:, :2] + random.uniform(-0.01, 0.01, size=(150, 2)), iris.target,
         list(iris.target_names), 5)


if __name__ == "__main__":
    main()
