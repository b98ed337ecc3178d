package org.stepwise.algo.rl;

import java.util.random.RandomGenerator;

/**
 * ε-greedy action selection with sample-average estimates (Sutton and Barto 2018, sections
 * 2.2–2.3, the incremental form of section 2.5): with probability ε an arm uniformly at random,
 * otherwise the arm of the largest Q(a), ties to the lowest index. Q starts at 0 (section 2.6's
 * realistic start), so with ε = 0 the first arm paid well enough is kept for ever.
 */
final class EpsilonGreedy extends BanditPolicy {

    /** z of a two-sided 95 % interval. */
    static final double Z95 = 1.959963984540054;

    private final double epsilon;
    private final double sigma;
    private final RandomGenerator random;

    /** @param sigma the reward noise's standard deviation used for Q's standard error (1 for Gaussian arms) */
    EpsilonGreedy(int arms, double epsilon, double sigma, RandomGenerator random) {
        super(PolicyKind.EPSILON_GREEDY, arms);
        this.epsilon = epsilon;
        this.sigma = sigma;
        this.random = random;
    }

    @Override
    int choose(int t) {
        double coin = random.nextDouble();
        lastWhy = coin;
        lastExplored = coin < epsilon;
        return lastExplored ? random.nextInt(values.length) : greedy();
    }

    @Override
    void learn(int arm, double reward, int t) {
        averageIn(arm, reward);
    }

    /** Q − 1.96 σ/√N: the sample mean's 95 % interval (none before the arm's first pull). */
    @Override
    double low(int arm, int t) {
        return pulls[arm] == 0 ? values[arm] : values[arm] - Z95 * sigma / Math.sqrt(pulls[arm]);
    }

    @Override
    double high(int arm, int t) {
        return pulls[arm] == 0 ? values[arm] : values[arm] + Z95 * sigma / Math.sqrt(pulls[arm]);
    }
}
