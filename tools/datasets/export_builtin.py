#!/usr/bin/env python3
"""Exports scikit-learn 1.2.1's bundled data sets as the CSV resources Stepwise ships.

Run with Debian's Python and python3-sklearn (apt-get install python3-sklearn); the source
files are in the folder `dpkg -L python3-sklearn | grep datasets/data` lists, read through
sklearn.datasets.load_*:
    /usr/bin/python3 tools/datasets/export_builtin.py
Writes datasets/src/main/resources/org/stepwise/data/builtin/<name>.csv (header: feature names,
then the target column; class targets are scikit-learn's integer labels, unchanged, e.g.
breast_cancer 0 = malignant, 1 = benign) and index.properties (class names of each
classification set). Values are written with Python's repr, the shortest text that reads back
as the same double, so Java's Double.parseDouble gets scikit-learn's numbers bit for bit.
Sources, citations and licences: builtin/SOURCES.md (kept by hand).
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
    # load_diabetes() default (scaled=True): each feature mean-centred and divided by its
    # standard deviation times sqrt(n_samples), i.e. every column has unit Euclidean norm; the
    # target is the raw disease-progression score. Stepwise ships these values as they are.
    "diabetes": (datasets.load_diabetes, "progression"),
}


def main():
    if sklearn.__version__ != "1.2.1":
        print("warning: scikit-learn " + sklearn.__version__ + ", the resources were made with 1.2.1")
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
        print("%-14s %4d rows x %2d features" % (name, bunch.data.shape[0], bunch.data.shape[1]))
        index.append(name + ".target=" + target_name)
        if "target_names" in bunch:
            # Class names as a learner reads them: scikit-learn's wine 'class_0' becomes 'class 0',
            # the way generated data names its classes (an underscore also vanishes from a button,
            # where JavaFX reads it as a mnemonic).
            index.append(name + ".classes=" + ",".join(str(c).replace("_", " ") for c in bunch.target_names))
        if "images" in bunch:
            index.append(name + ".image=%dx%d" % bunch.images.shape[1:])
    with open(os.path.join(OUT, "index.properties"), "w") as handle:
        handle.write("\n".join(index) + "\n")


if __name__ == "__main__":
    main()
