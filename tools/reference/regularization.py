#!/usr/bin/env python3
"""Reference fits of scikit-learn 1.2.1's Ridge, Lasso and ElasticNet, for the Stepwise
regularization engine tests.

    /usr/bin/python3 tools/reference/regularization.py

Writes algorithms/src/test/resources/org/stepwise/algo/linear/regularization_<case>.json, each
with the data (x, y, features) and one entry per fit, keyed "<estimator>_a<alpha>[_r<l1_ratio>]_t<tol>":

    Ridge(alpha=a).fit(x, y)                                  (solver "auto" = cholesky here)
    Lasso(alpha=a, tol=t).fit(x, y)                           (max_iter 1000, cyclic, from w = 0)
    ElasticNet(alpha=a, l1_ratio=r, tol=t).fit(x, y)

recording coef_, intercept_, n_iter_ (1 for Ridge, whose n_iter_ is None), dual_gap_ (lasso and
elastic net) and r2 = model.score(x, y). Each coordinate-descent fit is made at the default tol
1e-4 and at tol 1e-10 (the optimum).

Cases:
- regularization_diabetes: load_diabetes() (all 10 features, 442 rows);
- regularization_two: 100 points of two correlated features, numpy default_rng(11):
  x1 ~ N(0, 1), x2 = 0.6 x1 + 0.8 N(0, 1), y = 3 x1 - 2 x2 + 1 + N(0, 1).
"""
import json
import os
import warnings

import numpy as np
import sklearn
from sklearn.datasets import load_diabetes
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import ElasticNet, Lasso, Ridge

# A fit that did not converge is no reference.
warnings.simplefilter("error", ConvergenceWarning)

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "algorithms", "src", "test",
                   "resources", "org", "stepwise", "algo", "linear")


def record(model, x, y):
    fit = model.fit(x, y)
    return {
        "coef": fit.coef_.tolist(),
        "intercept": float(fit.intercept_),
        "n_iter": int(fit.n_iter_) if getattr(fit, "n_iter_", None) is not None else 1,
        "dual_gap": float(getattr(fit, "dual_gap_", float("nan"))) if hasattr(fit, "dual_gap_") else None,
        "r2": float(fit.score(x, y)),
    }


def write(name, x, y, names, ridge, lasso, enet):
    fixture = {"sklearn_version": sklearn.__version__, "features": names}
    for a in ridge:
        fixture["ridge_a%s" % a] = record(Ridge(alpha=a), x, y)
    for t in (1e-4, 1e-10):
        for a in lasso:
            fixture["lasso_a%s_t%s" % (a, t)] = record(Lasso(alpha=a, tol=t), x, y)
        for a, r in enet:
            fixture["elasticnet_a%s_r%s_t%s" % (a, r, t)] = record(ElasticNet(alpha=a, l1_ratio=r, tol=t), x, y)
    fixture["x"] = x.tolist()
    fixture["y"] = y.tolist()
    with open(os.path.join(OUT, "regularization_" + name + ".json"), "w") as handle:
        json.dump(fixture, handle)
    for key, fit in fixture.items():
        if isinstance(fit, dict):
            print(name, key, fit["n_iter"], fit["dual_gap"], [round(c, 4) for c in fit["coef"][:4]])


def main():
    diabetes = load_diabetes()
    write("diabetes", diabetes.data, diabetes.target, list(diabetes.feature_names),
          ridge=[0.1, 1.0, 10.0], lasso=[0.05, 0.5, 1.0, 5.0], enet=[(0.01, 0.5), (0.1, 0.2), (0.001, 0.9)])
    rng = np.random.default_rng(11)
    x1 = rng.normal(size=100)
    x2 = 0.6 * x1 + 0.8 * rng.normal(size=100)
    x = np.column_stack([x1, x2])
    y = 3 * x1 - 2 * x2 + 1 + rng.normal(size=100)
    write("two", x, y, ["x1", "x2"], ridge=[0.1, 10.0, 100.0], lasso=[0.1, 0.5, 1.0],
          enet=[(0.1, 0.5), (1.0, 0.3)])


if __name__ == "__main__":
    main()
