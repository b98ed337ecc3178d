package org.stepwise.algo.neural;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.stepwise.algo.Randomness;
import org.stepwise.algo.optim.Momentum;

/** Clipping, initialization variances, the penalty's scaling, and a schedule's rate reaching an optim rule. */
class TrainingAidsTest {

    @Test
    void clippingKeepsTheDirectionAndBoundsTheNorm() {
        double[] g = {3, 4};
        assertThat(GradientClipping.clipByGlobalNorm(g, 1)).isEqualTo(5);
        assertThat(g).containsExactly(new double[] {0.6, 0.8}, offset(1e-15));
        double[] small = {0.3, 0.4};
        GradientClipping.clipByGlobalNorm(small, 1);
        assertThat(small).containsExactly(0.3, 0.4);
    }

    @ParameterizedTest
    @EnumSource(Initialization.class)
    void initializationDrawsHaveTheVarianceOfTheirFormula(Initialization scheme) {
        int fanIn = 40;
        int fanOut = 60;
        double[] weights = new double[20_000];
        scheme.fill(weights, 0, weights.length, fanIn, fanOut, Randomness.generator(9));
        double sum = 0;
        for (double w : weights) {
            sum += w * w;
        }
        double expected = switch (scheme) {
            case XAVIER_UNIFORM, XAVIER_NORMAL -> 2.0 / (fanIn + fanOut);
            case HE_UNIFORM, HE_NORMAL -> 2.0 / fanIn;
            case STANDARD_NORMAL -> 1;
            case SMALL_NORMAL -> 1e-4;
        };
        assertThat(sum / weights.length).isCloseTo(expected, offset(0.05 * expected));
    }

    @Test
    void l2PenaltyIsScikitLearnsPerBatchTerm() {
        double[] w = {1, -2, 5};
        boolean[] penalized = {true, true, false};
        assertThat(Penalty.l2(0.1).value(w, penalized, 4)).isCloseTo(0.5 * 0.1 * 5 / 4, offset(1e-15));
        assertThat(Penalty.l1(0.1).value(w, penalized, 4)).isCloseTo(0.1 * 3 / 4, offset(1e-15));
        double[] g = new double[3];
        Penalty.l2(0.1).addGradient(w, penalized, g, 4);
        assertThat(g).containsExactly(new double[] {0.025, -0.05, 0}, offset(1e-15));
    }

    @Test
    void anOptimRuleTakesTheScheduledRateOfEachUpdate() {
        double[] scheduled = {1, 1};
        double[] built = {1, 1};
        double[] g = {0.5, -1};
        new Momentum(0.7, 0.9, 2).update(scheduled, g, 1, 0.3);
        new Momentum(0.3, 0.9, 2).update(built, g, 1);
        assertThat(scheduled).containsExactly(built);
    }
}
