#!/usr/bin/env python3
"""Reference fits of scikit-learn 1.2.1's VotingClassifier and StackingClassifier for the
ensemble-voting lesson's engine tests.

    /usr/bin/python3 tools/reference/voting.py

Writes algorithms/src/test/resources/org/stepwise/algo/ensemble/voting_<case>.json, one per data set,
with the data fitted (x, y, classes, features), a few query points off the data ("queries", uniform
over the bounding box widened by a quarter, seed 0), and one object per ensemble:

members: the lesson's members that match scikit-learn exactly, at the lesson's settings:
  logistic    LogisticRegression(C=1, solver="newton-cg", tol=1e-8, max_iter=1000): the optimum of
              LogisticRegression() reached to the last digits, as the lesson's Newton fit reaches it;
  knn         KNeighborsClassifier() (k = 5, uniform, Euclidean);
  tree        DecisionTreeClassifier(random_state=0) (the data sets have no tied splits);
  naiveBayes  GaussianNB().

- "hard", "soft": VotingClassifier(members, voting=...): predict on x and the queries, score(x, y),
  and for soft predict_proba;
- "stacking": StackingClassifier(members without the tree, final_estimator=LogisticRegression(), cv=StratifiedKFold(5))
  ("predict_default": its predictions; cv=5 for a classifier is exactly this unshuffled
  StratifiedKFold), and the same with the meta-learner fitted to its optimum
  (LogisticRegression(solver="newton-cg", tol=1e-8)): predict, predict_proba, score, and the
  meta-learner's coef_ and intercept_. The tree is left out: fitted on a fold's four fifths, fully
  grown trees meet equally good splits that scikit-learn breaks by a random feature order, so its
  out-of-fold predictions differ from the lesson's on a few rows;
- "member_accuracy": each member's score(x, y) alone.
"""
import json
import os
import warnings

import numpy as np
import sklearn
from sklearn.datasets import make_blobs, make_classification, make_moons
from sklearn.ensemble import StackingClassifier, VotingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.naive_bayes import GaussianNB
from sklearn.neighbors import KNeighborsClassifier
from sklearn.tree import DecisionTreeClassifier

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "algorithms", "src", "test",
                   "resources", "org", "stepwise", "algo", "ensemble")


def members():
    return [("logistic", LogisticRegression(C=1.0, solver="newton-cg", tol=1e-8, max_iter=1000)),
            ("knn", KNeighborsClassifier()),
            ("tree", DecisionTreeClassifier(random_state=0)),
            ("naiveBayes", GaussianNB())]


def cases():
    x, y = make_moons(n_samples=200, noise=0.3, random_state=0)
    yield "moons", x, y, ["0", "1"], ["x1", "x2"]
    x, y = make_blobs(n_samples=150, centers=3, cluster_std=1.6, random_state=4)
    yield "blobs3", x, y, ["0", "1", "2"], ["x1", "x2"]
    x, y = make_classification(n_samples=150, n_features=4, n_informative=3, n_redundant=0, n_classes=3,
                               n_clusters_per_class=1, random_state=2)
    yield "classification4", x, y, ["0", "1", "2"], ["x1", "x2", "x3", "x4"]


def queries(x):
    rng = np.random.default_rng(0)
    low, high = x.min(axis=0), x.max(axis=0)
    pad = (high - low) / 4
    return rng.uniform(low - pad, high + pad, size=(20, x.shape[1]))


def main():
    assert sklearn.__version__ == "1.2.1", sklearn.__version__
    # On two of blobs3's stacking folds newton-cg's line search can go no further before tol 1e-8
    # (it warns and stops): its coefficients are then at the optimum to rounding, which the engine
    # test's tolerances (1e-6 on probabilities) absorb. Only those warnings are silenced.
    warnings.filterwarnings("ignore", message="Line Search failed")
    warnings.filterwarnings("ignore", message="newton-cg failed to converge")
    warnings.filterwarnings("ignore", message="The line search algorithm did not converge")
    os.makedirs(OUT, exist_ok=True)
    for name, x, y, classes, features in cases():
        q = queries(x)
        out = {"x": x.tolist(), "y": y.tolist(), "classes": classes, "features": features, "queries": q.tolist(),
               "members": [m for m, _ in members()],
               "member_accuracy": [est.fit(x, y).score(x, y) for _, est in members()]}
        for voting in ("hard", "soft"):
            ens = VotingClassifier(members(), voting=voting).fit(x, y)
            fit = {"predict": ens.predict(x).tolist(), "query_predict": ens.predict(q).tolist(),
                   "accuracy": ens.score(x, y)}
            if voting == "soft":
                fit["proba"] = ens.predict_proba(x).tolist()
                fit["query_proba"] = ens.predict_proba(q).tolist()
            out[voting] = fit
        stacked = [(m, est) for m, est in members() if m != "tree"]
        default = StackingClassifier(stacked, final_estimator=LogisticRegression(), cv=StratifiedKFold(5)).fit(x, y)
        exact = StackingClassifier(stacked, final_estimator=LogisticRegression(solver="newton-cg", tol=1e-8,
                                                                                 max_iter=1000),
                                   cv=StratifiedKFold(5)).fit(x, y)
        out["stacking"] = {"predict_default": default.predict(x).tolist(),
                           "query_predict_default": default.predict(q).tolist(),
                           "predict": exact.predict(x).tolist(), "query_predict": exact.predict(q).tolist(),
                           "proba": exact.predict_proba(x).tolist(), "query_proba": exact.predict_proba(q).tolist(),
                           "accuracy": exact.score(x, y),
                           "coef": exact.final_estimator_.coef_.tolist(),
                           "intercept": exact.final_estimator_.intercept_.tolist()}
        path = os.path.join(OUT, "voting_%s.json" % name)
        with open(path, "w") as f:
            json.dump(out, f)
        print(path, out["member_accuracy"], out["hard"]["accuracy"], out["soft"]["accuracy"],
              out["stacking"]["accuracy"],
              "default meta differs on", int(np.sum(default.predict(x) != exact.predict(x))), "rows")


if __name__ == "__main__":
    main()
