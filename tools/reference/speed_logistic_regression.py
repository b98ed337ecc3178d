"""How long scikit-learn 1.2.1 takes to fit logistic regression on standardised Breast Cancer,
the fit that benchmarks/ OptimizerStepBenchmark times for the engine (design budget: engines are
as fast as scikit-learn for the same fit). Prints the median of repeated fits for each solver;
the data are loaded and standardised once, outside the timing, as in the JMH benchmark.

    /usr/bin/python3 tools/reference/speed_logistic_regression.py
"""
import statistics
import time
import warnings

import numpy as np
import sklearn
from sklearn.datasets import load_breast_cancer
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

warnings.simplefilter("error", ConvergenceWarning)


def gradient_norm(model, x, y, c):
    """Norm of the gradient of the mean loss plus ||w||^2 / (2 C n), the engine's stopping measure."""
    n = len(y)
    z = x @ model.coef_[0] + model.intercept_[0]
    p = 1 / (1 + np.exp(-z))
    residual = p - y
    grad_w = x.T @ residual / n + model.coef_[0] / (c * n)
    grad_b = residual.mean()
    return float(np.sqrt(grad_w @ grad_w + grad_b * grad_b))


def main():
    data = load_breast_cancer()
    x = StandardScaler().fit_transform(data.data)
    y = data.target
    print(f"scikit-learn {sklearn.__version__}, numpy {np.__version__}; Breast Cancer {x.shape}, standardised")
    for solver, tol in [("lbfgs", 1e-4), ("lbfgs", 1e-10), ("newton-cg", 1e-8), ("liblinear", 1e-8)]:
        make = lambda: LogisticRegression(penalty="l2", C=1.0, solver=solver, tol=tol, max_iter=100000)
        make().fit(x, y)  # warm-up
        times = []
        for _ in range(50):
            start = time.perf_counter()
            model = make().fit(x, y)
            times.append((time.perf_counter() - start) * 1000)
        print(f"{solver:10s} tol={tol:g}: median {statistics.median(times):.2f} ms over 50 fits "
              f"(min {min(times):.2f}), {int(np.max(model.n_iter_))} iterations, "
              f"gradient norm {gradient_norm(model, x, y, 1.0):.1e}")


if __name__ == "__main__":
    main()
