#!/usr/bin/env python3
"""Reference boosting runs of scikit-learn 1.2.1's
AdaBoostClassifier(DecisionTreeClassifier(max_depth), algorithm="SAMME", n_estimators, learning_rate)
for the Stepwise adaboost engine tests (AdaBoostEngineTest).

    /usr/bin/python3 tools/reference/adaboost.py

Writes algorithms/src/test/resources/org/stepwise/algo/ensemble/adaboost_<case>.json, each holding
the training data (x, y, classes) and one run per setting, "fit0" .. "fit<n-1>", each with the exact
call, "n_estimators_fitted" (len(estimators_)), scikit-learn's full "estimator_weights" and
"estimator_errors" (n_estimators long: 0 and 1 where no round was kept), "staged_predict" (the
ensemble's classes on the training rows after each kept round), "stumps" (each kept tree's root
feature and threshold), "decision_function" and "predict_proba" of the final ensemble on the
training rows, and "score".

Ties: where two splits of a weighted stump are exactly as good, scikit-learn takes the one its
random order of the features meets first, the engine the lower feature. A setting is kept only when
20 random_states give the same trees in every round (features and thresholds of every node); the
others are listed on stdout as dropped, so that no fixture holds a tie.
"""
import json
import os

import numpy as np
import sklearn
from sklearn.datasets import load_wine, make_blobs, make_classification, make_moons
from sklearn.ensemble import AdaBoostClassifier
from sklearn.tree import DecisionTreeClassifier

from decision_tree import preorder

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "algorithms", "src", "test",
                   "resources", "org", "stepwise", "algo", "ensemble")

SETTINGS = [dict(n_estimators=50, learning_rate=1.0, max_depth=1), dict(n_estimators=20, learning_rate=0.5, max_depth=1),
            dict(n_estimators=30, learning_rate=1.5, max_depth=1), dict(n_estimators=15, learning_rate=1.0, max_depth=2),
            dict(n_estimators=10, learning_rate=0.1, max_depth=3)]


def model(settings, seed):
    return AdaBoostClassifier(DecisionTreeClassifier(max_depth=settings["max_depth"]), algorithm="SAMME",
                              n_estimators=settings["n_estimators"], learning_rate=settings["learning_rate"],
                              random_state=seed)


def signature(boosted):
    return [[(int(e.tree_.feature[i]), float(e.tree_.threshold[i])) for i in preorder(e.tree_)]
            for e in boosted.estimators_]


def describe(boosted, x, y, settings):
    call = 'AdaBoostClassifier(DecisionTreeClassifier(max_depth=%d), algorithm="SAMME", n_estimators=%d, ' \
           'learning_rate=%r)' % (settings["max_depth"], settings["n_estimators"], settings["learning_rate"])
    return dict(call=call, settings=settings, n_estimators_fitted=len(boosted.estimators_),
                estimator_weights=boosted.estimator_weights_.tolist(),
                estimator_errors=boosted.estimator_errors_.tolist(),
                staged_predict=[p.tolist() for p in boosted.staged_predict(x)],
                stumps=[[int(e.tree_.feature[0]), float(e.tree_.threshold[0])] for e in boosted.estimators_],
                decision_function=np.asarray(boosted.decision_function(x)).tolist(),
                predict_proba=boosted.predict_proba(x).tolist(), score=float(boosted.score(x, y)))


def fits(x, y, name, settings_list=SETTINGS):
    kept = []
    for settings in settings_list:
        runs = [signature(model(settings, seed).fit(x, y)) for seed in range(20)]
        if any(r != runs[0] for r in runs):
            print("%s: dropped %r (tied splits)" % (name, settings))
            continue
        kept.append(describe(model(settings, 0).fit(x, y), x, y, settings))
    return kept


def write(name, x, y, classes, fitted):
    data = dict(x=x.tolist(), y=y.tolist(), classes=classes, fit_count=len(fitted), sklearn=sklearn.__version__)
    for i, f in enumerate(fitted):
        data["fit%d" % i] = f
    with open(os.path.join(OUT, "adaboost_" + name + ".json"), "w") as out:
        json.dump(data, out)
    print("%s: %d fits" % (name, len(fitted)))


def main():
    assert sklearn.__version__ == "1.2.1", sklearn.__version__
    os.makedirs(OUT, exist_ok=True)
    x, y = make_moons(120, noise=0.3, random_state=1)
    write("moons", x, y, ["0", "1"], fits(x, y, "moons"))
    x, y = make_blobs(120, n_features=2, centers=3, cluster_std=2.0, random_state=7)
    write("blobs3", x, y, ["a", "b", "c"], fits(x, y, "blobs"))
    x, y = make_classification(150, n_features=5, n_informative=3, n_redundant=0, n_classes=3,
                               n_clusters_per_class=1, random_state=4)
    write("classification5", x, y, ["a", "b", "c"], fits(x, y, "classification"))
    wine = load_wine()
    write("wine", wine.data, wine.target, list(wine.target_names), fits(wine.data, wine.target, "wine"))
    # Early ends: blobs a stump separates (the first round is perfect: weight 1, error 0, stop).
    x, y = make_blobs(40, n_features=2, centers=[[-3, 0], [3, 0]], cluster_std=0.5, random_state=0)
    write("separable", x, y, ["0", "1"], fits(x, y, "separable", [dict(n_estimators=10, learning_rate=1.0, max_depth=1)]))


if __name__ == "__main__":
    main()
