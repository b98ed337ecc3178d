package org.stepwise.algo.evaluation;

/**
 * A reliability diagram's points as {@code calibration_curve} returns them, one per non-empty
 * bin: the share of positives ({@code probTrue}) against the mean predicted probability
 * ({@code probPred}); {@code counts} is each bin's number of rows (the histogram beside it).
 * The arrays are the caller's to keep; not copied.
 */
public record CalibrationCurve(double[] probTrue, double[] probPred, long[] counts) {
}
