#!/usr/bin/env python3
"""Reference fits of scikit-learn 1.2.1's LogisticRegression for the Stepwise engine tests.

    /usr/bin/python3 tools/reference/logistic_regression.py

Writes algorithms/src/test/resources/org/stepwise/algo/linear/<case>.json with the
standardised data that was fitted and, for two calls, the exact call, coef_, intercept_,
n_iter_ and training accuracy:

- the top-level "coef"/"intercept" come from solver='newton-cg', which reaches the optimum
  (gradient norm of the mean objective below 1e-10), so the engine can be held to 1e-5;
- "lbfgs" holds LogisticRegression(penalty='l2', C, solver='lbfgs', tol=1e-10,
  max_iter=100000), the default solver. It stops on its relative-decrease test (ftol = 64 eps,
  not settable) with a gradient norm near 1e-6, about 1e-4 from the optimum; the file records
  how far ("max_abs_difference_from_newton_cg").
"""
import json
import os
import warnings

import numpy as np
import sklearn
from sklearn.datasets import load_breast_cancer, load_iris
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "algorithms", "src", "test",
                   "resources", "org", "stepwise", "algo", "linear")

CASES = {
    "iris_l2_c1": (load_iris, 1.0),
    "iris_l2_c0.1": (load_iris, 0.1),
    "breast_cancer_l2_c1": (load_breast_cancer, 1.0),
}

SOLVERS = {
    "newton-cg": "tol=1e-8",
    "lbfgs": "tol=1e-10",
}


def fit(solver, c, x, y, loader):
    tol = float(SOLVERS[solver].split("=")[1])
    model = LogisticRegression(penalty="l2", C=c, solver=solver, tol=tol, max_iter=100000)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a convergence warning would make the reference worthless
        model.fit(x, y)
    call = ("LogisticRegression(penalty='l2', C=%r, solver='%s', %s, max_iter=100000)"
            ".fit(StandardScaler().fit_transform(%s().data), %s().target)"
            % (c, solver, SOLVERS[solver], loader.__name__, loader.__name__))
    return model, {
        "call": call,
        "n_iter": int(np.max(model.n_iter_)),
        "coef": model.coef_.tolist(),
        "intercept": model.intercept_.tolist(),
        "accuracy": float(model.score(x, y)),
    }


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, (loader, c) in CASES.items():
        data = loader()
        x = StandardScaler().fit_transform(data.data)
        y = data.target
        optimum, fixture = fit("newton-cg", c, x, y, loader)
        lbfgs, lbfgs_fixture = fit("lbfgs", c, x, y, loader)
        lbfgs_fixture["max_abs_difference_from_newton_cg"] = float(max(
            np.max(np.abs(lbfgs.coef_ - optimum.coef_)), np.max(np.abs(lbfgs.intercept_ - optimum.intercept_))))
        fixture = {
            "sklearn_version": sklearn.__version__,
            "C": c,
            "classes": [str(n) for n in data.target_names],
            **fixture,
            "lbfgs": lbfgs_fixture,
            "x": x.tolist(),
            "y": y.tolist(),
        }
        with open(os.path.join(OUT, name + ".json"), "w") as handle:
            json.dump(fixture, handle)
        print("%s: newton-cg %d iterations, lbfgs %d (%.2g from the optimum)"
              % (name, fixture["n_iter"], lbfgs_fixture["n_iter"], lbfgs_fixture["max_abs_difference_from_newton_cg"]))


if __name__ == "__main__":
    main()
