package org.stepwise.algo.rl.ppo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The clipped surrogate L^CLIP = min(rA, clip(r, 1 − ε, 1 + ε)A) (Schulman et al. 2017, eq. 7):
 * its values by hand, its slope against central differences, zero where it is flat; the policy
 * loss built on it against central differences in the probabilities.
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

    @Test
    void policyLossGradientEqualsCentralDifferences() {
        double epsilon = 0.2;
        double entropy = 0.05;
        ClippedPolicyLoss loss = new ClippedPolicyLoss(epsilon, entropy);
        // Four rows: ratios inside, clipped above with A > 0, clipped below with A < 0, inside with A < 0.
        double[] old = {0.5, 0.4, 0.6, 0.3};
        double[] advantages = {1.2, 0.8, -1.5, -0.4};
        double[] probabilities = {0.45, 0.55, 0.3, 0.7, 0.65, 0.35, 0.8, 0.2};
        double[] actions = {0, 1, 0, 1, 1, 0, 0, 1};
        loss.use(advantages, old);
        double[] gradient = new double[8];
        loss.gradient(probabilities, actions, gradient, 4, 2);
        for (int i = 0; i < probabilities.length; i++) {
            double[] plus = probabilities.clone();
            double[] minus = probabilities.clone();
            plus[i] += H;
            minus[i] -= H;
            double numeric = (loss.value(plus, actions, 4, 2) - loss.value(minus, actions, 4, 2)) / (2 * H);
            assertThat(gradient[i]).as("∂loss/∂p[%d]", i).isCloseTo(numeric, within(1e-8));
        }
        // Row 1: r = 0.7/0.4 = 1.75 > 1.2 with A > 0: only the entropy moves it.
        assertThat(loss.ratio(probabilities, actions, 1, 2)).isCloseTo(1.75, within(1e-15));
        assertThat(gradient[3]).isCloseTo(entropy * (Math.log(0.7) + 1) / 4, within(1e-15));
    }
}
