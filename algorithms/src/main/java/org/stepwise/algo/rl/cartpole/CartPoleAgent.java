package org.stepwise.algo.rl.cartpole;

/**
 * A learner acting in the cart-pole: it chooses an action in a state, then learns from the
 * transition that followed. Randomness (weights, sampled actions, replayed batches) comes from
 * the generator it was built with, so a run replays from its seed.
 */
interface CartPoleAgent {

    /** The action (0 left, 1 right) to take in {@code state}. */
    int act(double[] state);

    /**
     * Learns from (S, A, R, S′): {@code terminal} when the pole fell or the cart left the track
     * (S′ has value 0), {@code episodeEnd} when the episode ended by a fall or the step cap.
     * Not modified: the arrays.
     *
     * @throws org.stepwise.algo.neural.DivergenceException when a loss stops being a finite number
     */
    void learn(double[] state, int action, double reward, double[] next, boolean terminal, boolean episodeEnd);

    /** What the last {@link #learn} computed (a TD error, an advantage, a TD loss), NaN when it learned nothing. */
    double signal();

    /** The exploration rate ε of the next action, NaN for a policy that samples its own actions. */
    double epsilon();

    /** The present policy, frozen for the heatmap. */
    PolicyPicture picture();
}
