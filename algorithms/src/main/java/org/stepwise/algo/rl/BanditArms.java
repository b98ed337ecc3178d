package org.stepwise.algo.rl;

import java.util.random.RandomGenerator;

/**
 * The k-armed bandit: each arm's true mean q*(a) and one reward of every arm per time step.
 *
 * <p>Gaussian arms are Sutton and Barto's 10-armed testbed (section 2.3): q*(a) ~ N(0, 1) and a
 * reward of arm a ~ N(q*(a), 1). Bernoulli arms pay 1 with probability q*(a) ~ U(0, 1), else 0
 * (the Beta-posterior setting of Russo et al. 2018). At every step {@link #draw} draws one reward
 * for <em>every</em> arm (common random numbers), and each policy is paid the one of the arm it
 * pulls: policies that pull the same arm at the same step get the same reward, so their regrets
 * differ only by their choices.
 */
public final class BanditArms {

    /** The reward distributions a bandit's arms may have. */
    public enum Rewards { GAUSSIAN, BERNOULLI }

    private final Rewards rewards;
    private final double[] means;
    private final int best;
    private final RandomGenerator random;

    /** A bandit of {@code arms} arms whose means are drawn from {@code random}, which then draws the rewards. */
    BanditArms(Rewards rewards, int arms, RandomGenerator random) {
        this.rewards = rewards;
        this.random = random;
        means = new double[arms];
        for (int a = 0; a < arms; a++) {
            means[a] = rewards == Rewards.GAUSSIAN ? random.nextGaussian() : random.nextDouble();
        }
        best = argmax(means);
    }

    /** Fills {@code into} with one reward of every arm: the rewards of this time step. */
    void draw(double[] into) {
        for (int a = 0; a < means.length; a++) {
            into[a] = rewards == Rewards.GAUSSIAN ? means[a] + random.nextGaussian()
                    : random.nextDouble() < means[a] ? 1 : 0;
        }
    }

    public Rewards rewards() { return rewards; }

    public int arms() { return means.length; }

    /** q*(a), the expected reward of arm a. */
    public double mean(int arm) { return means[arm]; }

    /** The arm with the highest true mean (the lowest index among equals). */
    public int best() { return best; }

    /** The regret of one pull of {@code arm}: q*(best) − q*(arm). */
    public double gap(int arm) { return means[best] - means[arm]; }

    /** A copy of the true means. */
    double[] means() { return means.clone(); }

    /** The index of the largest value, the lowest among equals (numpy's argmax). */
    static int argmax(double[] values) {
        int best = 0;
        for (int a = 1; a < values.length; a++) {
            if (values[a] > values[best]) {
                best = a;
            }
        }
        return best;
    }
}
