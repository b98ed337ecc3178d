package org.stepwise.algo.evaluation;

/**
 * Probabilities of class 1 for the scored rows, before or after a calibrator, with what the lesson
 * measures of them: the reliability curve ({@code calibration_curve}, the lesson's bins), the Brier
 * score and the binary log loss ({@code brier_score_loss}, {@code log_loss}). Immutable: the arrays
 * are never written after construction.
 */
public record Calibrated(double[] probabilities, CalibrationCurve curve, double brierScore, double logLoss) {

    /** Measures {@code probabilities} (handed over) against labels 0/1. */
    static Calibrated of(int[] labels, double[] probabilities, int nBins, Calibration.Strategy strategy) {
        return new Calibrated(probabilities, Calibration.curve(labels, probabilities, nBins, strategy),
                ProbabilityMetrics.brierScore(labels, probabilities), ProbabilityMetrics.logLoss(labels, probabilities));
    }
}
