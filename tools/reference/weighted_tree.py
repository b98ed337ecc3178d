#!/usr/bin/env python3
"""Reference trees fitted with sample weights, and with the friedman_mse criterion, by
scikit-learn 1.2.1, for the tree builder the ensembles use (TreeBuilderTest).

    /usr/bin/python3 tools/reference/weighted_tree.py

Writes algorithms/src/test/resources/org/stepwise/algo/tree/weighted_<case>.json in the format of
decision_tree.py, with the weights ("weights", absent for none) and each node's
"weighted_n_node_samples" added. Weights are of the two kinds ensembles use: a bootstrap sample's
counts (some rows 0, left out of the tree) and AdaBoost-like real weights. Tied settings are
dropped as decision_tree.py drops them.
"""
import json
import os

import numpy as np
import sklearn
from sklearn.datasets import load_diabetes, make_blobs, make_moons
from sklearn.tree import DecisionTreeClassifier, DecisionTreeRegressor

from decision_tree import OUT, describe, preorder

CLASSIFIER_SETTINGS = [dict(criterion="gini"), dict(criterion="entropy"), dict(criterion="gini", max_depth=1),
                       dict(criterion="gini", max_depth=3), dict(criterion="entropy", min_samples_leaf=4)]
REGRESSOR_SETTINGS = [dict(criterion="squared_error"), dict(criterion="friedman_mse"),
                      dict(criterion="friedman_mse", max_depth=3), dict(criterion="squared_error", max_depth=3),
                      dict(criterion="friedman_mse", min_samples_leaf=5)]


def signature(model):
    t = model.tree_
    return [(int(t.feature[i]), float(t.threshold[i])) for i in preorder(t)]


def fits(estimator, settings_list, x, y, w, name):
    kept = []
    for settings in settings_list:
        trees = [signature(estimator(random_state=seed, **settings).fit(x, y, sample_weight=w)) for seed in range(20)]
        if any(t != trees[0] for t in trees):
            print("%s: dropped %r (tied splits)" % (name, settings))
            continue
        model = estimator(random_state=0, **settings).fit(x, y, sample_weight=w)
        fit = describe(model, x, y, settings)
        fit["score"] = float(model.score(x, y, sample_weight=w))
        t = model.tree_
        fit["weighted_n_node_samples"] = [float(t.weighted_n_node_samples[i]) for i in preorder(t)]
        kept.append(fit)
    return kept


def write(name, x, y, w, classes, fitted):
    data = dict(x=x.tolist(), y=y.tolist(), fit_count=len(fitted), sklearn=sklearn.__version__)
    if w is not None:
        data["weights"] = w.tolist()
    if classes is not None:
        data["classes"] = classes
    for i, f in enumerate(fitted):
        data["fit%d" % i] = f
    with open(os.path.join(OUT, "weighted_" + name + ".json"), "w") as out:
        json.dump(data, out)
    print("%s: %d fits" % (name, len(fitted)))


def main():
    assert sklearn.__version__ == "1.2.1", sklearn.__version__
    rng = np.random.default_rng(42)
    x, y = make_moons(120, noise=0.3, random_state=3)
    counts = np.bincount(rng.integers(0, 120, 120), minlength=120).astype(float)
    write("moons_bootstrap", x, y, counts, ["0", "1"],
          fits(DecisionTreeClassifier, CLASSIFIER_SETTINGS, x, y, counts, "moons bootstrap"))
    x, y = make_blobs(150, n_features=3, centers=3, cluster_std=2.5, random_state=5)
    w = rng.uniform(0.05, 2.0, 150) / 150
    write("blobs3_real", x, y, w, ["a", "b", "c"],
          fits(DecisionTreeClassifier, CLASSIFIER_SETTINGS, x, y, w, "blobs real weights"))
    x = np.sort(rng.uniform(0, 2 * np.pi, 90))[:, None]
    y = np.sin(x[:, 0]) + rng.normal(0, 0.25, 90)
    w = rng.uniform(0.2, 3.0, 90)
    write("sine_real", x, y, w, None, fits(DecisionTreeRegressor, REGRESSOR_SETTINGS, x, y, w, "sine real weights"))
    diabetes = load_diabetes()
    x = diabetes.data[:200] + rng.normal(0, 0.001, (200, 10))
    yd = diabetes.target[:200] / 100.0
    write("diabetes_unweighted", x, yd, None, None,
          fits(DecisionTreeRegressor, REGRESSOR_SETTINGS, x, yd, None, "diabetes"))
    counts = np.bincount(rng.integers(0, 200, 200), minlength=200).astype(float)
    write("diabetes_bootstrap", x, yd, counts, None,
          fits(DecisionTreeRegressor, REGRESSOR_SETTINGS, x, yd, counts, "diabetes bootstrap"))


if __name__ == "__main__":
    main()
