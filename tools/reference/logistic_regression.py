#!/usr/bin/env python3
"""Reference fits of scikit-learn 1.2.1's LogisticRegression for the Stepwise engine tests.

    /usr/bin/python3 tools/reference/logistic_regression.py

Writes algorithms/src/test/resources/org/stepwise/algo/linear/<case>.json with the
standardised data that was fitted, the exact call, coef_, intercept_ and training accuracy.
"""
import json
import os

import numpy as np
import sklearn
from sklearn.datasets import load_breast_cancer, load_iris
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "algorithms", "src", "test", "resources",
                   "org", "stepwise", "algo", "linear")

CASES = {
    "iris_l2_c1": (load_iris, 1.0),
    "iris_l2_c0.1": (load_iris, 0.1),
    "breast_cancer_l2_c1": (load_breast_cancer, 1.0),
}


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, (loader, c) in CASES.items():
        data = loader()
        x = StandardScaler().fit_transform(data.data)
        y = data.target
        model = LogisticRegression(penalty="l2", C=c, solver="newton-cg", tol=1e-8, max_iter=100000)
        model.fit(x, y)
        fixture = {
            "sklearn_version": sklearn.__version__,
            "call": "LogisticRegression(penalty='l2', C=%r, solver='newton-cg', tol=1e-8, max_iter=100000)"
                    ".fit(StandardScaler().fit_transform(%s().data), target)" % (c, loader.__name__),
            "C": c,
            "n_iter": int(np.max(model.n_iter_)),
            "classes": [str(n) for n in data.target_names],
            "x": x.tolist(),
            "y": y.tolist(),
            "coef": model.coef_.tolist(),
            "intercept": model.intercept_.tolist(),
            "accuracy": float(model.score(x, y)),
        }
        with open(os.path.join(OUT, name + ".json"), "w") as handle:
            json.dump(fixture, handle)


if __name__ == "__main__":
    main()
