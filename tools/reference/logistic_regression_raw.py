#!/usr/bin/env python3
"""Scikit-learn 1.2.1's LogisticRegression() optimum on the raw (not standardized) built-in sets,
for the test that the lesson's defaults reach it (LogisticRegressionDefaultsTest).

    /usr/bin/python3 tools/reference/logistic_regression_raw.py

Writes algorithms/src/test/resources/org/stepwise/algo/linear/lr_raw_defaults.json: for Iris,
Wine, Breast Cancer and Digits, on their first two columns (what the lesson draws) and on all,
the objective of LogisticRegression(C=1) at its optimum, J = log_loss + ||W||^2 / (2 C n) (the
engine's loss), and the training accuracy. The raw columns make the problems ill-conditioned:
each is fitted by newton-cg and by lbfgs at tol=1e-10 and the lower objective kept (newton-cg's,
every time; its line search may warn that rounding stops it, at the optimum), so "objective" is
the optimum to about 1e-11.
"""
import json
import os
import warnings

import sklearn
from sklearn.datasets import load_breast_cancer, load_digits, load_iris, load_wine
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import log_loss

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "algorithms", "src", "test",
                   "resources", "org", "stepwise", "algo", "linear", "lr_raw_defaults.json")

LOADERS = {"iris": load_iris, "wine": load_wine, "breast_cancer": load_breast_cancer, "digits": load_digits}


def best_fit(x, y):
    best = None
    for solver in ("newton-cg", "lbfgs"):
        model = LogisticRegression(C=1.0, solver=solver, tol=1e-10, max_iter=100000)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # line-search and iteration warnings: the objective decides
            model.fit(x, y)
        objective = log_loss(y, model.predict_proba(x)) + (model.coef_ ** 2).sum() / (2 * len(x))
        if best is None or objective < best[0]:
            best = (objective, solver, model)
    return best


def main():
    cases = {}
    for name, loader in LOADERS.items():
        data = loader()
        for columns in ("two", "all"):
            x = data.data[:, :2] if columns == "two" else data.data
            objective, solver, model = best_fit(x, data.target)
            cases[name + "_" + columns] = {
                "call": "LogisticRegression(C=1.0, solver='%s', tol=1e-10, max_iter=100000).fit(%s().data%s, target)"
                        % (solver, loader.__name__, "[:, :2]" if columns == "two" else ""),
                "objective": objective,
                "accuracy": float(model.score(x, data.target)),
            }
            print(name, columns, solver, "%.12f" % objective, cases[name + "_" + columns]["accuracy"])
    with open(OUT, "w") as handle:
        json.dump({"sklearn_version": sklearn.__version__, "cases": cases}, handle, indent=1)


if __name__ == "__main__":
    main()
