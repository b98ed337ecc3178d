package org.stepwise.algo.linear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LogisticFunctionsTest {

    private static final double[] LOGITS = {-745, -40, -3, -0.5, -1e-9, 0, 1e-9, 0.5, 3, 40, 745};

    @Test
    void sigmoidOfMinusZIsOneMinusSigmoidOfZ() {
        for (double z : LOGITS) {
            assertThat(LogisticFunctions.sigmoid(-z)).as("z = %s", z)
                    .isCloseTo(1 - LogisticFunctions.sigmoid(z), within(1e-15));
        }
        assertThat(LogisticFunctions.sigmoid(0)).isEqualTo(0.5);
        // The small tail keeps its relative precision instead of rounding to 1 − 1 = 0.
        assertThat(LogisticFunctions.sigmoid(-40)).isCloseTo(Math.exp(-40), within(1e-30));
        assertThat(LogisticFunctions.sigmoid(-745)).isPositive();
    }

    @Test
    void softplusIsLogOnePlusExpWithoutOverflow() {
        for (double z : new double[] {-20, -1, 0, 1, 20}) {
            assertThat(LogisticFunctions.softplus(z)).isCloseTo(Math.log(1 + Math.exp(z)), within(1e-12));
        }
        assertThat(LogisticFunctions.softplus(1000)).isEqualTo(1000);
        assertThat(LogisticFunctions.softplus(-1000)).isEqualTo(0);
        // −log σ(z) = softplus(−z): the binary cross-entropy of a badly wrong point stays finite.
        assertThat(LogisticFunctions.softplus(800)).isFinite();
    }

    @Test
    void softmaxOfTwoLogitsIsTheSigmoidOfTheirDifference() {
        SplittableRandom random = new SplittableRandom(5);
        for (int trial = 0; trial < 200; trial++) {
            double first = random.nextDouble(-30, 30);
            double second = random.nextDouble(-30, 30);
            double[] values = {7, first, second, 7};
            LogisticFunctions.softmaxInPlace(values, 1, 2);
            assertThat(values[2]).isCloseTo(LogisticFunctions.sigmoid(second - first), within(1e-14));
            assertThat(values[1]).isCloseTo(LogisticFunctions.sigmoid(first - second), within(1e-14));
            assertThat(values[0]).as("outside the range").isEqualTo(7);
            assertThat(values[3]).as("outside the range").isEqualTo(7);
        }
    }

    @Test
    void softmaxSumsToOneAndReturnsTheLogSumExpEvenForHugeLogits() {
        double[] values = {1000, 999, -1000};
        double logSumExp = LogisticFunctions.softmaxInPlace(values, 0, 3);
        assertThat(logSumExp).isCloseTo(1000 + Math.log(1 + Math.exp(-1)), within(1e-12));
        assertThat(values[0] + values[1] + values[2]).isCloseTo(1, within(1e-15));
        assertThat(values[0] / values[1]).isCloseTo(Math.E, within(1e-12));
        assertThat(values[2]).isGreaterThanOrEqualTo(0).isLessThan(1e-300);

        double[] small = {0.2, -1.3, 2.5, 0};
        double expected = Math.log(Math.exp(0.2) + Math.exp(-1.3) + Math.exp(2.5) + 1);
        assertThat(LogisticFunctions.softmaxInPlace(small, 0, 4)).isCloseTo(expected, within(1e-14));
        assertThat(small[3]).isCloseTo(1 / Math.exp(expected), within(1e-15));
    }
}
