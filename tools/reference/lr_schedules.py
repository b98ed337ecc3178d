#!/usr/bin/env python3
"""Reference epochs of scikit-learn 1.2.1's MLPClassifier at a constant learning rate, for the
tests of the learning-rate schedules lesson (org.stepwise.algo.neural.schedules): under the
constant schedule its mini-batches, one a step, must be partial_fit's epoch.

    /usr/bin/python3 tools/reference/lr_schedules.py

Writes algorithms/src/test/resources/org/stepwise/algo/neural/schedules/lr_schedules_epoch.json:
a list of "cases", each with the data (x; labels), the settings, the weights after a first
partial_fit (coefs_before, intercepts_before: the common start) and after a second one (one
epoch from there: coefs_after, intercepts_after, loss, the epoch's loss_).

    MLPClassifier(hidden_layer_sizes=hidden, activation="tanh", solver="sgd", momentum=0,
                  shuffle=False, alpha=0, batch_size=16, learning_rate_init=rate, random_state=0)

Cases: make_circles (two classes: one logistic output) with (16, 16) and three blobs (softmax)
with (8,); 100 and 90 rows, so the last batch of the epoch is shorter (4 and 10 rows).
"""
import json
import os

import numpy as np
import sklearn
from sklearn.datasets import make_blobs, make_circles
from sklearn.neural_network import MLPClassifier

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "algorithms", "src", "test",
                   "resources", "org", "stepwise", "algo", "neural", "schedules")


def case(name, source, x, y, hidden, rate):
    model = MLPClassifier(hidden_layer_sizes=hidden, activation="tanh", solver="sgd", momentum=0.0, shuffle=False,
                          alpha=0.0, batch_size=16, learning_rate_init=rate, random_state=0)
    model.partial_fit(x, y, classes=np.unique(y))
    before = ([c.tolist() for c in model.coefs_], [b.tolist() for b in model.intercepts_])
    model.partial_fit(x, y)
    return {
        "name": name,
        "data": source,
        "hidden": list(hidden),
        "batch_size": 16,
        "learning_rate": rate,
        "x": np.asarray(x, dtype=float).tolist(),
        "labels": [int(v) for v in y],
        "coefs_before": before[0],
        "intercepts_before": before[1],
        "loss": float(model.loss_),
        "coefs_after": [c.tolist() for c in model.coefs_],
        "intercepts_after": [b.tolist() for b in model.intercepts_],
    }


def main():
    circles_x, circles_y = make_circles(n_samples=100, noise=0.1, factor=0.5, random_state=1)
    blobs_x, blobs_y = make_blobs(n_samples=90, centers=3, cluster_std=1.0, random_state=2)
    cases = [
        case("circles_16_16", "make_circles(n_samples=100, noise=0.1, factor=0.5, random_state=1)",
             circles_x, circles_y, (16, 16), 0.3),
        case("blobs_8", "make_blobs(n_samples=90, centers=3, cluster_std=1.0, random_state=2)",
             blobs_x, blobs_y, (8,), 0.05),
    ]
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, "lr_schedules_epoch.json")
    with open(path, "w") as handle:
        json.dump({"sklearn_version": sklearn.__version__, "cases": cases}, handle)
    for c in cases:
        print(c["name"], "loss", c["loss"])
    print(f"wrote {len(cases)} cases to {os.path.normpath(path)}")


if __name__ == "__main__":
    main()
