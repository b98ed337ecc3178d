#!/usr/bin/env python3
"""Reference fits of scikit-learn 1.2.1's SVC and SVR for the Stepwise SVM engine tests.

    /usr/bin/python3 tools/reference/svm.py

Writes algorithms/src/test/resources/org/stepwise/algo/svm/<case>.json, each holding the training
data (x, y, and for classifiers classes) and one fit per setting, "fit0" .. "fit<n-1>", each with
the exact call, its settings (kernel, C, gamma as given, degree, coef0, epsilon, tol), the gamma it
resolved to ("gamma_value"), support_, n_support_, dual_coef_ (a matrix), intercept_, the
predictions on the training rows and score(X, y). Every setting is fitted twice: at tol 1e-3 (the
default) and at tol 1e-6; the engine must give the same support set and predictions at the first
and dual_coef_ and intercept_ within 1e-4 at the second. shrinking is scikit-learn's default
(True), and the engine shrinks as LIBSVM does, so that at tol 1e-3 it takes LIBSVM's route.

Ties: rows that are exact duplicates within a class share their α in a way only the route decides
(the dual is not unique); Iris's first two features have such duplicates, so its values are jittered
by N(0, 0.01^2) ("svm_iris2_jittered"), as the k-NN fixtures do.
"""
import json
import os

import numpy as np
import sklearn
from sklearn.datasets import load_iris, make_blobs, make_moons
from sklearn.svm import SVC, SVR

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "algorithms", "src", "test",
                   "resources", "org", "stepwise", "algo", "svm")

CLASSIFIER_SETTINGS = [
    dict(kernel="rbf"), dict(kernel="rbf", C=10.0, gamma=2.0), dict(kernel="linear", C=0.5),
    dict(kernel="poly", degree=3, gamma="auto", coef0=1.0), dict(kernel="sigmoid", gamma=0.1, coef0=0.0),
]
REGRESSOR_SETTINGS = [
    dict(kernel="rbf"), dict(kernel="rbf", C=10.0, epsilon=0.05, gamma=0.5), dict(kernel="linear", epsilon=0.2),
    dict(kernel="poly", degree=3, coef0=1.0, gamma="scale"),
]


def resolved_gamma(model, x):
    if model.gamma == "scale":
        var = x.var()
        return 1.0 / (x.shape[1] * var) if var != 0 else 1.0
    if model.gamma == "auto":
        return 1.0 / x.shape[1]
    return float(model.gamma)


def describe(model, x, y, settings):
    out = dict(call="%s(%s)" % (type(model).__name__, ", ".join("%s=%r" % kv for kv in settings.items())),
               settings=settings, gamma_value=resolved_gamma(model, x), support=model.support_.tolist(),
               n_support=model.n_support_.tolist(), dual_coef=model.dual_coef_.tolist(),
               intercept=model.intercept_.tolist(), predictions=model.predict(x).tolist(),
               score=float(model.score(x, y)))
    return out


def fits(estimator, settings_list, x, y):
    kept = []
    for settings in settings_list:
        for tol in (1e-3, 1e-6):
            full = dict(settings, tol=tol)
            kept.append(describe(estimator(**full).fit(x, y), x, y, full))
    return kept


def write(name, x, y, classes, fitted):
    data = dict(x=np.asarray(x).tolist(), y=np.asarray(y).tolist(), fit_count=len(fitted), sklearn=sklearn.__version__)
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
    x, y = make_moons(100, noise=0.3, random_state=0)
    write("svm_moons", x, y, ["0", "1"], fits(SVC, CLASSIFIER_SETTINGS, x, y))
    x, y = make_blobs(90, n_features=2, centers=3, cluster_std=1.5, random_state=3)
    write("svm_blobs3", x, y, ["a", "b", "c"], fits(SVC, CLASSIFIER_SETTINGS, x, y))
    iris = load_iris()
    rng = np.random.default_rng(5)
    x = iris.data[:, :2] + rng.normal(0, 0.01, (150, 2))
    write("svm_iris2_jittered", x, iris.target, list(iris.target_names), fits(SVC, CLASSIFIER_SETTINGS, x, iris.target))
    x = np.sort(rng.uniform(0, 2 * np.pi, 60))[:, None]
    y = np.sin(x[:, 0]) + rng.normal(0, 0.2, 60)
    write("svm_regression_sine", x, y, None, fits(SVR, REGRESSOR_SETTINGS, x, y))


if __name__ == "__main__":
    main()
