package org.stepwise.algo.rl.ppo;

/**
 * One finished episode as the cart played it: after step t the cart was at {@code x(t)} with the
 * pole at {@code theta(t)}, having pushed {@code push(t)} (0 left, 1 right). Immutable: built
 * from copies and read only.
 *
 * @param episode the episode's number, counting from 1
 * @param fell    whether it ended by a fall (or the cart leaving the track) rather than the cap
 */
public record EpisodePath(int episode, double[] xs, double[] thetas, int[] pushes, boolean fell) {

    /** The number of steps, the episode's return. */
    public int length() { return xs.length; }

    public double x(int t) { return xs[t]; }

    public double theta(int t) { return thetas[t]; }

    public int push(int t) { return pushes[t]; }
}
