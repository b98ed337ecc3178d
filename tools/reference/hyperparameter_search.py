#!/usr/bin/env python3
"""Reference scores of scikit-learn 1.2.1's GridSearchCV for the hyperparameter-search lesson
(org.stepwise.algo.evaluation.HyperparameterSearchFactory).

    /usr/bin/python3 tools/reference/hyperparameter_search.py

Writes algorithms/src/test/resources/org/stepwise/algo/evaluation/hyperparameter_search_<data>.json:
the data (x, y, classes) and, for the SVM (SVC(kernel="rbf"), C and gamma each on
np.logspace(log10(low), log10(high), n)) and for k-NN (KNeighborsClassifier, n_neighbors on the
lesson's integers low + i*(high-low)//(m-1), weights uniform and distance), the lesson's
parameters (folds, budget, ranges), GridSearchCV(cv=StratifiedKFold(folds)).cv_results_'s params
and mean_test_score, and best_params_, best_score_, best_index_.

Random search is not compared draw for draw (NumPy's generator is not Java's); the lesson's draws
are checked by their properties: inside the ranges, log-uniform for C and gamma as
scipy.stats.loguniform(low, high) (the reference: its logarithm is uniform on [ln low, ln high]),
k as scipy.stats.randint(low, high + 1), seeded and reproducible.
"""
import json
import math
import os

import numpy as np
import sklearn
from sklearn.datasets import load_iris, make_moons
from sklearn.model_selection import GridSearchCV, StratifiedKFold
from sklearn.neighbors import KNeighborsClassifier
from sklearn.svm import SVC

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "algorithms", "src", "test",
                   "resources", "org", "stepwise", "algo", "evaluation")


def integers(low, high, m):
    return [low + (i * (high - low)) // (m - 1) if m > 1 else low for i in range(m)]


def search(x, y, estimator, grid, folds):
    gs = GridSearchCV(estimator, grid, cv=StratifiedKFold(folds), refit=False).fit(x, y)
    r = gs.cv_results_
    return {"params": [[float(p[k]) if not isinstance(p[k], str) else ["uniform", "distance"].index(p[k])
                        for k in sorted(p)] for p in r["params"]],
            "mean_test_score": [float(s) for s in r["mean_test_score"]],
            "best_index": int(gs.best_index_), "best_score": float(gs.best_score_)}


def case(name, x, y, classes, folds, budget, c_range, gamma_range, k_range):
    n = int(math.floor(math.sqrt(budget)))
    svm_grid = {"C": np.logspace(math.log10(c_range[0]), math.log10(c_range[1]), n),
                "gamma": np.logspace(math.log10(gamma_range[0]), math.log10(gamma_range[1]), n)}
    m = min(budget // 2, k_range[1] - k_range[0] + 1)
    knn_grid = {"n_neighbors": integers(k_range[0], k_range[1], m), "weights": ["uniform", "distance"]}
    out = {"sklearn": sklearn.__version__, "x": x.tolist(), "y": [int(v) for v in y], "classes": classes,
           "folds": folds, "budget": budget, "cases": [
               dict(model="svm", cMin=c_range[0], cMax=c_range[1], gammaMin=gamma_range[0], gammaMax=gamma_range[1],
                    **search(x, y, SVC(kernel="rbf"), svm_grid, folds)),
               dict(model="knn", kMin=k_range[0], kMax=k_range[1], **search(x, y, KNeighborsClassifier(), knn_grid,
                                                                             folds))]}
    with open(os.path.join(OUT, "hyperparameter_search_" + name + ".json"), "w") as f:
        json.dump(out, f)


def main():
    x, y = make_moons(n_samples=100, noise=0.3, random_state=0)
    case("moons", x, y, ["class 0", "class 1"], 5, 25, (0.01, 1000.0), (0.01, 100.0), (1, 30))
    iris = load_iris()
    # As cross_validation.py: shuffled once (seeded) and jittered so that k-NN's neighbours never tie in distance.
    random = np.random.RandomState(0)
    order = random.permutation(len(iris.target))
    x = iris.data[order][:, :2] + random.uniform(-0.01, 0.01, size=(len(order), 2))
    case("iris", x, iris.target[order], list(iris.target_names), 4, 16, (0.1, 100.0), (0.1, 10.0), (1, 40))


if __name__ == "__main__":
    main()
