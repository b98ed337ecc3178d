"""How long scikit-learn 1.2.1 takes to fit the ensemble-voting lesson's default ensemble on Breast
Cancer (569 x 30), the fits that benchmarks/ VotingFitBenchmark times: VotingClassifier (hard, soft)
and StackingClassifier(cv=StratifiedKFold(5), final_estimator=LogisticRegression()) of
LogisticRegression, KNeighborsClassifier(), DecisionTreeClassifier(random_state=0) and GaussianNB().
The logistic regression is fitted as the lesson fits it, to its optimum (newton-cg, tol 1e-8); on
the raw Breast Cancer columns LogisticRegression()'s lbfgs stops at max_iter=100 short of it (its
time is printed too). Prints the median of repeated fits, and of fit plus the lesson's scoring (the
ensemble's and each member's score on the training rows).

    /usr/bin/python3 tools/reference/speed_voting.py
"""
import sys
import os
import warnings

import numpy as np
import sklearn
from sklearn.datasets import load_breast_cancer
from sklearn.ensemble import StackingClassifier, VotingClassifier
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.naive_bayes import GaussianNB
from sklearn.neighbors import KNeighborsClassifier
from sklearn.tree import DecisionTreeClassifier

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from speed_naive_bayes import median_ms  # noqa: E402


def members(logistic):
    return [("logistic", logistic()), ("knn", KNeighborsClassifier()),
            ("tree", DecisionTreeClassifier(random_state=0)), ("naiveBayes", GaussianNB())]


def exact():
    return LogisticRegression(solver="newton-cg", tol=1e-8, max_iter=1000)


def ensemble(voting, logistic):
    if voting == "stacking":
        return StackingClassifier(members(logistic), final_estimator=LogisticRegression(), cv=StratifiedKFold(5))
    return VotingClassifier(members(logistic), voting=voting)


def main():
    # LogisticRegression()'s lbfgs stops at max_iter on the raw columns, and newton-cg's line search
    # can go no further near the optimum on some folds: both warn on every fit, which is not news here.
    warnings.simplefilter("ignore", ConvergenceWarning)
    warnings.filterwarnings("ignore", message="Line Search failed")
    warnings.filterwarnings("ignore", message="The line search algorithm did not converge")
    x, y = load_breast_cancer(return_X_y=True)
    print(f"scikit-learn {sklearn.__version__}, numpy {np.__version__}; Breast Cancer {x.shape}")
    for voting in ("hard", "soft", "stacking"):
        fit = median_ms(lambda: ensemble(voting, exact).fit(x, y), repeats=30)

        def scored():
            e = ensemble(voting, exact).fit(x, y)
            e.score(x, y)
            for est in e.estimators_:
                est.score(x, y)
        both = median_ms(scored, repeats=30)
        lbfgs = median_ms(lambda: ensemble(voting, LogisticRegression).fit(x, y), repeats=30)
        print(f"{voting:8s}: fit median {fit[0]:.2f} ms (min {fit[1]:.2f}); fit + scoring median {both[0]:.2f} ms "
              f"(min {both[1]:.2f}); with LogisticRegression() (lbfgs, 100 iterations) fit median {lbfgs[0]:.2f} ms")


if __name__ == "__main__":
    main()
