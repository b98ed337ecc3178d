"""How long scikit-learn 1.2.1 takes for GradientBoostingClassifier().fit(X, y) on Breast Cancer
(569 x 30; log_loss, 100 rounds of depth-3 trees), the fit benchmarks/ GradientBoostingFitBenchmark
times for the gradient-boosting lesson's engine. Prints the median and the least of repeated fits
(the data loaded once, outside the timing).

    cd tools/reference && /usr/bin/python3 speed_gradient_boosting.py
"""
import numpy as np
import sklearn
from sklearn.datasets import load_breast_cancer
from sklearn.ensemble import GradientBoostingClassifier

# The same timing as the other speed scripts (a warm-up, then the median and best).
from speed_naive_bayes import median_ms


def main():
    x, y = load_breast_cancer(return_X_y=True)
    print(f"scikit-learn {sklearn.__version__}, numpy {np.__version__}; Breast Cancer {x.shape}")
    median, least = median_ms(lambda: GradientBoostingClassifier(random_state=0).fit(x, y), repeats=20)
    print(f"fit(X, y): median {median:.1f} ms over 20 (min {least:.1f})")


if __name__ == "__main__":
    main()
