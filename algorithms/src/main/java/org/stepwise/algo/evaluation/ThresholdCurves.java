package org.stepwise.algo.evaluation;

/**
 * Curves over every threshold and their areas, from {@link RankedScores} (one sort), as
 * scikit-learn 1.2.1's {@code sklearn/metrics/_ranking.py}: {@code roc_curve} (with its
 * {@code drop_intermediate}: a point is kept when it is an end or the curve bends there, a
 * nonzero second difference of fps or tps; a first threshold of max + 1), {@code roc_auc_score}
 * (the trapezoidal area under the dropped curve; one-vs-rest macro or support-weighted for more
 * classes), {@code precision_recall_curve} (no dropping in 1.2.1; precision 0 where nothing is
 * predicted positive) and {@code average_precision_score} = Σ (R_n − R_{n+1}) P_n.
 *
 * <p>Where scikit-learn returns NaN or substitutes with a warning (no positive or no negative
 * row), these throw {@link UndefinedMetricException} with the reason.
 */
public final class ThresholdCurves {

    private ThresholdCurves() {
    }

    /** {@code roc_curve(y, s, drop_intermediate=dropIntermediate)}. */
    public static RocCurve roc(RankedScores ranked, boolean dropIntermediate) {
        requireBothClasses(ranked, "the ROC curve");
        int m = ranked.size();
        boolean[] keep = new boolean[m];
        int kept = 0;
        for (int i = 0; i < m; i++) {
            keep[i] = !dropIntermediate || m <= 2 || i == 0 || i == m - 1 || bends(ranked, i);
            kept += keep[i] ? 1 : 0;
        }
        double[] fpr = new double[kept + 1];
        double[] tpr = new double[kept + 1];
        double[] thresholds = new double[kept + 1];
        thresholds[0] = ranked.threshold(0) + 1;
        double negatives = ranked.negatives();
        double positives = ranked.positives();
        int at = 1;
        for (int i = 0; i < m; i++) {
            if (keep[i]) {
                fpr[at] = ranked.falsePositives(i) / negatives;
                tpr[at] = ranked.truePositives(i) / positives;
                thresholds[at] = ranked.threshold(i);
                at++;
            }
        }
        return new RocCurve(fpr, tpr, thresholds);
    }

    /** {@code roc_auc_score(y, s)} for two classes: the trapezoidal area under {@link #roc}. */
    public static double rocAuc(RankedScores ranked) {
        requireBothClasses(ranked, "ROC AUC");
        RocCurve curve = roc(ranked, true);
        double[] x = curve.fpr();
        double[] y = curve.tpr();
        double area = 0;
        for (int i = 1; i < x.length; i++) {
            area += (x[i] - x[i - 1]) * (y[i] + y[i - 1]) / 2.0;
        }
        return area;
    }

    /**
     * {@code roc_auc_score(y, P, multi_class="ovr", average=..., labels=range(K))}: each class's
     * binary AUC against the rest, from its probability column (one sort per class), then their
     * mean ({@link Average#MACRO}) or support-weighted mean ({@link Average#WEIGHTED}).
     */
    public static double rocAucOneVsRest(int[] yTrue, double[][] probabilities, Average average) {
        if (average != Average.MACRO && average != Average.WEIGHTED) {
            throw new IllegalArgumentException("one-vs-rest ROC AUC averages macro or weighted; got " + average.sklearnName());
        }
        Checks.pairedRows(yTrue.length, probabilities.length, "y_true", "y_score");
        int classes = probabilities[0].length;
        double[] column = new double[yTrue.length];
        double sum = 0;
        double weights = 0;
        for (int k = 0; k < classes; k++) {
            long support = 0;
            for (int i = 0; i < yTrue.length; i++) {
                column[i] = probabilities[i][k];
                support += yTrue[i] == k ? 1 : 0;
            }
            if (support == 0 || support == yTrue.length) {
                throw new UndefinedMetricException("one-vs-rest ROC AUC is undefined: class " + k + " is "
                        + (support == 0 ? "absent from" : "the only class in") + " y_true, so its curve has only one class");
            }
            double w = average == Average.WEIGHTED ? support : 1;
            sum += rocAuc(RankedScores.of(yTrue, column, k)) * w;
            weights += w;
        }
        return sum / weights;
    }

    /** {@code precision_recall_curve(y, s)}. */
    public static PrecisionRecallCurve precisionRecall(RankedScores ranked) {
        requirePositives(ranked, "the precision-recall curve");
        int m = ranked.size();
        double[] precision = new double[m + 1];
        double[] recall = new double[m + 1];
        double[] thresholds = new double[m];
        double positives = ranked.positives();
        for (int i = 0; i < m; i++) {
            int at = m - 1 - i;
            double tp = ranked.truePositives(i);
            double predicted = tp + ranked.falsePositives(i);
            precision[at] = predicted == 0 ? 0 : tp / predicted;
            recall[at] = tp / positives;
            thresholds[at] = ranked.threshold(i);
        }
        precision[m] = 1;
        recall[m] = 0;
        return new PrecisionRecallCurve(precision, recall, thresholds);
    }

    /** {@code average_precision_score(y, s)} = −Σ (R_{n+1} − R_n) P_n over the curve, recall decreasing. */
    public static double averagePrecision(RankedScores ranked) {
        requirePositives(ranked, "average precision");
        PrecisionRecallCurve curve = precisionRecall(ranked);
        double[] precision = curve.precision();
        double[] recall = curve.recall();
        double sum = 0;
        for (int i = 0; i < recall.length - 1; i++) {
            sum += (recall[i + 1] - recall[i]) * precision[i];
        }
        return -sum;
    }

    /** True where the curve turns at threshold i: np.diff(fps, 2) or np.diff(tps, 2) is nonzero. */
    private static boolean bends(RankedScores r, int i) {
        double fpsBend = (r.falsePositives(i + 1) - r.falsePositives(i)) - (r.falsePositives(i) - r.falsePositives(i - 1));
        double tpsBend = (r.truePositives(i + 1) - r.truePositives(i)) - (r.truePositives(i) - r.truePositives(i - 1));
        return fpsBend != 0 || tpsBend != 0;
    }

    private static void requireBothClasses(RankedScores ranked, String metric) {
        requirePositives(ranked, metric);
        if (ranked.negatives() == 0) {
            throw new UndefinedMetricException(metric + " is undefined: y_true has no negative row, so the"
                    + " false-positive rate divides by 0 (only one class is present)");
        }
    }

    private static void requirePositives(RankedScores ranked, String metric) {
        if (ranked.positives() == 0) {
            throw new UndefinedMetricException(metric + " is undefined: y_true has no positive row, so recall"
                    + " (the true-positive rate) divides by 0 (only one class is present)");
        }
    }
}
