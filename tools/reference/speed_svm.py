"""How long scikit-learn 1.2.1 takes for SVC(kernel="rbf").fit(X, y) (C=1, gamma="scale",
tol=1e-3, shrinking on: the defaults) on 1,000 moons points (make_moons(1000, noise=0.3,
random_state=0)), the fit benchmarks/ SvmFitBenchmark times for the svm lesson's engine (LIBSVM's
solver, shrinking as LIBSVM does). Prints the median and the least of repeated fits (the data made
once, outside the timing), the support vectors and the iterations. With --write it also writes
the points to benchmarks/src/main/resources/org/stepwise/bench/moons_1000.csv, which the
benchmark reads, so both time the same data.

    cd tools/reference && /usr/bin/python3 speed_svm.py [--write]
"""
import os
import sys

import numpy as np
import sklearn
from sklearn.datasets import make_moons
from sklearn.svm import SVC

# The same timing as the other speed scripts (a warm-up, then the median and best).
from speed_naive_bayes import median_ms

CSV = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "benchmarks", "src", "main", "resources",
                   "org", "stepwise", "bench", "moons_1000.csv")


def main():
    x, y = make_moons(1000, noise=0.3, random_state=0)
    if "--write" in sys.argv:
        with open(CSV, "w") as out:
            out.write("x1,x2,class\n")
            for (a, b), label in zip(x, y):
                out.write("%r,%r,%d\n" % (float(a), float(b), label))
    model = SVC().fit(x, y)
    print(f"scikit-learn {sklearn.__version__}, numpy {np.__version__}; moons {x.shape}, "
          f"{model.n_support_.sum()} support vectors, {model.n_iter_[0]} iterations")
    median, least = median_ms(lambda: SVC().fit(x, y), repeats=50)
    print(f"SVC().fit(X, y): median {median:.2f} ms over 50 (min {least:.2f})")


if __name__ == "__main__":
    main()
