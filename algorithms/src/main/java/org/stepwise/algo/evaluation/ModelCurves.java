package org.stepwise.algo.evaluation;

import java.util.function.IntToDoubleFunction;

/**
 * One classifier's held-out scores and the curves over every threshold, computed once from one
 * ranking ({@link RankedScores}): the ROC curve (scikit-learn's {@code roc_curve}, intermediate
 * points dropped), the precision–recall curve ({@code precision_recall_curve}), ROC AUC and average
 * precision; and, for any threshold, the operating point on both curves, found by a binary search
 * of the ranking (no allocation but the point). Immutable; the curves' arrays are never written.
 */
public final class ModelCurves {

    private final ScoredRows rows;
    private final RocCurve roc;
    private final PrecisionRecallCurve precisionRecall;

    ModelCurves(ScoredRows rows) {
        this.rows = rows;
        this.roc = ThresholdCurves.roc(rows.ranked(), true);
        this.precisionRecall = ThresholdCurves.precisionRecall(rows.ranked());
    }

    public ScoredRows rows() { return rows; }

    /** The {@code model} parameter's word for the classifier. */
    public String model() { return rows.model(); }

    /** The classifier's name in a sentence or a legend ("k-NN"). */
    public String name() { return ScoringModel.named(rows.model()).shortName(); }

    /** {@code roc_curve(y, s)}: not to be modified. */
    public RocCurve roc() { return roc; }

    /** {@code precision_recall_curve(y, s)}: not to be modified. */
    public PrecisionRecallCurve precisionRecall() { return precisionRecall; }

    public double rocAuc() { return rows.rocAuc(); }

    public double averagePrecision() { return rows.averagePrecision(); }

    /** The counts at threshold t: rows scoring at least t are predicted positive. */
    public OperatingPoint at(double t) {
        RankedScores ranked = rows.ranked();
        int above = countAtLeast(ranked, t);
        double tp = above == 0 ? 0 : ranked.truePositives(above - 1);
        double fp = above == 0 ? 0 : ranked.falsePositives(above - 1);
        return new OperatingPoint(t, tp, fp, ranked.positives(), ranked.negatives());
    }

    /** How many of the ROC curve's points (its first, at max + 1, included) have a threshold of at least t. */
    public int rocPointsAtLeast(double t) {
        double[] thresholds = roc.thresholds();
        return leadingAtLeast(i -> thresholds[i], thresholds.length, t);
    }

    /** How many of the precision–recall curve's thresholds (increasing) are at least t. */
    public int precisionRecallPointsAtLeast(double t) {
        double[] thresholds = precisionRecall.thresholds();
        int m = thresholds.length;
        return leadingAtLeast(i -> thresholds[m - 1 - i], m, t);
    }

    private static int countAtLeast(RankedScores ranked, double t) {
        return leadingAtLeast(ranked::threshold, ranked.size(), t);
    }

    /** How many of the first values of a decreasing sequence are at least t (a binary search). */
    private static int leadingAtLeast(IntToDoubleFunction decreasing, int size, double t) {
        int low = 0;
        int high = size;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (decreasing.applyAsDouble(mid) >= t) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
