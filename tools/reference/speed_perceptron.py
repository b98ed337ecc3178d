"""How long scikit-learn 1.2.1 takes to fit Perceptron(shuffle=False, tol=None, max_iter=100) on
standardised Breast Cancer and on Digits as given, the fits benchmarks/ PerceptronBenchmark
times for the engine (design budget: engines are as fast as scikit-learn for the same fit).
Prints the median of repeated fits; the data are loaded (and standardised) once, outside the
timing, as in the JMH benchmark. Writes nothing.

    /usr/bin/python3 tools/reference/speed_perceptron.py
"""
import statistics
import time

import numpy as np
import sklearn
from sklearn.datasets import load_breast_cancer, load_digits
from sklearn.linear_model import Perceptron
from sklearn.preprocessing import StandardScaler


def main():
    cancer = load_breast_cancer()
    digits = load_digits()
    cases = {
        "breast_cancer (standardised)": (StandardScaler().fit_transform(cancer.data), cancer.target),
        "digits": (digits.data.astype(float), digits.target),
    }
    print(f"scikit-learn {sklearn.__version__}, numpy {np.__version__}")
    for name, (x, y) in cases.items():
        make = lambda: Perceptron(shuffle=False, tol=None, max_iter=100)
        make().fit(x, y)  # warm-up
        times = []
        for _ in range(30):
            start = time.perf_counter()
            model = make().fit(x, y)
            times.append(time.perf_counter() - start)
        print(f"{name} {x.shape}: median {1000 * statistics.median(times):.2f} ms "
              f"(min {1000 * min(times):.2f}), n_iter {model.n_iter_}, accuracy {model.score(x, y):.4f}")


if __name__ == "__main__":
    main()
