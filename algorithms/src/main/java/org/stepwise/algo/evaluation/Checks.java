package org.stepwise.algo.evaluation;

/** The input checks the metrics share, each failing with one sentence (the caller's fault). */
final class Checks {

    private Checks() {
    }

    static void sameLength(int a, int b, String nameA, String nameB) {
        if (a != b) {
            throw new IllegalArgumentException(nameA + " and " + nameB + " must have the same length; got " + a
                    + " and " + b);
        }
    }

    /** Two arrays of one value per row each: the same length, and at least one row. */
    static void pairedRows(int a, int b, String nameA, String nameB) {
        sameLength(a, b, nameA, nameB);
        atLeastOneRow(a);
    }

    static void atLeastOneRow(int n) {
        if (n == 0) {
            throw new IllegalArgumentException("a metric needs at least one row; got none");
        }
    }

    /** Every value finite (scikit-learn's {@code check_array} refuses NaN and infinity). */
    static void finite(double[] values, String name) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(name + " must be finite; row " + i + " is " + values[i]);
            }
        }
    }

    /** Every value a probability (scikit-learn: "y_prob contains values outside [0, 1]"). */
    static void probabilities(double[] values, String name) {
        for (int i = 0; i < values.length; i++) {
            if (!(values[i] >= 0 && values[i] <= 1)) {
                throw new IllegalArgumentException(name + " must lie in [0, 1]; row " + i + " is " + values[i]);
            }
        }
    }

    /** Binary labels: each 0 or 1. */
    static void binary(int[] y, String name) {
        for (int i = 0; i < y.length; i++) {
            if (y[i] != 0 && y[i] != 1) {
                throw new IllegalArgumentException(name + " must be 0 or 1 here; row " + i + " is " + y[i]);
            }
        }
    }
}
