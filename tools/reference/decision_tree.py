#!/usr/bin/env python3
"""Reference trees of scikit-learn 1.2.1's DecisionTreeClassifier and DecisionTreeRegressor for
the Stepwise decision-tree engine tests.

    /usr/bin/python3 tools/reference/decision_tree.py

Writes algorithms/src/test/resources/org/stepwise/algo/tree/<case>.json, each holding the
training data (x, y, and for classifiers classes) and one fit per setting, "fit0" .. "fit<n-1>",
each with the exact call and the fitted tree in scikit-learn's node order (depth first, left
before right): "feature" (-2 at a leaf), "threshold", "n_node_samples", "impurity", "value"
(class counts, or the mean), then "feature_importances", "n_leaves", "depth" and "score" (its
score(X, y)); fits with ccp_alpha > 0 also record the unpruned tree's cost_complexity_pruning_path
("ccp_alphas", "path_impurities").

Ties: where two candidate splits of a node are exactly as good, scikit-learn takes the one its
random order of the features meets first, the engine the lower feature. A setting is kept only
when 20 random_states give the same tree (features and thresholds); the others are listed on
stdout as dropped, so that no fixture holds a tie. (Iris and Breast Cancer tie at their roots:
correlated columns, petal length and width, worst radius and perimeter, cut off the same rows.)
"""
import json
import os

import numpy as np
import sklearn
from sklearn.datasets import load_diabetes, load_wine, make_blobs, make_classification, make_moons
from sklearn.tree import DecisionTreeClassifier, DecisionTreeRegressor

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "algorithms", "src", "test",
                   "resources", "org", "stepwise", "algo", "tree")

CLASSIFIER_SETTINGS = [
    dict(criterion="gini"), dict(criterion="entropy"), dict(criterion="log_loss", max_depth=3),
    dict(criterion="gini", max_depth=2), dict(criterion="gini", max_depth=4),
    dict(criterion="entropy", max_depth=4), dict(criterion="gini", min_samples_leaf=5),
    dict(criterion="entropy", min_samples_leaf=8), dict(criterion="gini", min_samples_split=20),
    dict(criterion="gini", min_impurity_decrease=0.01), dict(criterion="gini", ccp_alpha=0.01),
    dict(criterion="entropy", ccp_alpha=0.02), dict(criterion="gini", min_samples_leaf=3, ccp_alpha=0.005),
]
REGRESSOR_SETTINGS = [
    dict(), dict(max_depth=2), dict(max_depth=4), dict(min_samples_leaf=5), dict(min_samples_split=15),
    dict(min_samples_leaf=4, min_impurity_decrease=0.002), dict(ccp_alpha=0.002), dict(min_samples_leaf=3, ccp_alpha=0.01),
]


def preorder(tree):
    order, stack = [], [0]
    while stack:
        node = stack.pop()
        order.append(node)
        if tree.children_left[node] != -1:
            stack.append(tree.children_right[node])
            stack.append(tree.children_left[node])
    return order


def signature(model):
    t = model.tree_
    return [(int(t.feature[i]), float(t.threshold[i])) for i in preorder(t)]


def describe(model, x, y, settings):
    t = model.tree_
    order = preorder(t)
    out = dict(call="%s(%s)" % (type(model).__name__, ", ".join("%s=%r" % kv for kv in settings.items())),
               settings=settings,
               feature=[int(t.feature[i]) for i in order], threshold=[float(t.threshold[i]) for i in order],
               n_node_samples=[int(t.n_node_samples[i]) for i in order],
               impurity=[float(t.impurity[i]) for i in order],
               value=[[float(v) for v in t.value[i][0]] for i in order],
               feature_importances=model.feature_importances_.tolist(), n_leaves=int(model.get_n_leaves()),
               depth=int(model.get_depth()), score=float(model.score(x, y)))
    if settings.get("ccp_alpha", 0) > 0:
        path = type(model)(**{k: v for k, v in settings.items() if k != "ccp_alpha"}).cost_complexity_pruning_path(x, y)
        out["ccp_alphas"] = path.ccp_alphas.tolist()
        out["path_impurities"] = path.impurities.tolist()
    return out


def fits(estimator, settings_list, x, y, name):
    kept = []
    for settings in settings_list:
        trees = [signature(estimator(random_state=seed, **settings).fit(x, y)) for seed in range(20)]
        if any(t != trees[0] for t in trees):
            print("%s: dropped %r (tied splits)" % (name, settings))
            continue
        kept.append(describe(estimator(random_state=0, **settings).fit(x, y), x, y, settings))
    return kept


def write(name, x, y, classes, fitted):
    data = dict(x=x.tolist(), y=y.tolist(), fit_count=len(fitted), sklearn=sklearn.__version__)
    if classes is not None:
        data["classes"] = classes
    for i, f in enumerate(fitted):
        data["fit%d" % i] = f
    with open(os.path.join(OUT, name + ".json"), "w") as out:
        json.dump(data, out)
    print("%s: %d fits" % (name, len(fitted)))


def main():
    assert sklearn.__version__ == "1.2.1", sklearn.__version__
    os.makedirs(OUT, exist_ok=True)
    rng = np.random.default_rng(21)
    x, y = make_moons(100, noise=0.3, random_state=0)
    write("tree_moons", x, y, ["0", "1"], fits(DecisionTreeClassifier, CLASSIFIER_SETTINGS, x, y, "moons"))
    x, y = make_blobs(150, n_features=3, centers=3, cluster_std=2.5, random_state=2)
    write("tree_blobs3", x, y, ["a", "b", "c"], fits(DecisionTreeClassifier, CLASSIFIER_SETTINGS, x, y, "blobs"))
    x, y = make_classification(200, n_features=5, n_informative=3, n_redundant=0, n_classes=3,
                               n_clusters_per_class=1, random_state=4)
    write("tree_classification5", x, y, ["a", "b", "c"],
          fits(DecisionTreeClassifier, CLASSIFIER_SETTINGS, x, y, "classification"))
    wine = load_wine()
    write("tree_wine", wine.data, wine.target, list(wine.target_names),
          fits(DecisionTreeClassifier, CLASSIFIER_SETTINGS, wine.data, wine.target, "wine"))
    x = np.sort(rng.uniform(0, 2 * np.pi, 80))[:, None]
    y = np.sin(x[:, 0]) + rng.normal(0, 0.25, 80)
    write("tree_regression_sine", x, y, None, fits(DecisionTreeRegressor, REGRESSOR_SETTINGS, x, y, "sine"))
    diabetes = load_diabetes()
    x = diabetes.data[:200] + rng.normal(0, 0.001, (200, 10))
    write("tree_regression_diabetes", x, diabetes.target[:200] / 100.0, None,
          fits(DecisionTreeRegressor, REGRESSOR_SETTINGS, x, diabetes.target[:200] / 100.0, "diabetes"))


if __name__ == "__main__":
    main()
