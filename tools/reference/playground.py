#!/usr/bin/env python3
"""Reference runs of scikit-learn 1.2.1's MLPClassifier, trained to its stopping rule, for the
tests of the network playground (org.stepwise.algo.neural.playground).

    /usr/bin/python3 tools/reference/playground.py

Writes algorithms/src/test/resources/org/stepwise/algo/neural/playground/playground_fit.json: a
list of "cases", each with the data (x; labels), the settings, the weights after a first
partial_fit (coefs_before, intercepts_before: the common start), and after fit continued from
there (warm_start, loss curve, best loss and no-improvement count reset, as a fresh fit has them):
loss_curve, n_iter, coefs_after, intercepts_after and score (accuracy on x).

    MLPClassifier(hidden_layer_sizes=hidden, activation=a, solver="sgd", momentum=0, shuffle=False,
                  alpha=alpha, batch_size=10, learning_rate_init=rate, max_iter=max_iter,
                  tol=1e-4, n_iter_no_change=10, warm_start=True, random_state=0)

Cases: make_circles (two classes: one logistic output) with tanh (4, 2) and L2 alpha 0.001, and
three blobs (softmax) with relu (8,).
"""
import json
import os
import warnings

import numpy as np
import sklearn
from sklearn.datasets import make_blobs, make_circles
from sklearn.exceptions import ConvergenceWarning
from sklearn.neural_network import MLPClassifier

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "algorithms", "src", "test",
                   "resources", "org", "stepwise", "algo", "neural", "playground")


def case(name, source, x, y, hidden, activation, alpha, rate, max_iter):
    settings = dict(hidden_layer_sizes=hidden, activation=activation, solver="sgd", momentum=0.0, shuffle=False,
                    alpha=alpha, batch_size=10, learning_rate_init=rate, max_iter=max_iter, tol=1e-4,
                    n_iter_no_change=10, warm_start=True, random_state=0)
    model = MLPClassifier(**settings)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        model.partial_fit(x, y, classes=np.unique(y))
        before = ([c.tolist() for c in model.coefs_], [b.tolist() for b in model.intercepts_])
        model.loss_curve_ = []
        model.best_loss_ = np.inf
        model._no_improvement_count = 0
        model.n_iter_ = 0
        model.t_ = 0
        model.fit(x, y)
    return {
        "name": name,
        "data": source,
        "activation": activation,
        "hidden": list(hidden),
        "alpha": alpha,
        "batch_size": 10,
        "learning_rate": rate,
        "max_iter": max_iter,
        "x": np.asarray(x, dtype=float).tolist(),
        "labels": [int(v) for v in y],
        "coefs_before": before[0],
        "intercepts_before": before[1],
        "loss_curve": [float(v) for v in model.loss_curve_],
        "n_iter": int(model.n_iter_),
        "coefs_after": [c.tolist() for c in model.coefs_],
        "intercepts_after": [b.tolist() for b in model.intercepts_],
        "score": float(model.score(x, y)),
    }


def main():
    circles_x, circles_y = make_circles(n_samples=100, noise=0.1, factor=0.5, random_state=1)
    blobs_x, blobs_y = make_blobs(n_samples=90, centers=3, cluster_std=1.0, random_state=2)
    cases = [
        case("circles_tanh_4_2_l2", "make_circles(n_samples=100, noise=0.1, factor=0.5, random_state=1)",
             circles_x, circles_y, (4, 2), "tanh", 0.001, 0.1, 3000),
        case("blobs_relu_8", "make_blobs(n_samples=90, centers=3, cluster_std=1.0, random_state=2)",
             blobs_x, blobs_y, (8,), "relu", 0.0, 0.01, 3000),
    ]
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, "playground_fit.json")
    with open(path, "w") as handle:
        json.dump({"sklearn_version": sklearn.__version__, "cases": cases}, handle)
    for c in cases:
        print(c["name"], "n_iter", c["n_iter"], "score", c["score"], "loss", c["loss_curve"][-1])
    print(f"wrote {len(cases)} cases to {os.path.normpath(path)}")


if __name__ == "__main__":
    main()
