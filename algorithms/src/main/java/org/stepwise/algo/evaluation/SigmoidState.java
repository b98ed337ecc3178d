package org.stepwise.algo.evaluation;

import java.util.Optional;

/**
 * Platt scaling at one step: its A and B, the loss against the smoothed targets, the Newton steps
 * taken, and once converged the calibrated probabilities measured.
 */
public record SigmoidState(double a, double b, double loss, int iterations, Calibrated fitted) {

    /** P(positive) after calibration of a score s: 1 / (1 + exp(A·s + B)). */
    public double probability(double s) { return PlattScaling.probability(a, b, s); }

    /** The calibrated rows, once the fit has converged. */
    public Optional<Calibrated> result() { return Optional.ofNullable(fitted); }
}
