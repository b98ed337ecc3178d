package org.stepwise.algo.optim;

/**
 * One optimizer's update θ ← θ − (a step computed from the gradient g at θ and the rule's
 * state). Implementations keep their state (velocity, moment estimates) in arrays allocated in
 * the constructor and allocate nothing per update. Not thread-safe: one rule per race.
 */
public interface UpdateRule {

    /** The short id used in metric names and parameters, e.g. "adam". */
    String name();

    /** The name a learner reads, e.g. "Adam" or "GD". */
    String label();

    /**
     * Applies update number {@code t} to θ, with g the gradient at the current θ.
     * Modified: {@code theta} and the rule's state. Not modified: {@code gradient}.
     *
     * @param t the 1-based number of this update (Kingma &amp; Ba's bias correction needs it)
     */
    default void update(double[] theta, double[] gradient, int t) {
        update(theta, gradient, t, learningRate());
    }

    /**
     * The same update with the step size α of this one update instead of the rule's own, so a
     * learning-rate schedule (org.stepwise.algo.neural.LearningRateSchedule) can drive any rule.
     * Modified: {@code theta} and the rule's state. Not modified: {@code gradient}.
     */
    void update(double[] theta, double[] gradient, int t, double learningRate);

    /** The step size α the rule was built with (what the three-argument update uses). */
    double learningRate();

    /** Forgets the state (velocity, accumulated squares, moments): the next update is like the first. */
    void reset();
}
