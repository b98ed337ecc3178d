package org.stepwise.algo.evaluation;

/**
 * A ROC curve as {@code roc_curve} returns it: false- and true-positive rates at each threshold,
 * the first point (0, 0) at threshold max + 1. The arrays are the caller's to keep; not copied.
 */
public record RocCurve(double[] fpr, double[] tpr, double[] thresholds) {
}
