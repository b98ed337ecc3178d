"""How long scikit-learn 1.2.1 takes for the metrics that benchmarks/ EvaluationBenchmark times on
1,000,000 predictions: every scalar metric (confusion-matrix metrics per class and averaged, MCC,
Cohen's kappa, log loss, Brier score, ROC AUC, average precision, the seven regression metrics),
and roc_curve plus precision_recall_curve; Platt scaling and isotonic regression of the first
100,000 probabilities (the calibration lesson's calibrators). The data are drawn as the benchmark draws them (same
distributions, numpy's generator), outside the timing.

    /usr/bin/python3 tools/reference/speed_evaluation.py
"""
import warnings

import numpy as np
import sklearn
from sklearn import metrics
from sklearn.calibration import _sigmoid_calibration
from sklearn.isotonic import IsotonicRegression

from speed_naive_bayes import median_ms

N = 1_000_000


def main():
    rng = np.random.default_rng(25)
    y = (rng.random(N) < 0.4).astype(int)
    p = 1 / (1 + np.exp(-(1.6 * (2 * y - 1) + 1.5 * rng.normal(size=N))))
    pred = (p >= 0.5).astype(int)
    target = 10 * rng.random(N)
    prediction = target + rng.normal(size=N)

    def every_scalar_metric():
        total = metrics.accuracy_score(y, pred) + metrics.balanced_accuracy_score(y, pred)
        total += metrics.matthews_corrcoef(y, pred) + metrics.cohen_kappa_score(y, pred)
        for average in ("binary", "micro", "macro", "weighted"):
            total += metrics.precision_score(y, pred, average=average)
            total += metrics.recall_score(y, pred, average=average)
            total += metrics.recall_score(y, pred, average=average, pos_label=0) if average == "binary" else 0
            total += metrics.f1_score(y, pred, average=average)
            total += metrics.fbeta_score(y, pred, beta=2, average=average)
        total += metrics.log_loss(y, p) + metrics.brier_score_loss(y, p)
        total += metrics.roc_auc_score(y, p) + metrics.average_precision_score(y, p)
        total += metrics.mean_squared_error(target, prediction)
        total += metrics.mean_squared_error(target, prediction, squared=False)
        total += metrics.mean_absolute_error(target, prediction) + metrics.median_absolute_error(target, prediction)
        total += metrics.r2_score(target, prediction) + metrics.explained_variance_score(target, prediction)
        return total + metrics.mean_absolute_percentage_error(target, prediction)

    def curves():
        return len(metrics.roc_curve(y, p)[0]) + len(metrics.precision_recall_curve(y, p)[0])

    scores, labels = p[:100_000], y[:100_000]

    def platt():
        return _sigmoid_calibration(scores, labels)[0]

    def isotonic():
        return IsotonicRegression(out_of_bounds="clip").fit(scores, labels).predict(scores)[0]

    print(f"scikit-learn {sklearn.__version__}, numpy {np.__version__}; {N:,} predictions")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for name, work in [("every scalar metric", every_scalar_metric), ("roc_curve + precision_recall_curve", curves),
                            ("_sigmoid_calibration of 100,000", platt),
                            ("IsotonicRegression fit + predict of 100,000", isotonic)]:
            median, best = median_ms(work, repeats=10)
            print(f"{name}: median {median:.1f} ms (min {best:.1f})")


if __name__ == "__main__":
    main()
