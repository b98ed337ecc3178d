#!/usr/bin/env python3
"""Reference polynomial fits and bias-variance decomposition for the bias-variance lesson
(org.stepwise.algo.evaluation.BiasVarianceFactory).

    /usr/bin/python3 tools/reference/bias_variance.py

Writes algorithms/src/test/resources/org/stepwise/algo/evaluation/bias_variance.json: a few
training sets drawn as the lesson draws them (one x uniform in each of n equal bins of [-1, 1],
y = sin(1.5 pi x + 0.5) + N(0, sigma^2);
NumPy's generator, so the samples themselves are the fixture), and for each set and each degree
1..10 the predictions on the lesson's test grid (linspace(-1, 1, 101)) of numpy.polyfit and of
Pipeline(PolynomialFeatures(degree, include_bias=False), LinearRegression()), and the training MSE.
The lesson draws on [-1, 1], so the powers x .. x^10 stay well conditioned and the two fits agree
with the lesson's to 1e-8. For each degree, the decomposition over the sets measured on the grid
against f: bias^2, variance (ddof 0 over the sets), noise sigma^2 and the expected test
MSE mean((f - fhat)^2) + sigma^2.
"""
import json
import os

import numpy as np
import sklearn
from sklearn.linear_model import LinearRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import PolynomialFeatures

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "algorithms", "src", "test",
                   "resources", "org", "stepwise", "algo", "evaluation")
SETS, SIZE, SIGMA, DEGREES = 6, 20, 0.3, 10


def f(x):
    return np.sin(1.5 * np.pi * x + 0.5)


def main():
    rng = np.random.default_rng(7)
    grid = np.linspace(-1, 1, 101)
    truth = f(grid)
    sets = []
    for _ in range(SETS):
        x = -1 + 2 * (np.arange(SIZE) + rng.uniform(0, 1, SIZE)) / SIZE
        y = f(x) + SIGMA * rng.standard_normal(SIZE)
        sets.append({"x": x.tolist(), "y": y.tolist(), "polyfit": [], "pipeline": [], "train_mse": []})
    for d in range(1, DEGREES + 1):
        for s in sets:
            x, y = np.array(s["x"]), np.array(s["y"])
            poly = np.polyval(np.polyfit(x, y, d), grid)
            model = make_pipeline(PolynomialFeatures(d, include_bias=False), LinearRegression())
            model.fit(x[:, None], y)
            pipe = model.predict(grid[:, None])
            assert np.max(np.abs(poly - pipe)) < 1e-8
            s["polyfit"].append(poly.tolist())
            s["pipeline"].append(pipe.tolist())
            s["train_mse"].append(float(np.mean((model.predict(x[:, None]) - y) ** 2)))
    by_degree = []
    for d in range(DEGREES):
        fits = np.array([s["pipeline"][d] for s in sets])
        mean = fits.mean(axis=0)
        by_degree.append({"bias_squared": float(np.mean((mean - truth) ** 2)),
                          "variance": float(np.mean(fits.var(axis=0))),
                          "mse": float(np.mean((fits - truth) ** 2) + SIGMA ** 2)})
    out = {"sklearn": sklearn.__version__, "sigma": SIGMA, "grid": grid.tolist(), "sets": sets,
           "by_degree": by_degree}
    with open(os.path.join(OUT, "bias_variance.json"), "w") as out_file:
        json.dump(out, out_file)


if __name__ == "__main__":
    main()
