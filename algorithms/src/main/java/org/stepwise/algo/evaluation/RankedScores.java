package org.stepwise.algo.evaluation;

/**
 * Scores ranked once, from which every threshold curve is read: scikit-learn 1.2.1's
 * {@code _binary_clf_curve} ({@code sklearn/metrics/_ranking.py}). For each distinct score s,
 * highest first, the counts of positive and negative rows scoring at least s (tps, fps). The
 * ROC curve, the precision–recall curve, ROC AUC and average precision all come from one
 * instance, so a curve costs one sort. Immutable.
 */
public final class RankedScores {

    private final double[] thresholds;
    private final double[] truePositives;
    private final double[] falsePositives;

    private RankedScores(double[] thresholds, double[] truePositives, double[] falsePositives) {
        this.thresholds = thresholds;
        this.truePositives = truePositives;
        this.falsePositives = falsePositives;
    }

    /**
     * Ranks {@code scores} (not modified; higher means more likely positive) of rows whose class
     * is {@code yTrue} (not modified); rows of class {@code positiveClass} are the positives.
     */
    public static RankedScores of(int[] yTrue, double[] scores, int positiveClass) {
        Checks.pairedRows(yTrue.length, scores.length, "y_true", "y_score");
        Checks.finite(scores, "y_score");
        int n = scores.length;
        long[] keys = new long[n];
        byte[] positive = new byte[n];
        for (int i = 0; i < n; i++) {
            keys[i] = DescendingRadixSort.key(scores[i]);
            positive[i] = (byte) (yTrue[i] == positiveClass ? 1 : 0);
        }
        DescendingRadixSort.sort(keys, positive);
        int distinct = 1;
        double previous = DescendingRadixSort.score(keys[0]);
        for (int i = 1; i < n; i++) {
            double s = DescendingRadixSort.score(keys[i]);
            if (s != previous) {
                distinct++;
                previous = s;
            }
        }
        double[] thresholds = new double[distinct];
        double[] tps = new double[distinct];
        double[] fps = new double[distinct];
        long positives = 0;
        int at = 0;
        for (int i = 0; i < n; i++) {
            positives += positive[i];
            double s = DescendingRadixSort.score(keys[i]);
            if (i == n - 1 || DescendingRadixSort.score(keys[i + 1]) != s) {
                thresholds[at] = s;
                tps[at] = positives;
                fps[at] = i + 1 - positives;
                at++;
            }
        }
        return new RankedScores(thresholds, tps, fps);
    }

    /** Number of distinct scores. */
    public int size() { return thresholds.length; }

    /** The distinct scores, highest first (a copy). */
    public double[] thresholds() { return thresholds.clone(); }

    /** Positive rows scoring at least each threshold (a copy). */
    public double[] truePositives() { return truePositives.clone(); }

    /** Negative rows scoring at least each threshold (a copy). */
    public double[] falsePositives() { return falsePositives.clone(); }

    public double positives() { return truePositives[truePositives.length - 1]; }

    public double negatives() { return falsePositives[falsePositives.length - 1]; }

    double threshold(int i) { return thresholds[i]; }

    double truePositives(int i) { return truePositives[i]; }

    double falsePositives(int i) { return falsePositives[i]; }
}
