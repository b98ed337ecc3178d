package org.stepwise.algo.ensemble;

import org.stepwise.algo.ClassProbabilities;

/**
 * One member of a voting ensemble, fitted through its own lesson's engine: its class
 * probabilities over rows of any width, and over the boundary grid of a two-feature plane.
 *
 * @param kind          which classifier it is
 * @param grid          the member's own model for the decision-boundary grid ({@code null} off the plane)
 * @param rows          its {@code predict_proba} over row-major rows; for a member without probabilities (the
 *                      SVM) a one-hot vector of its {@code predict}
 */
public record FittedMember(VotingMember kind, ClassProbabilities grid, RowProbabilities rows) {

    /** {@code predict_proba} of row-major rows. */
    @FunctionalInterface
    public interface RowProbabilities {
        /**
         * Writes {@code out[i·K + k] = P(k | rows[i·d .. i·d + d))} for i in [0, count). Not modified: rows.
         * Modified: out (length at least count·K).
         */
        void probabilities(double[] rows, int count, double[] out);
    }

    /** Each row's predicted class (the most probable; a tie to the lowest, as scikit-learn's argmax). */
    int[] predict(double[] rowMajor, int count, int classes) {
        double[] probabilities = new double[count * classes];
        rows.probabilities(rowMajor, count, probabilities);
        int[] predicted = new int[count];
        for (int i = 0; i < count; i++) {
            predicted[i] = ClassProbabilities.mostProbable(probabilities, i * classes, classes);
        }
        return predicted;
    }

    /** The grid's points {@code (xs[i], ys[i])} as row-major rows of two features, for the row-wise models. */
    static double[] rowsOf(double[] xs, double[] ys, int count) {
        double[] points = new double[2 * count];
        for (int i = 0; i < count; i++) {
            points[2 * i] = xs[i];
            points[2 * i + 1] = ys[i];
        }
        return points;
    }
}
