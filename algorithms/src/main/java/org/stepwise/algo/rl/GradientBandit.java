package org.stepwise.algo.rl;

import java.util.random.RandomGenerator;

/**
 * The gradient bandit (Sutton and Barto 2018, section 2.8): preferences H(a), a soft-max policy
 * π(a) = e^{H(a)} / Σ_b e^{H(b)} (eq. 2.11) sampled for each pull, and the stochastic gradient
 * ascent step of eq. 2.12: H(A) += α (R − R̄)(1 − π(A)), H(a) −= α (R − R̄) π(a) for a ≠ A. The
 * baseline R̄ is, as the book defines it, the average of the rewards before this one, with
 * R̄_1 = R_1 (so the first pull moves nothing); without a baseline R̄ = 0.
 */
final class GradientBandit extends BanditPolicy {

    private final double alpha;
    private final boolean withBaseline;
    private final double[] pi;
    private final RandomGenerator random;
    private double baseline;
    private double baselineBefore;
    private int rewardsSeen;

    GradientBandit(int arms, double alpha, boolean withBaseline, RandomGenerator random) {
        super(PolicyKind.GRADIENT, arms);
        this.alpha = alpha;
        this.withBaseline = withBaseline;
        this.pi = new double[arms];
        this.random = random;
        softmax();
    }

    @Override
    int choose(int t) {
        double u = random.nextDouble();
        double cumulative = 0;
        int arm = pi.length - 1;
        for (int a = 0; a < pi.length; a++) {
            cumulative += pi[a];
            if (u < cumulative) {
                arm = a;
                break;
            }
        }
        lastWhy = pi[arm];
        return arm;
    }

    @Override
    void learn(int arm, double reward, int t) {
        lastValueBefore = values[arm];
        rewardsSeen++;
        baselineBefore = !withBaseline ? 0 : rewardsSeen == 1 ? reward : baseline;
        double step = alpha * (reward - baselineBefore);
        for (int a = 0; a < values.length; a++) {
            values[a] += a == arm ? step * (1 - pi[a]) : -step * pi[a];
        }
        baseline += (reward - baseline) / rewardsSeen;
        softmax();
    }

    /** π from H, shifted by the largest preference so that no exponential overflows. */
    private void softmax() {
        double top = values[BanditArms.argmax(values)];
        double total = 0;
        for (int a = 0; a < pi.length; a++) {
            pi[a] = Math.exp(values[a] - top);
            total += pi[a];
        }
        for (int a = 0; a < pi.length; a++) {
            pi[a] /= total;
        }
    }

    /** The baseline R̄ the last update used. */
    double baselineUsed() { return baselineBefore; }

    /** The average reward so far (the next update's baseline). */
    double baseline() { return baseline; }

    @Override
    double shown(int arm) { return pi[arm]; }

    @Override
    double[] preferences() { return values.clone(); }

    @Override
    double low(int arm, int t) { return pi[arm]; }

    @Override
    double high(int arm, int t) { return pi[arm]; }
}
