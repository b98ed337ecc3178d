#!/usr/bin/env python3
"""Reference fits of logistic regression on polynomial features, for the 'degree' parameter.

    /usr/bin/python3 tools/reference/logistic_regression_degree.py

Writes algorithms/src/test/resources/org/stepwise/algo/linear/lr_degree_<case>.json: the data
fitted ("x", "y", "classes"), the degree, and what

    make_pipeline(PolynomialFeatures(degree, include_bias=False),
                  LogisticRegression(C=1.0, solver='newton-cg', tol=1e-8, max_iter=100000))

fits with scikit-learn 1.2.1: coef_ and intercept_ (over the expanded columns, in
PolynomialFeatures' order), the training accuracy, and predict_proba at a few probe points
given in raw coordinates. newton-cg reaches the optimum of the L2-penalised loss, so the engine's
Newton solver can be held to it closely.
"""
import json
import os
import warnings

import numpy as np
import sklearn
from sklearn.datasets import load_iris, make_circles, make_moons
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import PolynomialFeatures

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "algorithms", "src", "test",
                   "resources", "org", "stepwise", "algo", "linear")


def cases():
    x, y = make_moons(n_samples=100, noise=0.2, random_state=0)
    yield "moons_d3", x, y, ["0", "1"], 3
    x, y = make_circles(n_samples=100, noise=0.1, factor=0.5, random_state=1)
    yield "circles_d2", x, y, ["0", "1"], 2
    iris = load_iris()
    yield "iris_petals_d2", iris.data[:, 2:4], iris.target, list(iris.target_names), 2


def main():
    for name, x, y, classes, degree in cases():
        model = make_pipeline(PolynomialFeatures(degree, include_bias=False),
                              LogisticRegression(C=1.0, solver="newton-cg", tol=1e-8, max_iter=100000))
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            model.fit(x, y)
        probes = np.array([x[0], x[1], x.mean(axis=0), x.min(axis=0), x.max(axis=0)])
        fitted = model[-1]
        case = {
            "case": name, "sklearn": sklearn.__version__,
            "call": "make_pipeline(PolynomialFeatures(%d, include_bias=False), LogisticRegression(C=1.0, "
                    "solver='newton-cg', tol=1e-8, max_iter=100000)).fit(x, y)" % degree,
            "x": x.tolist(), "y": [int(v) for v in y], "classes": classes, "degree": degree,
            "coef": fitted.coef_.tolist(), "intercept": fitted.intercept_.tolist(),
            "accuracy": float(model.score(x, y)),
            "probes": probes.tolist(), "probe_proba": model.predict_proba(probes).tolist(),
            "columns": list(model[0].get_feature_names_out(["x1", "x2"])),
        }
        with open(os.path.join(OUT, "lr_degree_" + name + ".json"), "w") as handle:
            json.dump(case, handle)
        print(name, "degree", degree, "columns", len(case["columns"]), "accuracy", case["accuracy"])


if __name__ == "__main__":
    main()
