package org.stepwise.algo.evaluation;

/**
 * Metrics of predicted probabilities, as scikit-learn 1.2.1 computes them:
 * {@code log_loss(y, p, labels=range(K))} and {@code brier_score_loss(y, p)}.
 *
 * <p>Log loss = −(1/n) Σ log p̃_{i, y_i}, where each probability is first clipped to [ε, 1 − ε]
 * (ε = 2⁻⁵², {@code eps="auto"} for float64) and each row then divided by its sum. Brier score =
 * (1/n) Σ (𝟙[y_i = positive] − p_i)², binary; per class it is the one-vs-rest Brier score of
 * that class's probability column, and the macro Brier score their mean.
 */
public final class ProbabilityMetrics {

    /** {@code np.finfo(np.float64).eps}: log loss clips probabilities to [EPS, 1 − EPS]. */
    static final double EPS = Math.ulp(1.0);

    private ProbabilityMetrics() {
    }

    /**
     * Binary log loss of {@code positiveProbability} (the probability of class 1; not modified)
     * against labels 0/1, as {@code log_loss(y, p)} with a 1-d {@code p}.
     */
    public static double logLoss(int[] yTrue, double[] positiveProbability) {
        checkBinary(yTrue, positiveProbability);
        Checks.finite(positiveProbability, "y_prob");
        double sum = 0;
        for (int i = 0; i < yTrue.length; i++) {
            double p = clip(positiveProbability[i]);
            double q = 1 - p; // scikit-learn appends 1 − p after clipping, unclipped
            sum -= Math.log((yTrue[i] == 1 ? p : q) / (q + p));
        }
        return sum / yTrue.length;
    }

    /**
     * Multi-class log loss of {@code probabilities} (n rows of K columns; not modified) against
     * labels 0 .. K − 1, as {@code log_loss(y, P, labels=range(K))}.
     */
    public static double logLoss(int[] yTrue, double[][] probabilities) {
        Checks.pairedRows(yTrue.length, probabilities.length, "y_true", "y_prob");
        int classes = probabilities[0].length;
        if (classes < 2) {
            throw new IllegalArgumentException("log loss needs at least two classes; got " + classes);
        }
        double sum = 0;
        for (int i = 0; i < yTrue.length; i++) {
            double[] row = probabilities[i];
            if (row.length != classes || yTrue[i] < 0 || yTrue[i] >= classes) {
                throw new IllegalArgumentException("row " + i + " of y_prob must have " + classes
                        + " probabilities and its label must lie in 0.." + (classes - 1));
            }
            double rowSum = 0;
            for (double p : row) {
                rowSum += clip(p);
            }
            sum -= Math.log(clip(row[yTrue[i]]) / rowSum);
        }
        return sum / yTrue.length;
    }

    /** Binary Brier score of the probabilities of class 1 against labels 0/1: {@code brier_score_loss}. */
    public static double brierScore(int[] yTrue, double[] positiveProbability) {
        checkBinary(yTrue, positiveProbability);
        Checks.probabilities(positiveProbability, "y_prob");
        double sum = 0;
        for (int i = 0; i < yTrue.length; i++) {
            double d = yTrue[i] - positiveProbability[i];
            sum += d * d;
        }
        return sum / yTrue.length;
    }

    /**
     * One-vs-rest Brier score of each class k: {@code brier_score_loss(y == k, P[:, k])}.
     */
    public static double[] brierScorePerClass(int[] yTrue, double[][] probabilities) {
        Checks.pairedRows(yTrue.length, probabilities.length, "y_true", "y_prob");
        int classes = probabilities[0].length;
        double[] sums = new double[classes];
        for (int i = 0; i < yTrue.length; i++) {
            for (int k = 0; k < classes; k++) {
                double p = probabilities[i][k];
                if (!(p >= 0 && p <= 1)) {
                    throw new IllegalArgumentException("y_prob must lie in [0, 1]; row " + i + " has " + p);
                }
                double d = (yTrue[i] == k ? 1 : 0) - p;
                sums[k] += d * d;
            }
        }
        for (int k = 0; k < classes; k++) {
            sums[k] /= yTrue.length;
        }
        return sums;
    }

    /** The mean of the per-class Brier scores (macro average). */
    public static double brierScoreMacro(int[] yTrue, double[][] probabilities) {
        double[] perClass = brierScorePerClass(yTrue, probabilities);
        double sum = 0;
        for (double b : perClass) {
            sum += b;
        }
        return sum / perClass.length;
    }

    private static void checkBinary(int[] yTrue, double[] positiveProbability) {
        Checks.pairedRows(yTrue.length, positiveProbability.length, "y_true", "y_prob");
        Checks.binary(yTrue, "y_true");
    }

    private static double clip(double p) { return Math.min(Math.max(p, EPS), 1 - EPS); }
}
