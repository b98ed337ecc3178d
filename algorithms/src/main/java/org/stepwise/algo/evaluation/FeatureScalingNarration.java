package org.stepwise.algo.evaluation;

import java.util.Locale;

/** The step's sentences: the scaler applied, k-NN's score and gradient descent's steps, beside those before. */
final class FeatureScalingNarration {

    private FeatureScalingNarration() {
    }

    static String of(FeatureScalingSnapshot s) { return of(s, Integer.MAX_VALUE); }

    /** The most detailed form that fits in {@code characters}, or the briefest. */
    static String of(FeatureScalingSnapshot s, int characters) {
        if (!s.applied()) {
            return "The columns as given. Each step applies the next scaler (none, standard, min-max, robust), then"
                    + " scores k-NN and runs gradient descent on the scaled columns.";
        }
        int i = FeatureScalingSnapshot.scalerNames().indexOf(s.scaler());
        String knn = String.format(Locale.ROOT, "%s: k-NN (k = %d) cross-validated accuracy %.3f", capital(
                s.scalerTitle()), s.nNeighbors(), s.accuracy(i));
        String descent = Double.isNaN(s.gdSteps(i)) ? "gradient descent has no single bottom to reach (a constant"
                + " or repeated column)" : String.format(Locale.ROOT, "gradient descent %s %s steps (condition number"
                + " %s)", s.descentConverged() ? "converges in" : "has not converged after", count(s.gdSteps(i)),
                count(s.scalar("condition_number")));
        String brief = knn + "; " + descent + ".";
        if (i == 0) {
            return brief;
        }
        String before = String.format(Locale.ROOT, " Unscaled: %.3f and %s steps.", s.accuracy(0), count(s.gdSteps(0)));
        return brief.length() + before.length() <= characters ? brief + before : brief;
    }

    /** 27,772,598 or 22; 1.62 for a number below 10 that is not whole. */
    private static String count(double value) {
        if (Double.isNaN(value)) {
            return "no";
        }
        if (value < 10 && value != Math.rint(value)) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    private static String capital(String text) { return Character.toUpperCase(text.charAt(0)) + text.substring(1); }
}
