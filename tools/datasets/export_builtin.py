#!/usr/bin/env python3
"""Exports scikit-learn 1.2.1's bundled data sets as the CSV resources Stepwise ships.

Run with Debian's Python and python3-sklearn (apt-get install python3-sklearn):
    /usr/bin/python3 tools/datasets/export_builtin.py
Writes datasets/src/main/resources/org/stepwise/data/builtin/<name>.csv (header: feature names,
then the target column; class targets are scikit-learn's integer labels) and index.properties
(target name and class names of each set).
"""
import csv
import os

import sklearn
from sklearn import datasets

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "datasets", "src", "main", "resources",
                   "org", "stepwise", "data", "builtin")

SETS = {
    "iris": (datasets.load_iris, "species"),
    "wine": (datasets.load_wine, "cultivar"),
    "breast_cancer": (datasets.load_breast_cancer, "diagnosis"),
    "digits": (datasets.load_digits, "digit"),
    # load_diabetes() default: each feature mean-centred and scaled by its standard deviation
    # times sqrt(n_samples), as scikit-learn ships it.
    "diabetes": (datasets.load_diabetes, "progression"),
}


def main():
    os.makedirs(OUT, exist_ok=True)
    index = ["# Written by tools/datasets/export_builtin.py from scikit-learn " + sklearn.__version__]
    for name, (loader, target_name) in SETS.items():
        bunch = loader()
        features = [str(f).replace(",", " ") for f in bunch.feature_names]
        with open(os.path.join(OUT, name + ".csv"), "w", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(features + [target_name])
            for row, target in zip(bunch.data, bunch.target):
                writer.writerow([repr(float(v)) for v in row] + [repr(target.item())])
        index.append(name + ".target=" + target_name)
        if "target_names" in bunch:
            index.append(name + ".classes=" + ",".join(str(c) for c in bunch.target_names))
    with open(os.path.join(OUT, "index.properties"), "w") as handle:
        handle.write("\n".join(index) + "\n")


if __name__ == "__main__":
    main()
