package org.stepwise.algo.optim;

/**
 * One optimizer's update, θ ← θ − (step computed from the gradient g and the rule's state).
 * Implementations keep their state (velocity, moment estimates) in arrays allocated once and
 * allocate nothing per update.
 */
public interface UpdateRule {

    /** The short name used in metrics and legends, e.g. "adam". */
    String name();

    /**
     * Applies update number {@code t} (1-based, as in Kingma &amp; Ba's bias correction).
     * Modified: {@code theta} and the rule's state. Not modified: {@code gradient}.
     */
    void update(double[] theta, double[] gradient, int t);
}
