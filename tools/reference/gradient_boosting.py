#!/usr/bin/env python3
"""Reference fits of scikit-learn 1.2.1's GradientBoostingRegressor (squared_error) and
GradientBoostingClassifier (log_loss, two and three classes), subsample=1, for the Stepwise
gradient-boosting engine tests.

    /usr/bin/python3 tools/reference/gradient_boosting.py

Writes algorithms/src/test/resources/org/stepwise/algo/ensemble/gboost_<case>.json: the training
data (x, y, and for classifiers classes) and one fit per setting, "fit0" .. "fit<n-1>", each with
its settings, "init" (the initial raw prediction: the mean; the log-odds; the log class priors),
"train_score" (train_score_, one per round), "score" (score(X, y)) and the raw predictions
(decision_function, or predict for the regressor) after the rounds listed in "stages", as
"staged_<m>" (rows, or rows x classes for more than two classes).

Ties: the trees draw a random order of the features at every node and take the first of equally
good splits; the engine takes the lower feature. Two features that cut a node's rows into the same
two groups (two points a leaf apart on both axes, correlated columns) tie without consequence for
the fit: the same rows share each leaf either way. A setting is kept only when 20 random_states
give the same staged raw predictions on the training rows (to 1e-9) at every round, so that no
tie that changes the fit is in a fixture; the others are printed as dropped.
"""
import json
import os

import numpy as np
import sklearn
from sklearn.datasets import load_breast_cancer, load_diabetes, make_blobs, make_moons
from sklearn.ensemble import GradientBoostingClassifier, GradientBoostingRegressor

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "algorithms", "src", "test",
                   "resources", "org", "stepwise", "algo", "ensemble")

SETTINGS = [dict(), dict(learning_rate=0.5, n_estimators=30, max_depth=2), dict(learning_rate=0.05, max_depth=1),
            dict(learning_rate=1.0, n_estimators=20, max_depth=4)]


def staged(model, x):
    return np.array([np.asarray(values) for values in raw(model, x)])


def raw(model, x):
    if isinstance(model, GradientBoostingRegressor):
        return model.staged_predict(x)
    return model.staged_decision_function(x)


def describe(model, x, y, settings):
    n = model.n_estimators_
    stages = sorted({1, 2, 3, 5, 10, n // 2, n})
    fit = dict(settings=settings, call="%s(%s)" % (type(model).__name__,
                                                   ", ".join("%s=%r" % kv for kv in settings.items())),
               init=np.ravel(model._raw_predict_init(x[:1])).tolist(),
               train_score=model.train_score_.tolist(), score=float(model.score(x, y)), stages=stages)
    for m, values in enumerate(raw(model, x), start=1):
        if m in stages:
            fit["staged_%d" % m] = np.asarray(values).tolist()
    return fit


def fits(estimator, x, y, name):
    kept = []
    for settings in SETTINGS:
        models = [estimator(random_state=seed, **settings).fit(x, y) for seed in range(20)]
        first = staged(models[0], x)
        if any(np.max(np.abs(staged(m, x) - first)) > 1e-9 for m in models[1:]):
            print("%s: dropped %r (tied splits)" % (name, settings))
            continue
        kept.append(describe(models[0], x, y, settings))
    return kept


def write(name, x, y, classes, fitted):
    data = dict(x=x.tolist(), y=y.tolist(), fit_count=len(fitted), sklearn=sklearn.__version__)
    if classes is not None:
        data["classes"] = classes
    for i, f in enumerate(fitted):
        data["fit%d" % i] = f
    with open(os.path.join(OUT, "gboost_" + name + ".json"), "w") as out:
        json.dump(data, out)
    print("%s: %d fits" % (name, len(fitted)))


def main():
    assert sklearn.__version__ == "1.2.1", sklearn.__version__
    os.makedirs(OUT, exist_ok=True)
    rng = np.random.default_rng(7)
    x = np.sort(rng.uniform(0, 2 * np.pi, 80))[:, None]
    y = np.sin(x[:, 0]) + rng.normal(0, 0.25, 80)
    write("sine", x, y, None, fits(GradientBoostingRegressor, x, y, "sine"))
    diabetes = load_diabetes()
    x = diabetes.data[:150] + rng.normal(0, 0.001, (150, 10))
    write("diabetes", x, diabetes.target[:150] / 100.0, None,
          fits(GradientBoostingRegressor, x, diabetes.target[:150] / 100.0, "diabetes"))
    x, y = make_moons(120, noise=0.3, random_state=3)
    write("moons", x, y, ["0", "1"], fits(GradientBoostingClassifier, x, y, "moons"))
    x, y = make_blobs(150, n_features=3, centers=3, cluster_std=2.5, random_state=5)
    write("blobs3", x, y, ["a", "b", "c"], fits(GradientBoostingClassifier, x, y, "blobs3"))
    cancer = load_breast_cancer()
    x = cancer.data[:, :10]
    write("breast_cancer", x, cancer.target, ["malignant", "benign"],
          fits(GradientBoostingClassifier, x, cancer.target, "breast cancer"))


if __name__ == "__main__":
    main()
