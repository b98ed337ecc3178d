#!/usr/bin/env python3
"""Reference EM steps and fits of scikit-learn 1.2.1's GaussianMixture for the Stepwise gmm tests.

    /usr/bin/python3 tools/reference/gmm.py

Writes algorithms/src/test/resources/org/stepwise/algo/cluster/<case>.json, each holding the data
(x, and y all zero: the mixture ignores targets) and one run per setting, "fit0" .. "fit<fit_count - 1>".

The start is the lesson's init=first: every point given responsibility 1 for the nearest of the first
k rows, then GaussianMixture._initialize(X, resp) (one M-step; weights over n). Its weights, means and
precisions are handed to GaussianMixture(weights_init, means_init, precisions_init), so scikit-learn's
own code starts from them (a full precision through its Cholesky factor, as _initialize does), and:
  - "steps" (at the default tol and max_iter only): the first STEPS iterations (fewer if the fit stops sooner) of _e_step then _m_step, by hand: after each E-step the mean
    log-likelihood (log_prob_norm) and the responsibilities; after each M-step weights_, means_ and
    covariances_ (flattened: full k*d*d, tied d*d, diag k*d, spherical k);
  - the exact call .fit_predict(X): its labels, weights_, means_, covariances_, lower_bound_, n_iter_
    and converged_.
Data: 300 points of three stretched, sheared blobs (2 features) and Iris (4 features, jittered by
N(0, 0.01^2): its duplicate rows tie). Settings: k = 2, 3 for each covariance type at tol 1e-3 (the
default) and 1e-10, and max_iter = 3 (the limit ends the run).
"""
import json
import os
import warnings

import numpy as np
import sklearn
from sklearn.datasets import load_iris, make_blobs
from sklearn.exceptions import ConvergenceWarning
from sklearn.mixture import GaussianMixture

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "algorithms", "src", "test",
                   "resources", "org", "stepwise", "algo", "cluster")
STEPS = 3
TYPES = ("full", "tied", "diag", "spherical")


def first_responsibilities(x, k):
    d = ((x[:, None, :] - x[None, :k, :]) ** 2).sum(axis=2)
    s = np.sort(d, axis=1)
    if k > 1 and ((s[:, 1] - s[:, 0]) <= 1e-9 * np.maximum(s[:, 1], 1e-300)).any():
        raise SystemExit("a point is equally near two of the first rows")
    resp = np.zeros((len(x), k))
    resp[np.arange(len(x)), d.argmin(axis=1)] = 1.0
    return resp


def start(x, k, cov_type, reg):
    """The weights, means and precisions of init=first, by scikit-learn's own _initialize."""
    model = GaussianMixture(n_components=k, covariance_type=cov_type, reg_covar=reg)
    model._initialize(x, first_responsibilities(x, k))
    chol = model.precisions_cholesky_
    if cov_type == "full":
        precisions = np.array([c @ c.T for c in chol])
    elif cov_type == "tied":
        precisions = chol @ chol.T
    else:
        precisions = chol ** 2
    return model.weights_, model.means_, precisions


def flat(a):
    return np.asarray(a, dtype=float).ravel().tolist()


def run(x, k, cov_type, tol, max_iter):
    reg = 1e-6
    weights, means, precisions = start(x, k, cov_type, reg)
    make = lambda: GaussianMixture(n_components=k, covariance_type=cov_type, reg_covar=reg, tol=tol,
                                   max_iter=max_iter, n_init=1, weights_init=weights, means_init=means,
                                   precisions_init=precisions, random_state=0)
    call = "GaussianMixture(n_components=%d, covariance_type='%s', reg_covar=%g, tol=%g, max_iter=%d, " \
           "weights_init, means_init, precisions_init of init=first)" % (k, cov_type, reg, tol, max_iter)
    model = make()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        labels = model.fit_predict(x)
    stepper = make()
    stepper._initialize(x, first_responsibilities(x, k))  # resp unused: the three inits are given
    steps = []
    for _ in range(min(STEPS, model.n_iter_) if tol == 1e-3 and max_iter == 100 else 0):
        log_prob_norm, log_resp = stepper._e_step(x)
        stepper._m_step(x, log_resp)
        steps.append({"log_likelihood": float(log_prob_norm), "resp": np.exp(log_resp).tolist(),
                      "weights": flat(stepper.weights_), "means": stepper.means_.tolist(),
                      "covariances": flat(stepper.covariances_)})
    return {"call": call, "n_components": k, "covariance_type": cov_type, "reg_covar": reg, "tol": tol,
            "max_iter": max_iter, "steps": steps, "labels": labels.tolist(),
            "weights": flat(model.weights_), "means": model.means_.tolist(),
            "covariances": flat(model.covariances_), "lower_bound": float(model.lower_bound_),
            "n_iter": int(model.n_iter_), "converged": bool(model.converged_)}


def case(name, x):
    fits = []
    for cov_type in TYPES:
        for k in (2, 3):
            for tol, max_iter in ((1e-3, 100), (1e-10, 1000), (1e-3, 3)):
                fits.append(run(x, k, cov_type, tol, max_iter))
    fixture = {"sklearn": sklearn.__version__, "x": x.tolist(), "y": [0.0] * len(x), "fit_count": len(fits)}
    for i, f in enumerate(fits):
        fixture["fit%d" % i] = f
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name + ".json"), "w") as handle:
        json.dump(fixture, handle)


def main():
    rng = np.random.default_rng(2023)
    x, _ = make_blobs(n_samples=300, centers=3, n_features=2, cluster_std=1.0, random_state=7)
    case("gmm_blobs", x @ np.array([[1.0, 0.6], [-0.3, 0.8]]))
    iris = load_iris()
    case("gmm_iris", iris.data + rng.normal(0, 0.01, iris.data.shape))


if __name__ == "__main__":
    main()
