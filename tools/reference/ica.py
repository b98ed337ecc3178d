#!/usr/bin/env python3
"""Reference fits of scikit-learn 1.2.1's FastICA for the Stepwise ICA engine tests.

    /usr/bin/python3 tools/reference/ica.py

Writes algorithms/src/test/resources/org/stepwise/algo/decomposition/ica_<case>.json, each holding
the data (x, or the name of a built-in data set the test loads itself), the call's parameters,
w_init, and what FastICA(whiten="unit-variance", whiten_solver="svd", w_init=w_init) fits:
whitening (whitening_), components, mixing, mean and n_iter, at the case's tol. "iterations" holds
the unmixing matrix of the whitened data after 0, 1, 2, ... fixed-point iterations, each taken
from scikit-learn's own loop: _ica_par(X1, max_iter=t) (parallel; t = 0 is _sym_decorrelation(w_init))
or _ica_def(X1, max_iter=t)'s first unit (deflation), on X1 = sqrt(n) K (X - mean)^T as
FastICA._fit_transform makes it. whiten_solver="svd" is 1.2.1's default.
"""
import json
import os
import warnings

import numpy as np
import sklearn
from scipy import signal
from sklearn.datasets import load_iris
from sklearn.decomposition import FastICA
from sklearn.decomposition._fastica import _cube, _exp, _ica_def, _ica_par, _logcosh, _sym_decorrelation
from sklearn.exceptions import ConvergenceWarning

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "algorithms", "src", "test",
                   "resources", "org", "stepwise", "algo", "decomposition")
G = {"logcosh": _logcosh, "exp": _exp, "cube": _cube}


def signals(n, seed):
    """Three mixed sources as the lesson's data (scikit-learn's blind source separation example)."""
    t = np.linspace(0, 8, n)
    s = np.c_[np.sin(2 * t), np.sign(np.sin(3 * t)), signal.sawtooth(2 * np.pi * t)]
    s += 0.05 * np.random.default_rng(seed).normal(size=s.shape)
    s /= s.std(axis=0)
    a = np.array([[1, 1, 1], [0.5, 2, 1], [1.5, 1, 2]])
    return s @ a.T


def case(name, x, n_components, fun, algorithm, tol, steps, seed, dataset=None, max_iter=200):
    k = x.shape[1] if n_components is None else n_components
    w_init = np.random.default_rng(seed).normal(size=(k, k))
    ica = FastICA(n_components=n_components, algorithm=algorithm, whiten="unit-variance", fun=fun, tol=tol,
                  max_iter=max_iter, w_init=w_init, whiten_solver="svd")
    with warnings.catch_warnings():
        warnings.simplefilter("error", ConvergenceWarning)
        ica.fit(x)
    x1 = np.dot(ica.whitening_, (x - ica.mean_).T)
    x1 *= np.sqrt(x.shape[0])
    iterations = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        for t in range(steps + 1):
            if algorithm == "parallel":
                w = _sym_decorrelation(w_init) if t == 0 else _ica_par(x1, -1.0, G[fun], {}, t, w_init)[0]
                iterations.append(w.tolist())
            elif t > 0:
                iterations.append(_ica_def(x1, -1.0, G[fun], {}, t, w_init)[0][0].tolist())
    out = {
        "sklearn": sklearn.__version__,
        "call": "FastICA(n_components=%r, algorithm=%r, whiten='unit-variance', fun=%r, tol=%r, max_iter=%r,"
                " w_init=w_init, whiten_solver='svd').fit(X)" % (n_components, algorithm, fun, tol, max_iter),
        "n_components": 0 if n_components is None else n_components,
        "fun": fun,
        "algorithm": algorithm,
        "tol": tol,
        "max_iter": max_iter,
        "w_init": w_init.tolist(),
        "whitening": ica.whitening_.tolist(),
        "components": ica.components_.tolist(),
        "mixing": ica.mixing_.tolist(),
        "mean": ica.mean_.tolist(),
        "n_iter": int(ica.n_iter_),
        "iterations": iterations,
        "sources": ica.transform(x)[:50].tolist(),
    }
    if dataset is None:
        out["x"] = x.tolist()
    else:
        out["dataset"] = dataset
    with open(os.path.join(OUT, "ica_" + name + ".json"), "w") as f:
        json.dump(out, f)


def main():
    assert sklearn.__version__ == "1.2.1", sklearn.__version__
    os.makedirs(OUT, exist_ok=True)
    x = signals(400, 3)
    case("signals", x, None, "logcosh", "parallel", 1e-4, 12, 1)
    case("signals_tight", x, None, "logcosh", "parallel", 1e-12, 0, 1)
    case("signals_exp_deflation", x, None, "exp", "deflation", 1e-10, 6, 2)
    case("signals_cube_two", x, 2, "cube", "parallel", 1e-10, 6, 3)
    iris = load_iris().data
    case("iris", iris, None, "logcosh", "parallel", 1e-8, 6, 4, dataset="iris", max_iter=1000)


if __name__ == "__main__":
    main()
