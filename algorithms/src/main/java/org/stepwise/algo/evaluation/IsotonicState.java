package org.stepwise.algo.evaluation;

import java.util.Optional;

/**
 * Isotonic regression at one step: each distinct score ({@code scores}, increasing, shared by every
 * step) with its fitted value now ({@code fitted}: its block's mean), the poolings made, the block
 * the last one made (first and last index, or null), and once finished the calibrated rows measured.
 * Not to be modified.
 */
public record IsotonicState(double[] scores, double[] fitted, int poolings, int[] lastBlock, Calibrated finished) {

    /** The calibrated rows, once no violator is left. */
    public Optional<Calibrated> result() { return Optional.ofNullable(finished); }
}
