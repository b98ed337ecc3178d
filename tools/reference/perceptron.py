#!/usr/bin/env python3
"""Reference fits of scikit-learn 1.2.1's Perceptron for the Stepwise engine tests.

    /usr/bin/python3 tools/reference/perceptron.py

Writes algorithms/src/test/resources/org/stepwise/algo/linear/perceptron_<case>.json, each with
the data fitted (x, y, classes) and, for every max_iter of the case, the fit of

    Perceptron(shuffle=False, tol=None, eta0=eta0, max_iter=max_iter,
               fit_intercept=fit_intercept).fit(x, y)

its coef_, intercept_, n_iter_ and score(x, y) ("fits", keyed "max_iter_<m>" for each m in
"max_iters"). With tol=None scikit-learn runs every one of the max_iter epochs; on separable
data the coefficients stop changing after the first epoch without a mistake, and "stable_from"
records the smallest max_iter whose coefficients equal those of the largest one (absent when
they may still change), so the engine, which stops after that mistake-free epoch, can be checked to have
stopped at epoch stable_from + 1.

Cases: two separable Gaussian blobs (eta0 1 and 0.1, with and without an intercept), XOR and
moons (not linearly separable, several max_iter), Iris as given (3 classes, one-vs-rest) and
Iris's two features sepal length and width (setosa against the rest is separable, the others
are not).
"""
import json
import os
import warnings

import numpy as np
import sklearn
from sklearn.datasets import load_iris, make_blobs, make_moons
from sklearn.linear_model import Perceptron

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "algorithms", "src", "test",
                   "resources", "org", "stepwise", "algo", "linear")


def blobs():
    x, y = make_blobs(n_samples=100, centers=[[-2.0, -1.0], [2.0, 1.0]], cluster_std=1.2, random_state=2)
    return x, y, ["class 0", "class 1"], "make_blobs(n_samples=100, centers=[[-2, -1], [2, 1]], cluster_std=1.2, random_state=2)"


def xor():
    rng = np.random.RandomState(0)
    x = rng.uniform(-1, 1, size=(40, 2))
    y = (x[:, 0] * x[:, 1] > 0).astype(int)
    return x, y, ["class 0", "class 1"], "x = RandomState(0).uniform(-1, 1, (40, 2)); y = (x1 * x2 > 0)"


def moons():
    x, y = make_moons(n_samples=100, noise=0.2, random_state=0)
    return x, y, ["class 0", "class 1"], "make_moons(n_samples=100, noise=0.2, random_state=0)"


def iris():
    data = load_iris()
    return data.data, data.target, [str(n) for n in data.target_names], "load_iris()"


def iris_sepals():
    data = load_iris()
    return data.data[:, :2], data.target, [str(n) for n in data.target_names], "load_iris().data[:, :2]"


CASES = {
    # name: (data, eta0, fit_intercept, max_iters)
    "blobs_eta1": (blobs, 1.0, True, [1, 2, 3, 50]),
    "blobs_eta0.1": (blobs, 0.1, True, [1, 50]),
    "blobs_no_intercept": (blobs, 1.0, False, [1, 50]),
    "xor": (xor, 1.0, True, [1, 2, 3, 7, 20]),
    "moons": (moons, 0.5, True, [1, 5, 10]),
    "iris": (iris, 1.0, True, [1, 5, 50]),
    "iris_sepals": (iris_sepals, 1.0, True, [1, 10, 100]),
}


def fit(x, y, eta0, fit_intercept, max_iter):
    model = Perceptron(shuffle=False, tol=None, eta0=eta0, max_iter=max_iter, fit_intercept=fit_intercept)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        model.fit(x, y)
    return model


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, (make, eta0, fit_intercept, max_iters) in CASES.items():
        x, y, classes, source = make()
        fits = {}
        for max_iter in max_iters:
            model = fit(x, y, eta0, fit_intercept, max_iter)
            fits["max_iter_%d" % max_iter] = {
                "call": "Perceptron(shuffle=False, tol=None, eta0=%r, max_iter=%d, fit_intercept=%r)"
                        % (eta0, max_iter, fit_intercept),
                "max_iter": max_iter,
                "coef": model.coef_.tolist(),
                "intercept": model.intercept_.tolist(),
                "n_iter": int(model.n_iter_),
                "accuracy": float(model.score(x, y)),
            }
        final = fit(x, y, eta0, fit_intercept, max(max_iters))
        stable_from = None
        for m in range(1, max(max_iters) + 1):
            model = fit(x, y, eta0, fit_intercept, m)
            if np.array_equal(model.coef_, final.coef_) and np.array_equal(model.intercept_, final.intercept_):
                stable_from = m
                break
        if stable_from == max(max_iters):
            stable_from = None  # equal only because it is the same fit: it may still be changing
        fixture = {
            "sklearn_version": sklearn.__version__,
            "source": source,
            "eta0": eta0,
            "fit_intercept": fit_intercept,
            "fit_intercept_text": str(fit_intercept),
            "max_iters": max_iters,
            "fits": fits,
            "classes": classes,
            "x": np.asarray(x, dtype=float).tolist(),
            "y": np.asarray(y, dtype=int).tolist(),
        }
        if stable_from is not None:
            fixture["stable_from"] = stable_from
        with open(os.path.join(OUT, "perceptron_" + name + ".json"), "w") as handle:
            json.dump(fixture, handle)
        print("%s: stable from max_iter %s; accuracy %s" % (name, stable_from, [f["accuracy"] for f in fits.values()]))


if __name__ == "__main__":
    main()
