package org.stepwise.algo.evaluation;

/**
 * A precision–recall curve as {@code precision_recall_curve} returns it: recall decreasing, the
 * last point (recall 0, precision 1) without a threshold, so {@code thresholds} is one shorter.
 * The arrays are the caller's to keep; not copied.
 */
public record PrecisionRecallCurve(double[] precision, double[] recall, double[] thresholds) {
}
