package org.stepwise.algo.neural;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

/** The range test (Smith 2017; fast.ai's lr_find) on problems whose answer is known. */
class LearningRateRangeTestTest {

    @Test
    void ratesRiseExponentiallyFromTheMinimumToTheMaximum() {
        LearningRateRangeTest test = new LearningRateRangeTest(1e-6, 1.0, 7);
        assertThat(test.rate(0)).isEqualTo(1e-6);
        assertThat(test.rate(6)).isCloseTo(1.0, offset(1e-15));
        for (int i = 1; i < 7; i++) {
            assertThat(test.rate(i) / test.rate(i - 1)).as("factor %d", i).isCloseTo(10, offset(1e-12));
        }
    }

    @Test
    void theSmoothedLossIsTheDebiasedMovingAverage() {
        LearningRateRangeTest test = new LearningRateRangeTest(0.01, 1, 10);
        test.record(2.0);
        test.record(1.0);
        assertThat(test.smoothedLoss(0)).as("debiased: the first loss itself").isCloseTo(2.0, offset(1e-15));
        double average = 0.98 * (0.02 * 2.0) + 0.02 * 1.0;
        assertThat(test.smoothedLoss(1)).isCloseTo(average / (1 - 0.98 * 0.98), offset(1e-12));
        assertThat(test.loss(1)).isEqualTo(1.0);
    }

    /**
     * Gradient descent on L(w) = λw²/2 multiplies w by 1 − rλ: it converges for r below 2/λ and
     * diverges above. The test must stop when the loss blows up, before its last rate, and suggest
     * a rate below 2/λ. (The smoothed loss lags the raw one by about 1/(1 − β) = 50 batches, so
     * its least can lie a little past 2/λ; a tenth of it lies well below.)
     */
    @Test
    void onAQuadraticBowlItStopsPastTwoOverLambdaAndSuggestsARateBelowIt() {
        for (double lambda : new double[] {0.5, 4, 50}) {
            LearningRateRangeTest test = bowl(lambda);
            assertThat(test.diverged()).as("λ = %s diverged", lambda).isTrue();
            assertThat(test.count()).as("stopped before the last rate").isLessThan(100);
            assertThat(test.rate(test.count() - 1)).as("it stops past 2/λ").isGreaterThan(2 / lambda);
            assertThat(test.smoothedLoss(test.count() - 1)).isGreaterThan(4 * test.bestLoss());
            assertThat(test.suggestion()).as("λ = %s: suggestion below 2/λ", lambda).isLessThan(2 / lambda)
                    .isGreaterThan(0.001 / lambda).isEqualTo(test.rate(test.suggestionIndex()) / 10);
        }
    }

    /** The range test from 1e-5 to 100 over 100 batches on the bowl λw²/2 from w = 1. */
    private static LearningRateRangeTest bowl(double lambda) {
        LearningRateRangeTest test = new LearningRateRangeTest(1e-5, 100, 100);
        double w = 1;
        while (!test.finished()) {
            double rate = test.nextRate();
            test.record(lambda * w * w / 2);
            w -= rate * lambda * w;
        }
        return test;
    }

    @Test
    void aLossThatIsNotANumberEndsTheTest() {
        LearningRateRangeTest test = new LearningRateRangeTest(0.01, 1, 10);
        assertThat(test.record(1.0)).isTrue();
        assertThat(test.record(Double.NaN)).isFalse();
        assertThat(test.diverged()).isTrue();
        assertThatThrownBy(() -> test.record(1.0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void noSuggestionBeforeTheFirstBatchAndBadRangesAreRefused() {
        LearningRateRangeTest test = new LearningRateRangeTest(0.01, 1, 10);
        assertThat(test.suggestion()).isNaN();
        test.record(1.0);
        assertThat(test.suggestion()).isEqualTo(0.001);
        assertThatThrownBy(() -> new LearningRateRangeTest(1, 0.5, 10)).hasMessageContaining("must rise");
        assertThatThrownBy(() -> new LearningRateRangeTest(0.1, 1, 1)).hasMessageContaining("at least 2");
    }
}
