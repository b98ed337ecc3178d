#!/usr/bin/env python3
"""Reference epochs of scikit-learn 1.2.1's MLPClassifier and MLPRegressor (solver "sgd",
momentum 0, shuffle off) for the tests of org.stepwise.algo.neural.

    /usr/bin/python3 tools/reference/mlp.py

Writes algorithms/src/test/resources/org/stepwise/algo/neural/mlp_sgd_epoch.json: a list of
"cases", each with the data (x; y as the network's targets: one column 0/1 for binary, one-hot
for several classes, the value for regression), the settings, the weights after a first
partial_fit (coefs_before, intercepts_before: the common start), and after one more
partial_fit(x, y) (coefs_after, intercepts_after, loss: that epoch's loss_). From the same start,
one epoch of mini-batch gradient descent in the data's order must give the same weights:

    MLP*(hidden_layer_sizes=(6, 4), activation=a, solver="sgd", momentum=0, shuffle=False,
         alpha=alpha, batch_size=batch, learning_rate_init=rate, random_state=0)

Cases: tanh, relu and logistic hidden layers, each for binary classification (moons, one
logistic output unit), multiclass (Iris standardized, softmax) and regression (a noisy sine,
identity output, squared loss / 2). The batch size does not divide the rows, so the short last
batch is checked too (its L2 term is alpha * ||W||^2 / (2 * its own size)).
"""
import json
import os
import warnings

import numpy as np
import sklearn
from sklearn.datasets import load_iris, make_moons
from sklearn.exceptions import ConvergenceWarning
from sklearn.neural_network import MLPClassifier, MLPRegressor
from sklearn.preprocessing import StandardScaler

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "algorithms", "src", "test",
                   "resources", "org", "stepwise", "algo", "neural")


def problems():
    moons_x, moons_y = make_moons(n_samples=70, noise=0.2, random_state=3)
    iris = load_iris()
    iris_x = StandardScaler().fit_transform(iris.data)
    rng = np.random.RandomState(5)
    sine_x = rng.uniform(-3, 3, size=(60, 1))
    sine_y = np.sin(sine_x[:, 0]) + 0.1 * rng.randn(60)
    return [
        ("binary", "make_moons(n_samples=70, noise=0.2, random_state=3)", moons_x, moons_y, MLPClassifier),
        ("multiclass", "load_iris(), standardized", iris_x, iris.target, MLPClassifier),
        ("regression", "sin(x) + 0.1 N(0, 1), x ~ U(-3, 3), 60 points, RandomState(5)", sine_x, sine_y, MLPRegressor),
    ]


def targets(model, y):
    if isinstance(model, MLPRegressor):
        return np.asarray(y, dtype=float).reshape(-1, 1)
    return model._label_binarizer.transform(y).astype(float)


def case(kind, source, x, y, make, activation):
    settings = dict(hidden_layer_sizes=(6, 4), activation=activation, solver="sgd", momentum=0.0, shuffle=False,
                    alpha=0.01, batch_size=16, learning_rate_init=0.1, random_state=0)
    model = make(**settings)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        if make is MLPClassifier:
            model.partial_fit(x, y, classes=np.unique(y))
        else:
            model.partial_fit(x, y)
        before = ([c.tolist() for c in model.coefs_], [b.tolist() for b in model.intercepts_])
        model.partial_fit(x, y)
    return {
        "name": f"{kind}_{activation}",
        "kind": kind,
        "data": source,
        "activation": activation,
        "out_activation": model.out_activation_,
        "alpha": settings["alpha"],
        "batch_size": settings["batch_size"],
        "learning_rate": settings["learning_rate_init"],
        "hidden": list(settings["hidden_layer_sizes"]),
        "x": np.asarray(x, dtype=float).tolist(),
        "y": targets(model, y).tolist(),
        "coefs_before": before[0],
        "intercepts_before": before[1],
        "coefs_after": [c.tolist() for c in model.coefs_],
        "intercepts_after": [b.tolist() for b in model.intercepts_],
        "loss": model.loss_,
    }


def main():
    cases = [case(kind, source, x, y, make, activation)
             for kind, source, x, y, make in problems()
             for activation in ("tanh", "relu", "logistic")]
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, "mlp_sgd_epoch.json")
    with open(path, "w") as handle:
        json.dump({"sklearn_version": sklearn.__version__, "cases": cases}, handle)
    print(f"wrote {len(cases)} cases to {os.path.normpath(path)}")


if __name__ == "__main__":
    main()
