package org.stepwise.algo.rl;

import java.util.random.RandomGenerator;

/**
 * Thompson sampling (Russo, Van Roy, Kazerouni, Osband and Wen, "A Tutorial on Thompson
 * Sampling", 2018): draw one value of each arm's mean from its posterior and pull the arm of the
 * largest draw (ties to the lowest index). Bernoulli arms have a Beta(1 + s, 1 + n − s) posterior
 * from a uniform prior (s successes in n pulls; section 3 of the tutorial); Gaussian arms, whose
 * rewards have variance 1, have a N(S/(1 + n), 1/(1 + n)) posterior from the testbed's prior
 * N(0, 1) (S the sum of the arm's n rewards; conjugate Normal updating). Beta draws are two Gamma
 * draws (Marsaglia and Tsang 2000; every shape here is at least 1).
 */
final class ThompsonSampling extends BanditPolicy {

    private final boolean bernoulli;
    private final double[] sums;
    private final RandomGenerator random;

    ThompsonSampling(int arms, BanditArms.Rewards rewards, RandomGenerator random) {
        super(PolicyKind.THOMPSON, arms);
        this.bernoulli = rewards == BanditArms.Rewards.BERNOULLI;
        this.sums = new double[arms];
        this.random = random;
        if (bernoulli) {
            java.util.Arrays.fill(values, 0.5);
        }
    }

    @Override
    int choose(int t) {
        int best = 0;
        double bestDraw = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < values.length; a++) {
            double draw = bernoulli ? beta(1 + sums[a], 1 + pulls[a] - sums[a])
                    : values[a] + random.nextGaussian() * posteriorSd(a);
            if (draw > bestDraw) {
                bestDraw = draw;
                best = a;
            }
        }
        lastWhy = bestDraw;
        return best;
    }

    @Override
    void learn(int arm, double reward, int t) {
        sums[arm] += reward;
        values[arm] = bernoulli ? (1 + sums[arm]) / (2 + pulls[arm]) : sums[arm] / (1 + pulls[arm]);
    }

    /** The posterior's standard deviation of arm a's mean. */
    double posteriorSd(int arm) {
        int n = pulls[arm];
        if (!bernoulli) {
            return 1 / Math.sqrt(1 + n);
        }
        double a = 1 + sums[arm];
        double b = 1 + n - sums[arm];
        return Math.sqrt(a * b / ((a + b) * (a + b) * (a + b + 1)));
    }

    /** The posterior mean ± 1.96 sd (for a Beta, the normal approximation, kept to [0, 1]). */
    @Override
    double low(int arm, int t) {
        double low = values[arm] - EpsilonGreedy.Z95 * posteriorSd(arm);
        return bernoulli ? Math.max(0, low) : low;
    }

    @Override
    double high(int arm, int t) {
        double high = values[arm] + EpsilonGreedy.Z95 * posteriorSd(arm);
        return bernoulli ? Math.min(1, high) : high;
    }

    /** One draw of Beta(a, b), a and b at least 1. */
    private double beta(double a, double b) {
        double x = gamma(a);
        return x / (x + gamma(b));
    }

    /** One draw of Gamma(shape, 1) for shape ≥ 1 (Marsaglia and Tsang 2000). */
    private double gamma(double shape) {
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = random.nextGaussian();
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = random.nextDouble();
            if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }
}
