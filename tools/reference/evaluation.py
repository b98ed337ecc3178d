#!/usr/bin/env python3
"""Reference values of scikit-learn 1.2.1's sklearn.metrics and sklearn.model_selection for the
Stepwise metrics library (org.stepwise.algo.evaluation).

    /usr/bin/python3 tools/reference/evaluation.py

Writes algorithms/src/test/resources/org/stepwise/algo/evaluation/:

- classification_<case>.json: y_true, y_pred, proba (n x K) and, for two classes, score (the
  probability of class 1, rounded to 2 decimals so that scores tie); the confusion matrix;
  accuracy, balanced accuracy; precision, recall, F1, F0.5, F2 per class (average=None) and
  averaged (micro, macro, weighted, and binary for two classes), all with labels=range(K);
  specificity per class (tn / (tn + fp) from multilabel_confusion_matrix) and averaged as
  scikit-learn averages recall; MCC, Cohen's kappa, log loss; Brier score (binary) and the
  one-vs-rest Brier score per class; roc_curve with drop_intermediate True and False, roc_auc,
  precision_recall_curve, average_precision (binary: score; more classes: class 0's column),
  one-vs-rest roc_auc macro and weighted (more classes), calibration_curve uniform and quantile.
  Case "degenerate" predicts one class only, so precision of the others divides by 0
  (zero_division="warn" -> 0.0) and MCC's denominator is 0; its warnings are recorded.
- regression_<case>.json: y_true, y_pred and MSE, RMSE, MAE, median AE, R2, explained variance, MAPE.
- splits.json: fold indices of the deterministic splitters.
"""
import json
import os
import warnings

import numpy as np
import sklearn
from sklearn import metrics
from sklearn.calibration import calibration_curve
from sklearn.model_selection import GroupKFold, KFold, LeaveOneOut, StratifiedKFold, TimeSeriesSplit

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "algorithms", "src", "test",
                   "resources", "org", "stepwise", "algo", "evaluation")


def floats(a):
    return [float(v) for v in np.asarray(a, dtype=float).ravel()]


def classification(y, y_pred, proba, score):
    k = proba.shape[1]
    labels = list(range(k))
    out = {"classes": k, "y_true": [int(v) for v in y], "y_pred": [int(v) for v in y_pred],
           "proba": [floats(r) for r in proba]}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out["confusion_matrix"] = metrics.confusion_matrix(y, y_pred, labels=labels).tolist()
        out["accuracy"] = metrics.accuracy_score(y, y_pred)
        out["balanced_accuracy"] = metrics.balanced_accuracy_score(y, y_pred)
        averages = [None, "micro", "macro", "weighted"] + (["binary"] if k == 2 else [])
        for avg in averages:
            key = avg or "per_class"
            out["precision_" + key] = floats(metrics.precision_score(y, y_pred, labels=labels, average=avg))
            out["recall_" + key] = floats(metrics.recall_score(y, y_pred, labels=labels, average=avg))
            out["f1_" + key] = floats(metrics.f1_score(y, y_pred, labels=labels, average=avg))
            for beta in (0.5, 2.0):
                out["fbeta%s_%s" % (beta, key)] = floats(metrics.fbeta_score(y, y_pred, beta=beta, labels=labels,
                                                                            average=avg))
        mcm = metrics.multilabel_confusion_matrix(y, y_pred, labels=labels)
        tn, fp = mcm[:, 0, 0].astype(float), mcm[:, 0, 1].astype(float)
        spec = np.where(tn + fp > 0, tn / np.where(tn + fp > 0, tn + fp, 1), 0.0)
        support = mcm[:, 1, 0] + mcm[:, 1, 1]
        out["specificity_per_class"] = floats(spec)
        out["specificity_macro"] = float(np.average(spec))
        out["specificity_weighted"] = float(np.average(spec, weights=support))
        out["specificity_micro"] = float(tn.sum() / (tn.sum() + fp.sum()))
        if k == 2:
            out["specificity_binary"] = metrics.recall_score(y, y_pred, pos_label=0)
        out["matthews_corrcoef"] = metrics.matthews_corrcoef(y, y_pred)
        out["cohen_kappa"] = float(metrics.cohen_kappa_score(y, y_pred))
        out["log_loss"] = metrics.log_loss(y, proba, labels=labels)
        out["brier_per_class"] = [metrics.brier_score_loss(y == c, proba[:, c]) for c in labels]
        if k == 2:
            out["log_loss_binary"] = metrics.log_loss(y, proba[:, 1])
            out["brier_score"] = metrics.brier_score_loss(y, proba[:, 1])
        positive = (y == 1) if k == 2 else (y == 0)
        s = score if k == 2 else proba[:, 0]
        out["score"] = floats(s)
        out["curve_positive_class"] = 1 if k == 2 else 0
        if positive.any() and not positive.all():
            for drop in (True, False):
                fpr, tpr, thr = metrics.roc_curve(positive, s, drop_intermediate=drop)
                out["roc_drop_%s" % str(drop).lower()] = {"fpr": floats(fpr), "tpr": floats(tpr), "thresholds": floats(thr)}
            out["roc_auc"] = metrics.roc_auc_score(positive, s)
            p, r, thr = metrics.precision_recall_curve(positive, s)
            out["pr_curve"] = {"precision": floats(p), "recall": floats(r), "thresholds": floats(thr)}
            out["average_precision"] = metrics.average_precision_score(positive, s)
        if k > 2:
            out["roc_auc_ovr_macro"] = metrics.roc_auc_score(y, proba, multi_class="ovr", average="macro", labels=labels)
            out["roc_auc_ovr_weighted"] = metrics.roc_auc_score(y, proba, multi_class="ovr", average="weighted",
                                                                labels=labels)
        if positive.any() and not positive.all():
            for strategy in ("uniform", "quantile"):
                for bins in (5, 10):
                    t, p = calibration_curve(positive, np.clip(s, 0, 1), n_bins=bins, strategy=strategy)
                    out["calibration_%s_%d" % (strategy, bins)] = {"prob_true": floats(t), "prob_pred": floats(p)}
    out["warnings"] = sorted({str(w.message).split(".")[0] for w in caught})
    return out


def regression(y, y_pred):
    return {"y_true": floats(y), "y_pred": floats(y_pred),
            "mse": metrics.mean_squared_error(y, y_pred),
            "rmse": metrics.mean_squared_error(y, y_pred, squared=False),
            "mae": metrics.mean_absolute_error(y, y_pred),
            "median_absolute_error": metrics.median_absolute_error(y, y_pred),
            "r2": metrics.r2_score(y, y_pred),
            "explained_variance": metrics.explained_variance_score(y, y_pred),
            "mape": metrics.mean_absolute_percentage_error(y, y_pred)}


def folds(splitter, *args):
    return [{"train": [int(i) for i in tr], "test": [int(i) for i in te]} for tr, te in splitter.split(*args)]


def write(name, data):
    with open(os.path.join(OUT, name + ".json"), "w") as f:
        json.dump(data, f)
        f.write("\n")


def main():
    os.makedirs(OUT, exist_ok=True)
    rng = np.random.default_rng(25)

    # Binary: logistic scores of a noisy linear signal, rounded to 2 decimals (ties).
    n = 240
    y = (rng.random(n) < 0.4).astype(int)
    logit = 1.6 * (2 * y - 1) + rng.normal(0, 1.5, n)
    p1 = np.round(1 / (1 + np.exp(-logit)), 2)
    proba = np.column_stack([1 - p1, p1])
    write("classification_binary", classification(y, (p1 >= 0.5).astype(int), proba, p1))

    # Three classes, Dirichlet probabilities leaning to the true class; predictions by argmax.
    n = 180
    y = rng.integers(0, 3, n)
    alpha = np.ones((n, 3)) + 2.5 * np.eye(3)[y]
    proba = np.array([rng.dirichlet(a) for a in alpha])
    write("classification_three", classification(y, proba.argmax(axis=1), proba, None))

    # Four classes with class 3 never predicted and class 2 rare: zero divisions in precision.
    n = 120
    y = rng.choice(4, n, p=[0.4, 0.35, 0.2, 0.05])
    alpha = np.ones((n, 4)) + 1.5 * np.eye(4)[y]
    proba = np.array([rng.dirichlet(a) for a in alpha])
    pred = proba[:, :3].argmax(axis=1)
    write("classification_four", classification(y, pred, proba, None))

    # Degenerate: every row predicted as class 0.
    n = 50
    y = (rng.random(n) < 0.3).astype(int)
    p1 = np.round(rng.random(n) * 0.45, 2)
    write("classification_degenerate", classification(y, np.zeros(n, dtype=int), np.column_stack([1 - p1, p1]), p1))

    # Regression: a fit with noise (odd n) and one with an outlier and a zero target (even n).
    x = np.linspace(0, 4, 61)
    y = 2 * x + 1 + rng.normal(0, 0.7, x.size)
    write("regression_noisy", regression(y, 2.1 * x + 0.8))
    y = np.sin(np.linspace(0, 6, 40)) * 3 + rng.normal(0, 0.3, 40)
    y[5] = 0.0
    y_pred = np.sin(np.linspace(0, 6, 40)) * 3
    y_pred[17] += 9.0
    write("regression_outlier", regression(y, y_pred))
    write("regression_bad_model", regression(y, -y_pred + 2))

    y_strat = np.array([2] * 9 + [0] * 13 + [1] * 8)
    rng.shuffle(y_strat)
    groups = np.repeat(np.arange(7), [1, 2, 3, 4, 5, 6, 7])
    rng.shuffle(groups)
    write("splits", {
        "sklearn": sklearn.__version__,
        "kfold_23_5": folds(KFold(5), np.zeros(23)),
        "kfold_10_10": folds(KFold(10), np.zeros(10)),
        "stratified_y": [int(v) for v in y_strat],
        "stratified_30_4": folds(StratifiedKFold(4), np.zeros(30), y_strat),
        "stratified_30_3": folds(StratifiedKFold(3), np.zeros(30), y_strat),
        "groups": [int(g) for g in groups],
        "group_28_3": folds(GroupKFold(3), np.zeros(28), None, groups),
        "group_28_4": folds(GroupKFold(4), np.zeros(28), None, groups),
        "timeseries_20_4": folds(TimeSeriesSplit(4), np.zeros(20)),
        "timeseries_20_3_max6_test3_gap1": folds(TimeSeriesSplit(3, max_train_size=6, test_size=3, gap=1), np.zeros(20)),
        "leave_one_out_6": folds(LeaveOneOut(), np.zeros(6)),
    })
    print("scikit-learn %s: wrote fixtures to %s" % (sklearn.__version__, os.path.normpath(OUT)))


if __name__ == "__main__":
    main()
