package org.stepwise.algo.rl.ppo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.stepwise.algo.Randomness;
import org.stepwise.algo.neural.GradientCheck;
import org.stepwise.algo.rl.policy.SoftmaxPolicy;

/**
 * The clipped surrogate L^CLIP = min(rA, clip(r, 1 − ε, 1 + ε)A) (Schulman et al. 2017, eq. 7):
 * its values by hand, its slope against central differences, zero where it is flat; the policy
 * gradient built on it against central differences in the network's parameters.
 */
class ClippedSurrogateTest {

    private static final double H = 1e-6;

    @Test
    void handValuesOfTheSixCases() {
        double e = 0.2;
        // A > 0: rA inside the region and below it, flat (1 + ε)A above it.
        assertThat(ClippedSurrogate.value(1.1, 2, e)).isCloseTo(2.2, within(1e-15));
        assertThat(ClippedSurrogate.value(0.5, 2, e)).isCloseTo(1.0, within(1e-15));
        assertThat(ClippedSurrogate.value(1.5, 2, e)).isCloseTo(2.4, within(1e-15));
        // A < 0: rA inside and above, flat (1 − ε)A below.
        assertThat(ClippedSurrogate.value(0.9, -1, e)).isCloseTo(-0.9, within(1e-15));
        assertThat(ClippedSurrogate.value(1.7, -1, e)).isCloseTo(-1.7, within(1e-15));
        assertThat(ClippedSurrogate.value(0.5, -1, e)).isCloseTo(-0.8, within(1e-15));
        assertThat(ClippedSurrogate.flat(1.5, 2, e)).isTrue();
        assertThat(ClippedSurrogate.flat(0.5, 2, e)).isFalse();
        assertThat(ClippedSurrogate.flat(0.5, -1, e)).isTrue();
        assertThat(ClippedSurrogate.flat(1.7, -1, e)).isFalse();
    }

    @Test
    void slopeEqualsCentralDifferencesAndIsZeroWhereFlat() {
        for (double epsilon : new double[] {0.1, 0.2, 0.5}) {
            for (double advantage : new double[] {-2.5, -0.3, 0.7, 3}) {
                for (double r = 0.05; r < 2.5; r += 0.0371) {
                    if (Math.abs(Math.abs(r - 1) - epsilon) < 1e-3) {
                        continue; // the kink itself has no derivative
                    }
                    double numeric = (ClippedSurrogate.value(r + H, advantage, epsilon)
                            - ClippedSurrogate.value(r - H, advantage, epsilon)) / (2 * H);
                    double slope = ClippedSurrogate.slope(r, advantage, epsilon);
                    assertThat(slope).as("r %s, A %s, ε %s", r, advantage, epsilon).isCloseTo(numeric, within(1e-8));
                    if (ClippedSurrogate.flat(r, advantage, epsilon)) {
                        assertThat(slope).isZero();
                    }
                }
            }
        }
    }

    /**
     * The policy's step: the gradient PPO gives the soft-max policy (weights (∂L^CLIP/∂r)·r on the
     * log-likelihood) equals central differences of −(1/n) Σ L^CLIP(π_θ(a|s)/π_old(a|s), A) in every
     * weight and bias, on a minibatch with samples inside the region and on both flat parts.
     */
    @Test
    void policyGradientEqualsCentralDifferencesOfTheSurrogate() {
        double epsilon = 0.2;
        ActorCritic networks = new ActorCritic(new int[] {5, 5}, epsilon, 1e-3, 6, Randomness.generator(9));
        SoftmaxPolicy policy = networks.policy();
        double[] theta = policy.parameters();
        java.util.random.RandomGenerator random = Randomness.generator(4);
        for (int i = 0; i < theta.length; i++) {
            theta[i] = random.nextDouble(-1, 1); // away from the near-uniform start, so ratios spread
        }
        double[] states = new double[6 * 4];
        for (int i = 0; i < states.length; i++) {
            states[i] = random.nextDouble(-1, 1);
        }
        int[] actions = {0, 1, 1, 0, 1, 0};
        double[] advantages = {1.3, -0.7, 0.4, -1.1, 2.0, -0.2};
        double[] probabilities = new double[12];
        policy.probabilities(states, 6, probabilities);
        // Old probabilities that put rows 0 and 4 above 1 + ε (A > 0: flat), row 3 below 1 − ε (A < 0: flat).
        double[] factors = {1.6, 1.05, 0.9, 0.6, 1.4, 1.1};
        double[] old = new double[6];
        for (int i = 0; i < 6; i++) {
            old[i] = probabilities[i * 2 + actions[i]] / factors[i];
        }
        double[] ratios = new double[6];
        networks.surrogateGradient(states, actions, advantages, old, 6, ratios);
        double[] analytic = policy.gradients().clone();
        assertThat(ClippedSurrogate.flat(ratios[0], advantages[0], epsilon)).isTrue();
        assertThat(ClippedSurrogate.flat(ratios[3], advantages[3], epsilon)).isTrue();
        assertThat(ClippedSurrogate.flat(ratios[1], advantages[1], epsilon)).isFalse();
        double[] numeric = GradientCheck.numeric(theta, () -> {
            double[] p = new double[12];
            policy.probabilities(states, 6, p);
            double sum = 0;
            for (int i = 0; i < 6; i++) {
                sum += ClippedSurrogate.value(p[i * 2 + actions[i]] / old[i], advantages[i], epsilon);
            }
            return -sum / 6;
        });
        assertThat(GradientCheck.relativeError(analytic, numeric)).isLessThan(1e-6);
    }
}
