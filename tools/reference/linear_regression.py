#!/usr/bin/env python3
"""Reference fits of scikit-learn 1.2.1's LinearRegression on polynomial features, for the
Stepwise linear-regression engine tests.

    /usr/bin/python3 tools/reference/linear_regression.py

Writes algorithms/src/test/resources/org/stepwise/algo/linear/linreg_<case>.json, each with the
data fitted (x, y, features) and, per degree, the exact call and the fit:

    model = LinearRegression().fit(PolynomialFeatures(degree, include_bias=False).fit_transform(x), y)

recording coef_ (in PolynomialFeatures' column order), intercept_, the column names
(get_feature_names_out), r2 = model.score(X, y) and mse = mean_squared_error(y, model.predict(X)).

Cases:
- linreg_diabetes: load_diabetes() as scikit-learn ships it (10 features, 442 rows), degree 1 and 2;
- linreg_line: 100 points, x ~ U[-3, 3), y = 2x + 1 + N(0, 1) (numpy default_rng(7)), the
  shape of Stepwise's 'linear' generator; degrees 1, 2, 3;
- linreg_textbook: np.random.seed(42); X = randn(100, 1) * 10; y = 2X + 3 + randn(100) * 2
  (the curriculum's source, INVENTORY T1.01: slope 1.971, intercept 3.015); degree 1;
- linreg_duplicate: linreg_line's x twice (two equal columns): a singular design, for which
  lstsq gives the minimum-norm solution (the slope split equally); degree 1.
"""
import json
import os

import numpy as np
import sklearn
from sklearn.datasets import load_diabetes
from sklearn.linear_model import LinearRegression
from sklearn.metrics import mean_squared_error
from sklearn.preprocessing import PolynomialFeatures

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "algorithms", "src", "test",
                   "resources", "org", "stepwise", "algo", "linear")


def fit(x, y, degree, names):
    poly = PolynomialFeatures(degree, include_bias=False)
    design = poly.fit_transform(x)
    model = LinearRegression().fit(design, y)
    return {
        "call": "LinearRegression().fit(PolynomialFeatures(%d, include_bias=False).fit_transform(x), y)" % degree,
        "columns": [str(c) for c in poly.get_feature_names_out(names)],
        "coef": model.coef_.tolist(),
        "intercept": float(model.intercept_),
        "r2": float(model.score(design, y)),
        "mse": float(mean_squared_error(y, model.predict(design))),
    }


def write(name, x, y, names, degrees, **extra):
    fixture = {"sklearn_version": sklearn.__version__, "features": names, **extra}
    for degree in degrees:
        fixture["degree%d" % degree] = fit(x, y, degree, names)
    fixture["x"] = x.tolist()
    fixture["y"] = y.tolist()
    with open(os.path.join(OUT, name + ".json"), "w") as handle:
        json.dump(fixture, handle)
    print(name, {d: fixture["degree%d" % d]["coef"][:3] for d in degrees})


def main():
    os.makedirs(OUT, exist_ok=True)
    diabetes = load_diabetes()
    write("linreg_diabetes", diabetes.data, diabetes.target, list(diabetes.feature_names), [1, 2])

    rng = np.random.default_rng(7)
    x = rng.uniform(-3, 3, size=(100, 1))
    y = 2 * x[:, 0] + 1 + rng.normal(0, 1, size=100)
    write("linreg_line", x, y, ["x"], [1, 2, 3])

    np.random.seed(42)
    xt = np.random.randn(100, 1) * 10
    yt = 2 * xt.flatten() + 3 + np.random.randn(100) * 2
    write("linreg_textbook", xt, yt, ["x"], [1])

    write("linreg_duplicate", np.hstack([x, x]), y, ["x", "x copy"], [1])


if __name__ == "__main__":
    main()
