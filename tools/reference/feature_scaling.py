#!/usr/bin/env python3
"""Reference scalers and scaled k-NN scores of scikit-learn 1.2.1 for the feature-scaling lesson
(org.stepwise.algo.evaluation.FeatureScalingFactory; the scalers are org.stepwise.data's
Standardizer, MinMaxScaler and RobustScaler).

    /usr/bin/python3 tools/reference/feature_scaling.py

Writes algorithms/src/test/resources/org/stepwise/algo/evaluation/feature_scaling_<case>.json:
the data (x, y, classes, features) and, for each scaler (none, standard, minmax, robust), the
fitted attributes under scikit-learn's names without the underscore (mean, scale; data_min,
data_max, scale, min; center, scale), the transformed rows, and cross_val_score's list for
make_pipeline(scaler, KNeighborsClassifier(n_neighbors)) with StratifiedKFold(5) (the scaler
fitted on each fold's training rows only, as the lesson does).
"""
import json
import os

import numpy as np
import sklearn
from sklearn.datasets import load_wine, make_moons
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.neighbors import KNeighborsClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import FunctionTransformer, MinMaxScaler, RobustScaler, StandardScaler

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "algorithms", "src", "test",
                   "resources", "org", "stepwise", "algo", "evaluation")

ATTRIBUTES = {"none": [], "standard": ["mean", "scale"], "minmax": ["data_min", "data_max", "scale", "min"],
              "robust": ["center", "scale"]}


def scaler(name):
    return {"none": FunctionTransformer(), "standard": StandardScaler(), "minmax": MinMaxScaler(),
            "robust": RobustScaler()}[name]


def case(name, x, y, classes, features, n_neighbors=5):
    out = {"sklearn": sklearn.__version__, "x": x.tolist(), "y": [int(v) for v in y], "classes": classes,
           "features": features, "n_neighbors": n_neighbors, "scalers": []}
    for kind, attributes in ATTRIBUTES.items():
        fitted = scaler(kind).fit(x)
        entry = {"scaler": kind, "transformed": fitted.transform(x).tolist()}
        for attribute in attributes:
            entry[attribute] = getattr(fitted, attribute + "_").tolist()
        scores = cross_val_score(make_pipeline(scaler(kind), KNeighborsClassifier(n_neighbors)), x, y,
                                 cv=StratifiedKFold(5))
        entry["cv_scores"] = [float(s) for s in scores]
        out["scalers"].append(entry)
    with open(os.path.join(OUT, "feature_scaling_" + name + ".json"), "w") as f:
        json.dump(out, f)


def main():
    wine = load_wine()
    names = list(wine.feature_names)
    columns = [names.index("proline"), names.index("hue")]
    case("wine", wine.data[:, columns], wine.target, ["class_0", "class_1", "class_2"], ["proline", "hue"])
    # Moons with the second column in thousands and one far outlier: min-max squashes the rest,
    # robust scaling does not. Odd row count, so the median is a middle value.
    x, y = make_moons(n_samples=101, noise=0.25, random_state=3)
    x[:, 1] *= 1000
    x[7, 1] = 25000
    case("moons_outlier", x, y, ["class 0", "class 1"], ["x1", "x2 (thousands)"], n_neighbors=7)
    # A constant column (scale 1 under every scaler) beside one with repeated values; an even row
    # count, so the median is a mean of two and the quartiles fall between rows.
    random = np.random.RandomState(1)
    x = np.column_stack([np.round(random.normal(size=40), 1) + random.uniform(-1e-3, 1e-3, size=40),
                         np.full(40, 3.7)])
    y = (x[:, 0] + random.normal(scale=0.5, size=40) > 0).astype(int)
    case("constant", x, y, ["negative", "positive"], ["x", "constant"], n_neighbors=3)


if __name__ == "__main__":
    main()
