#!/usr/bin/env python3
"""Reference values for the deep-regularization lesson (org.stepwise.algo.neural.regularization).

    /usr/bin/python3 tools/reference/deep_regularization.py

Writes algorithms/src/test/resources/org/stepwise/algo/neural/regularization/deep_regularization.json:

- "early_stopping": scikit-learn 1.2.1's MLPClassifier with early stopping,

      MLPClassifier(hidden_layer_sizes=(16, 16), activation="relu", solver="adam", alpha=0,
                    batch_size="auto", learning_rate_init=0.01, shuffle=False, early_stopping=True,
                    validation_fraction=0.3, n_iter_no_change=10, tol=1e-4, max_iter=300, random_state=0)

  on make_moons(60, noise=0.3, random_state=0), with the rows its train_test_split set aside
  (x_train, y_train in its order; x_val, y_val), the starting weights its _init_coef drew
  (coefs_start, intercepts_start; both captured by wrapping those functions), and what it fitted:
  loss_curve, validation_scores, n_iter, best_epoch (1-based, the first epoch of the best score),
  best_validation_score, and the weights it kept (coefs_best, intercepts_best).
- "batchnorm": the running statistics of PyTorch's BatchNorm1d (momentum 0.1, running variance
  from the unbiased batch variance, eps 1e-5, gamma 1, beta 0) after one full-batch training pass
  of the same rows through Dense -> BatchNorm -> ReLU layers with those starting weights, computed
  with numpy (running_mean, running_var: one row per hidden layer).
"""
import json
import os

import numpy as np
import sklearn
import sklearn.neural_network._multilayer_perceptron as mlp
from sklearn.datasets import make_moons
from sklearn.neural_network import MLPClassifier

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "algorithms", "src", "test",
                   "resources", "org", "stepwise", "algo", "neural", "regularization")


def early_stopping_case(x, y):
    captured = {"split": None, "init": []}
    original_split = mlp.train_test_split
    original_init = MLPClassifier._init_coef

    def recording_split(*arrays, **options):
        parts = original_split(*arrays, **options)
        captured["split"] = parts
        return parts

    def recording_init(self, fan_in, fan_out, dtype):
        coef, intercept = original_init(self, fan_in, fan_out, dtype)
        captured["init"].append((coef.copy(), intercept.copy()))
        return coef, intercept

    mlp.train_test_split = recording_split
    MLPClassifier._init_coef = recording_init
    try:
        model = MLPClassifier(hidden_layer_sizes=(16, 16), activation="relu", solver="adam", alpha=0.0,
                              batch_size="auto", learning_rate_init=0.01, shuffle=False, early_stopping=True,
                              validation_fraction=0.3, n_iter_no_change=10, tol=1e-4, max_iter=300, random_state=0)
        model.fit(x, y)
    finally:
        mlp.train_test_split = original_split
        MLPClassifier._init_coef = original_init
    x_train, x_val, y_train, y_val = captured["split"]
    scores = [float(s) for s in model.validation_scores_]
    return {
        "hidden": [16, 16],
        "learning_rate": 0.01,
        "validation_fraction": 0.3,
        "n_iter_no_change": 10,
        "tol": 1e-4,
        "max_iter": 300,
        "x_train": x_train.tolist(),
        "y_train": [int(v) for v in np.asarray(y_train).ravel()],
        "x_val": x_val.tolist(),
        "y_val": [int(v) for v in np.asarray(y_val).ravel()],
        "coefs_start": [c.tolist() for c, _ in captured["init"]],
        "intercepts_start": [b.tolist() for _, b in captured["init"]],
        "loss_curve": [float(v) for v in model.loss_curve_],
        "validation_scores": scores,
        "n_iter": int(model.n_iter_),
        "best_epoch": int(np.argmax(scores)) + 1,
        "best_validation_score": float(model.best_validation_score_),
        "coefs_best": [c.tolist() for c in model.coefs_],
        "intercepts_best": [b.tolist() for b in model.intercepts_],
    }, captured["init"], x_train


def batchnorm_case(init, x_train):
    """One full-batch training-mode forward pass: each layer's running statistics afterwards."""
    momentum, eps = 0.1, 1e-5
    a = np.asarray(x_train, dtype=float)
    means, variances = [], []
    for coef, intercept in init[:-1]:
        z = a @ coef + intercept
        mean = z.mean(axis=0)
        biased = z.var(axis=0)
        unbiased = z.var(axis=0, ddof=1)
        means.append(((1 - momentum) * 0 + momentum * mean).tolist())
        variances.append(((1 - momentum) * 1 + momentum * unbiased).tolist())
        a = np.maximum((z - mean) / np.sqrt(biased + eps), 0)
    return {"momentum": momentum, "running_mean": means, "running_var": variances}


def main():
    x, y = make_moons(n_samples=60, noise=0.3, random_state=0)
    stopping, init, x_train = early_stopping_case(x, y)
    fixture = {
        "generated_by": "tools/reference/deep_regularization.py with scikit-learn " + sklearn.__version__,
        "data": "make_moons(n_samples=60, noise=0.3, random_state=0)",
        "early_stopping": stopping,
        "batchnorm": batchnorm_case(init, x_train),
    }
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, "deep_regularization.json")
    with open(path, "w") as out:
        json.dump(fixture, out, indent=1)
    print("wrote", os.path.normpath(path), "- n_iter", stopping["n_iter"], "best epoch", stopping["best_epoch"],
          "scores", stopping["validation_scores"][:15])


if __name__ == "__main__":
    main()
