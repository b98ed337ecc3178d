package org.stepwise.algo.evaluation;

/** What a step of the calibration lesson did. */
public enum CalibrationStage {
    /** The held-out rows were scored; nothing binned yet. */
    SCORED,
    /** One more bin of the reliability diagram was filled. */
    BINNED,
    /** One Newton step of Platt scaling. */
    SIGMOID,
    /** One pooling of adjacent violators. */
    ISOTONIC,
    /** Every calibrator fitted. */
    DONE
}
