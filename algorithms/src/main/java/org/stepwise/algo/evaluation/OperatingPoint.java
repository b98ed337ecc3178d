package org.stepwise.algo.evaluation;

/**
 * Where one threshold t puts a classifier: of its {@code positives} positive and {@code negatives}
 * negative scored rows, {@code truePositives} and {@code falsePositives} score at least t (are
 * predicted positive). Its (FPR, TPR) is a point of the ROC curve and its (recall, precision) one of
 * the precision–recall curve, as scikit-learn's {@code _binary_clf_curve} counts them.
 */
public record OperatingPoint(double threshold, double truePositives, double falsePositives, double positives,
                             double negatives) {

    /** FP / N: the share of negative rows predicted positive. */
    public double fpr() { return falsePositives / negatives; }

    /** TP / P: the share of positive rows predicted positive (recall). */
    public double tpr() { return truePositives / positives; }

    public double recall() { return tpr(); }

    /**
     * TP / (TP + FP); with nothing predicted positive, ill-defined and reported as scikit-learn's
     * {@code precision_score} reports it (0, with a warning).
     */
    public Score precision() {
        double predicted = truePositives + falsePositives;
        if (predicted == 0) {
            return Score.substituted(0, "precision is ill-defined: no row scores at least the threshold, so nothing is"
                    + " predicted positive (scikit-learn reports 0)");
        }
        return Score.of(truePositives / predicted);
    }
}
