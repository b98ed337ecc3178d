#!/usr/bin/env python3
"""Reference values of scikit-learn 1.2.1's probability calibration for the calibration lesson
(org.stepwise.algo.evaluation: PlattScaling, IsotonicCalibration, Calibration).

    /usr/bin/python3 tools/reference/calibration.py

Writes algorithms/src/test/resources/org/stepwise/algo/evaluation/calibration_<case>.json, each with
the held-out scores (probability of class 1) and labels y of one case, and:

- sigmoid_a, sigmoid_b: sklearn.calibration._sigmoid_calibration(scores, y) (BFGS, gtol 1e-5);
  optimum_a, optimum_b: the same objective's optimum to a gradient below 1e-12 (Newton here), which
  BFGS's answer approaches; sigmoid_prob: 1 / (1 + exp(a * s + b)) with scikit-learn's a, b;
- isotonic_fit: IsotonicRegression(out_of_bounds="clip").fit(scores, y).predict(scores) and its
  X_thresholds_, y_thresholds_;
- calibration_curve(y, p, n_bins=10, strategy=uniform | quantile) of the raw scores;
- brier_score_loss and log_loss of the raw, sigmoid- and isotonic-calibrated probabilities.

Cases: "naive_bayes" (GaussianNB on breast cancer, over-confident), "forest" (a random forest on
noisy moons, under-confident), "ties" (scores rounded to 2 decimals: isotonic's equal scores merged).
"""
import json
import os

import numpy as np
import sklearn
from scipy.special import expit
from sklearn.calibration import _sigmoid_calibration, calibration_curve
from sklearn.datasets import load_breast_cancer, make_moons
from sklearn.ensemble import RandomForestClassifier
from sklearn.isotonic import IsotonicRegression
from sklearn.metrics import brier_score_loss, log_loss
from sklearn.model_selection import train_test_split
from sklearn.naive_bayes import GaussianNB

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "algorithms", "src", "test",
                   "resources", "org", "stepwise", "algo", "evaluation")


def floats(a):
    return [float(v) for v in np.asarray(a, dtype=float).ravel()]


def optimum(scores, y):
    """Platt's objective minimised by Newton's method to a gradient below 1e-12."""
    n1 = float(np.sum(y > 0))
    n0 = len(y) - n1
    t = np.where(y > 0, (n1 + 1) / (n1 + 2), 1 / (n0 + 2))
    ab = np.array([0.0, np.log((n0 + 1) / (n1 + 1))])
    for _ in range(100):
        p = expit(-(ab[0] * scores + ab[1]))
        g = np.array([np.dot(t - p, scores), np.sum(t - p)])
        if np.max(np.abs(g)) < 1e-12:
            break
        w = p * (1 - p)
        h = np.array([[np.dot(w, scores * scores), np.dot(w, scores)], [np.dot(w, scores), np.sum(w)]])
        ab = ab - np.linalg.solve(h, g)
    return ab


def case(scores, y):
    scores = np.asarray(scores, dtype=float)
    y = np.asarray(y, dtype=int)
    a, b = _sigmoid_calibration(scores, y)
    best = optimum(scores, y)
    sigmoid = expit(-(a * scores + b))
    iso = IsotonicRegression(out_of_bounds="clip").fit(scores, y)
    fitted = iso.predict(scores)
    out = {"scores": floats(scores), "y": [int(v) for v in y], "sigmoid_a": float(a), "sigmoid_b": float(b),
           "optimum_a": float(best[0]), "optimum_b": float(best[1]), "sigmoid_prob": floats(sigmoid),
           "isotonic_fit": floats(fitted), "x_thresholds": floats(iso.X_thresholds_),
           "y_thresholds": floats(iso.y_thresholds_)}
    for strategy in ("uniform", "quantile"):
        prob_true, prob_pred = calibration_curve(y, scores, n_bins=10, strategy=strategy)
        out["prob_true_" + strategy] = floats(prob_true)
        out["prob_pred_" + strategy] = floats(prob_pred)
    for name, p in (("raw", scores), ("sigmoid", sigmoid), ("isotonic", fitted)):
        out["brier_score_" + name] = float(brier_score_loss(y, p))
        out["log_loss_" + name] = float(log_loss(y, p))
    return out


def held_out(model, X, y):
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, stratify=y, random_state=0)
    return model.fit(X_train, y_train).predict_proba(X_test)[:, 1], y_test


def main():
    assert sklearn.__version__ == "1.2.1", sklearn.__version__
    X, y = load_breast_cancer(return_X_y=True)
    nb_scores, nb_y = held_out(GaussianNB(), X, y)
    # Scores within 1e-15 of each other are one point to scikit-learn's _make_unique but two to
    # np.unique, which sizes its output: keep such near-ties (at 1 - 1e-16) out of the fixture.
    nb_scores = np.round(nb_scores, 12)
    X, y = make_moons(300, noise=0.3, random_state=1)
    rf_scores, rf_y = held_out(RandomForestClassifier(n_estimators=50, random_state=0), X, y)
    rng = np.random.default_rng(3)
    tie_scores = np.round(rng.beta(2, 2, 120), 2)
    tie_y = (rng.random(120) < tie_scores ** 2).astype(int)
    for name, (s, t) in {"naive_bayes": (nb_scores, nb_y), "forest": (rf_scores, rf_y),
                         "ties": (tie_scores, tie_y)}.items():
        out = case(s, t)
        print(name, "BFGS - optimum:", out["sigmoid_a"] - out["optimum_a"], out["sigmoid_b"] - out["optimum_b"],
              "brier", out["brier_score_raw"], "->", out["brier_score_sigmoid"], out["brier_score_isotonic"])
        with open(os.path.join(OUT, "calibration_" + name + ".json"), "w") as f:
            json.dump(out, f)


if __name__ == "__main__":
    main()
