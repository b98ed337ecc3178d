#!/usr/bin/env python3
"""Reference values for the regression-metrics lesson (org.stepwise.algo.evaluation.RegressionMetricsFactory).

    /usr/bin/python3 tools/reference/regression_metrics.py

Writes algorithms/src/test/resources/org/stepwise/algo/evaluation/regression_metrics_<data>.json: the
data (x, y) and, for each scripted run (refit or keep the first fit; the outlier moved "up" or
"away"), every step's moved point, the LinearRegression coefficients used, the sklearn.metrics
values on its predictions, scipy.stats.probplot of the residuals (Filliben's plotting positions,
the least-squares line through the points) and np.histogram(residuals, bins=10).

The script: sx and sy are the population standard deviations of the first feature and the target
as given, s the sign of the first fit's first coefficient (+1 for 0), the outlier the row of the
largest first feature (the first such). After step k (k = 1 .. moves) the outlier's target is
y0 + k·notch·sy ("up") or y0 − s·k·notch·sy with its first feature x0 + k·notch·sx ("away").
"""
import json
import os

import numpy as np
import scipy
import sklearn
from scipy import stats
from sklearn import metrics
from sklearn.linear_model import LinearRegression

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "algorithms", "src", "test",
                   "resources", "org", "stepwise", "algo", "evaluation")
NOTCH = 1.0
MOVES = 6
BINS = 10


def step_values(x, y, model):
    pred = model.predict(x)
    residuals = y - pred
    (osm, osr), (slope, intercept, r) = stats.probplot(residuals, dist="norm")
    counts, edges = np.histogram(residuals, bins=BINS)
    return {"outlier_x": None, "outlier_y": None,
            "intercept": float(model.intercept_), "coef": [float(c) for c in model.coef_],
            "mse": metrics.mean_squared_error(y, pred),
            "rmse": metrics.mean_squared_error(y, pred, squared=False),
            "mae": metrics.mean_absolute_error(y, pred),
            "median_absolute_error": metrics.median_absolute_error(y, pred),
            "mape": metrics.mean_absolute_percentage_error(y, pred),
            "r2": metrics.r2_score(y, pred),
            "explained_variance": metrics.explained_variance_score(y, pred),
            "qq_theoretical": osm.tolist(), "qq_ordered": osr.tolist(),
            "qq_slope": float(slope), "qq_intercept": float(intercept), "qq_r": float(r),
            "histogram_counts": [int(c) for c in counts], "histogram_edges": edges.tolist()}


def run(x0, y0, refit, move):
    sx, sy = np.std(x0[:, 0]), np.std(y0)
    first = LinearRegression().fit(x0, y0)
    s = 1.0 if first.coef_[0] >= 0 else -1.0
    row = int(np.argmax(x0[:, 0]))
    steps = []
    for k in range(MOVES + 1):
        x, y = x0.copy(), y0.copy()
        if move == "up":
            y[row] = y0[row] + k * NOTCH * sy
        else:
            y[row] = y0[row] - s * (k * NOTCH * sy)
            x[row, 0] = x0[row, 0] + k * NOTCH * sx
        model = LinearRegression().fit(x, y) if refit else first
        values = step_values(x, y, model)
        values["outlier_x"], values["outlier_y"] = float(x[row, 0]), float(y[row])
        steps.append(values)
    return {"refit": refit, "move": move, "outlier": row, "notch": NOTCH, "moves": MOVES, "steps": steps}


def write(name, x, y):
    out = {"sklearn": sklearn.__version__, "scipy": scipy.__version__, "x": x.tolist(), "y": y.tolist(),
           "runs": [run(x, y, refit, move) for refit in (True, False) for move in ("up", "away")]}
    with open(os.path.join(OUT, "regression_metrics_" + name + ".json"), "w") as f:
        json.dump(out, f)


def main():
    rng = np.random.RandomState(0)
    x = rng.uniform(-3, 3, size=(30, 1))
    write("linear", x, 2 * x[:, 0] + 1 + rng.normal(0, 0.5, 30))
    x = rng.uniform(-3, 3, size=(25, 1))
    write("sine", x, np.sin(x[:, 0]) + rng.normal(0, 0.3, 25))


if __name__ == "__main__":
    main()
