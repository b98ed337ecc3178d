#!/usr/bin/env python3
"""Reference values of scikit-learn 1.2.1 for the splits-leakage lesson's computations
(org.stepwise.algo.evaluation.FeatureSelection and LeakagePipelines).

    /usr/bin/python3 tools/reference/splits_leakage.py

Writes algorithms/src/test/resources/org/stepwise/algo/evaluation/splits_leakage_<case>.json:
- "noise": pure-noise features (50 rows x 200, standard normal, seed 0) and random labels (two
  classes): sklearn.feature_selection.f_classif's F values, SelectKBest(f_classif, k=10)'s chosen
  columns (get_support(indices=True)), and cross_val_score with an unshuffled KFold(5) of
  KNeighborsClassifier() on the columns chosen on all rows first (the leak) and of
  Pipeline([SelectKBest(f_classif, k=10), KNeighborsClassifier()]) (chosen inside each fold);
- "wine": Wine shuffled once (seed 0), cross_val_score with KFold(5) of KNeighborsClassifier()
  on the rows standardized by a StandardScaler fitted on all rows (outside) and of
  Pipeline([StandardScaler(), KNeighborsClassifier()]) (inside), and without scaling.
"""
import json
import os

import numpy as np
import sklearn
from sklearn.datasets import load_wine
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.model_selection import KFold, cross_val_score
from sklearn.neighbors import KNeighborsClassifier
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "algorithms", "src", "test",
                   "resources", "org", "stepwise", "algo", "evaluation")


def write(name, out):
    out["sklearn"] = sklearn.__version__
    with open(os.path.join(OUT, "splits_leakage_" + name + ".json"), "w") as f:
        json.dump(out, f)


def noise():
    random = np.random.RandomState(0)
    x = random.randn(50, 200)
    y = random.randint(0, 2, size=50)
    k, folds = 10, 5
    f, _ = f_classif(x, y)
    chosen = SelectKBest(f_classif, k=k).fit(x, y).get_support(indices=True)
    leaky = cross_val_score(KNeighborsClassifier(), x[:, chosen], y, cv=KFold(folds))
    honest = cross_val_score(Pipeline([("select", SelectKBest(f_classif, k=k)), ("knn", KNeighborsClassifier())]),
                             x, y, cv=KFold(folds))
    write("noise", {"x": x.tolist(), "y": [int(v) for v in y], "classes": ["class 0", "class 1"], "k": k,
                    "folds": folds, "f": [float(v) for v in f], "chosen": [int(c) for c in chosen],
                    "leaky_scores": [float(s) for s in leaky], "honest_scores": [float(s) for s in honest]})


def wine():
    data = load_wine()
    order = np.random.RandomState(0).permutation(len(data.target))
    x, y = data.data[order], data.target[order]
    folds = 5
    outside = cross_val_score(KNeighborsClassifier(), StandardScaler().fit_transform(x), y, cv=KFold(folds))
    inside = cross_val_score(Pipeline([("scale", StandardScaler()), ("knn", KNeighborsClassifier())]), x, y,
                             cv=KFold(folds))
    raw = cross_val_score(KNeighborsClassifier(), x, y, cv=KFold(folds))
    write("wine", {"x": x.tolist(), "y": [int(v) for v in y], "classes": list(data.target_names), "folds": folds,
                   "f": [float(v) for v in f_classif(x, y)[0]],
                   "outside_scores": [float(s) for s in outside], "inside_scores": [float(s) for s in inside],
                   "raw_scores": [float(s) for s in raw]})


if __name__ == "__main__":
    noise()
    wine()
