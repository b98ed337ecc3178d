#!/usr/bin/env python3
"""One update of scikit-learn 1.2.1's MLPRegressor / MLPClassifier on one example, from given
weights, for the tests of the backprop lesson (org.stepwise.algo.neural.backprop).

    /usr/bin/python3 tools/reference/backprop.py

Writes algorithms/src/test/resources/org/stepwise/algo/neural/backprop/backprop_partial_fit.json:
a list of "cases", each with the lesson's parameters (example inputs and targets, hidden layout,
activation, output, loss, learning rate), the starting weights "start" in the neural module's
layout (per layer W inputs x outputs row-major, then b), the weights "after" one

    MLP*(hidden_layer_sizes=h, activation=a, solver="sgd", momentum=0, alpha=0, batch_size=1,
         learning_rate_init=eta, learning_rate="constant").partial_fit(x, y)

from those weights, and scikit-learn's "loss" (its loss_ for that call, before the update; for
the regressor the squared error's mean over the outputs, halved).
The start is written into the arrays in place after a first partial_fit has created them (the SGD
optimizer holds references to those arrays).
"""
import json
import os
import warnings

import numpy as np
import sklearn
from sklearn.exceptions import ConvergenceWarning
from sklearn.neural_network import MLPClassifier, MLPRegressor

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "algorithms", "src", "test",
                   "resources", "org", "stepwise", "algo", "neural", "backprop")

SKLEARN_ACTIVATION = {"sigmoid": "logistic", "tanh": "tanh", "relu": "relu", "linear": "identity"}

CASES = [
    # name, example, x, targets, hidden, activation, output, loss, eta
    ("regressor 2-2-1 tanh", "two", [0.5, -1.0], [1.0], (2,), "tanh", "linear", "squared", 0.1),
    ("regressor 3-4-4-2 relu", "three", [0.5, -1.0, 0.25], [1.0, 0.0], (4, 4), "relu", "linear", "squared", 0.05),
    ("regressor 3-3-2 sigmoid", "three", [0.9, 0.2, -0.7], [0.3, -0.4], (3,), "sigmoid", "linear", "squared", 0.5),
    ("classifier 2-2-1 logistic", "two", [0.05, 0.1], [1.0], (2,), "sigmoid", "sigmoid", "log", 0.5),
    ("classifier 2-3-2-1 tanh", "two", [-1.5, 2.0], [0.0], (3, 2), "tanh", "sigmoid", "log", 0.3),
]


def flat(coefs, intercepts):
    values = []
    for w, b in zip(coefs, intercepts):
        values.extend(np.asarray(w, dtype=float).ravel().tolist())
        values.extend(np.asarray(b, dtype=float).ravel().tolist())
    return values


def case(name, example, x, targets, hidden, activation, output, loss, eta, rng):
    settings = dict(hidden_layer_sizes=hidden, activation=SKLEARN_ACTIVATION[activation], solver="sgd",
                    momentum=0.0, alpha=0.0, batch_size=1, learning_rate_init=eta, learning_rate="constant",
                    shuffle=False, random_state=0)
    X = np.array([x], dtype=float)
    if loss == "log":
        model = MLPClassifier(**settings)
        y = np.array([int(targets[0])])
        model.partial_fit(X, y, classes=[0, 1])
    else:
        model = MLPRegressor(**settings)
        y = np.array(targets if len(targets) > 1 else targets[0], dtype=float).reshape(1, -1)
        y = y.ravel() if len(targets) == 1 else y
        model.partial_fit(X, y)
    for w in model.coefs_ + model.intercepts_:
        w[...] = rng.uniform(-1, 1, size=w.shape)
    start = flat(model.coefs_, model.intercepts_)
    model.partial_fit(X, y)
    return {
        "name": name, "example": example, "x": x, "targets": targets,
        "hidden": ",".join(str(h) for h in hidden), "activation": activation, "output": output, "loss": loss,
        "learningRate": eta, "start": start, "after": flat(model.coefs_, model.intercepts_),
        "sklearn_loss": float(model.loss_),
    }


def main():
    warnings.simplefilter("ignore", ConvergenceWarning)
    rng = np.random.RandomState(7)
    cases = [case(*c, rng) for c in CASES]
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, "backprop_partial_fit.json")
    with open(path, "w") as f:
        json.dump({"sklearn": sklearn.__version__, "cases": cases}, f, indent=1)
    print("wrote", os.path.relpath(path), len(cases), "cases")


if __name__ == "__main__":
    main()
