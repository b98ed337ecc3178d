package org.stepwise.algo.cluster;

/** What a Gaussian-mixture step did, so the view and the narration know which half of the iteration they show. */
public enum EmStep {
    /** Step 0: the first parameters, from the init's responsibilities. */
    START,
    /** Every point's responsibilities from the current parameters; the log-likelihood of those parameters. */
    EXPECT,
    /** Weights, means and covariances re-estimated from the responsibilities. */
    MAXIMIZE,
    /** After convergence or the iteration limit: the responsibilities and labels of the final parameters. */
    FINAL_EXPECT
}
