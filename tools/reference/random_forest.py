#!/usr/bin/env python3
"""Reference forests of scikit-learn 1.2.1's RandomForestClassifier for the Stepwise random-forest
engine tests.

    /usr/bin/python3 tools/reference/random_forest.py

A forest is random, and scikit-learn's random stream is not the engine's, so the fixtures hold
statistics over seeds instead of trees: for each data set (its training and test rows) and
setting, the mean and spread over random_state 0..19 of oob_score_, the test accuracy and the
feature importances. The engine's means over 20 seeds of its own must come within two points.

Writes algorithms/src/test/resources/org/stepwise/algo/ensemble/forest_<case>.json: "x", "y",
"classes", "x_test", "y_test", and "fit0".. with "settings", "call", "oob_mean", "oob_std",
"test_mean", "test_std", "importances_mean".
"""
import json
import os

import numpy as np
import sklearn
from sklearn.datasets import load_breast_cancer, make_moons, load_wine
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import train_test_split

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "algorithms", "src", "test",
                   "resources", "org", "stepwise", "algo", "ensemble")
SEEDS = 20
SETTINGS = [dict(), dict(max_features=None), dict(max_depth=3), dict(min_samples_leaf=5),
            dict(n_estimators=50, max_features="log2")]


def stats(x, y, x_test, y_test, settings):
    oob, test, importances = [], [], []
    for seed in range(SEEDS):
        forest = RandomForestClassifier(oob_score=True, random_state=seed, **settings).fit(x, y)
        oob.append(forest.oob_score_)
        test.append(forest.score(x_test, y_test))
        importances.append(forest.feature_importances_)
    return dict(settings=settings,
                call="RandomForestClassifier(oob_score=True, %s)" % ", ".join("%s=%r" % kv for kv in settings.items()),
                oob_mean=float(np.mean(oob)), oob_std=float(np.std(oob)), test_mean=float(np.mean(test)),
                test_std=float(np.std(test)), importances_mean=np.mean(importances, axis=0).tolist())


def write(name, x, y, classes):
    x_train, x_test, y_train, y_test = train_test_split(x, y, test_size=0.3, random_state=0, stratify=y)
    data = dict(x=x_train.tolist(), y=y_train.tolist(), classes=classes, x_test=x_test.tolist(),
                y_test=y_test.tolist(), sklearn=sklearn.__version__, fit_count=len(SETTINGS))
    for i, settings in enumerate(SETTINGS):
        data["fit%d" % i] = stats(x_train, y_train, x_test, y_test, settings)
        print(name, data["fit%d" % i]["call"], "oob %.4f test %.4f" % (data["fit%d" % i]["oob_mean"],
                                                                       data["fit%d" % i]["test_mean"]))
    with open(os.path.join(OUT, "forest_" + name + ".json"), "w") as out:
        json.dump(data, out)


def main():
    assert sklearn.__version__ == "1.2.1", sklearn.__version__
    os.makedirs(OUT, exist_ok=True)
    x, y = make_moons(300, noise=0.3, random_state=0)
    write("moons", x, y, ["0", "1"])
    wine = load_wine()
    write("wine", wine.data, wine.target, list(wine.target_names))
    cancer = load_breast_cancer()
    write("breast_cancer", cancer.data, cancer.target, list(cancer.target_names))


if __name__ == "__main__":
    main()
