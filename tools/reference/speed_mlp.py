"""How long scikit-learn 1.2.1 takes for one epoch of MLPClassifier on Digits (1797 x 64, pixels
divided by 16): one hidden layer of 64 ReLU units, mini-batches of 32, plain SGD (momentum 0,
shuffle off, learning rate 0.01, alpha 1e-4), timed as one partial_fit(X, y) after a first one has
set the weights up. The same epoch as benchmarks/ MlpDigitsEpochBenchmark (the two are checked equal
on small nets by MiniBatchTrainerTest). Prints the median and the least of repeated epochs.

    cd tools/reference && /usr/bin/python3 speed_mlp.py
"""
import warnings

import numpy as np
import sklearn
from sklearn.datasets import load_digits
from sklearn.exceptions import ConvergenceWarning
from sklearn.neural_network import MLPClassifier

# The same timing as the other speed scripts (a warm-up, then the median and best).
from speed_naive_bayes import median_ms


def main():
    x, y = load_digits(return_X_y=True)
    x = x / 16.0
    model = MLPClassifier(hidden_layer_sizes=(64,), activation="relu", solver="sgd", momentum=0.0, shuffle=False,
                          batch_size=32, learning_rate_init=0.01, alpha=1e-4, random_state=0)
    warnings.simplefilter("ignore", ConvergenceWarning)
    model.partial_fit(x, y, classes=np.unique(y))
    print(f"scikit-learn {sklearn.__version__}, numpy {np.__version__}; Digits {x.shape}, hidden (64,), batch 32")
    median, least = median_ms(lambda: model.partial_fit(x, y), repeats=200)
    print(f"one epoch (partial_fit): median {median:.2f} ms over 200 (min {least:.2f}); "
          f"loss {model.loss_:.4f}, training accuracy {model.score(x, y):.4f}")


if __name__ == "__main__":
    main()
