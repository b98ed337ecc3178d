package org.stepwise.algo.neural;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

/** Each schedule against its formula (PyTorch's lr_scheduler), at chosen updates. */
class LearningRateScheduleTest {

    private static final double EXACT = 1e-15;

    @Test
    void constant() {
        assertThat(LearningRateSchedule.constant(0.1).rate(1000)).isEqualTo(0.1);
    }

    @Test
    void stepDecaysByGammaEveryStepSizeUpdates() {
        LearningRateSchedule schedule = LearningRateSchedule.step(0.1, 10, 0.5);
        assertThat(schedule.rate(9)).isCloseTo(0.1, offset(EXACT));
        assertThat(schedule.rate(10)).isCloseTo(0.05, offset(EXACT));
        assertThat(schedule.rate(25)).isCloseTo(0.025, offset(EXACT));
    }

    @Test
    void exponential() {
        assertThat(LearningRateSchedule.exponential(0.2, 0.9).rate(3)).isCloseTo(0.2 * 0.729, offset(EXACT));
    }

    @Test
    void cosineGoesFromTheStartToTheMinimumOverThePeriod() {
        LearningRateSchedule schedule = LearningRateSchedule.cosine(0.1, 0.001, 100);
        assertThat(schedule.rate(0)).isCloseTo(0.1, offset(EXACT));
        assertThat(schedule.rate(50)).isCloseTo((0.1 + 0.001) / 2, offset(EXACT));
        assertThat(schedule.rate(25)).isCloseTo(0.001 + 0.5 * 0.099 * (1 + Math.cos(Math.PI / 4)), offset(EXACT));
        assertThat(schedule.rate(100)).isEqualTo(0.001);
        assertThat(schedule.rate(150)).isEqualTo(0.001);
    }

    @Test
    void oneCycleRisesToTheMaximumAtThirtyPercentThenAnnealsToItsFloor() {
        LearningRateSchedule schedule = LearningRateSchedule.oneCycle(1.0, 101);
        // PyTorch OneCycleLR(max_lr=1, total_steps=101): phase one ends at step 0.3·101 − 1 = 29.3
        assertThat(schedule.rate(0)).isCloseTo(1.0 / 25, offset(EXACT));
        double rising = 0.3 * 101 - 1;
        assertThat(schedule.rate(10)).isCloseTo(1 + (0.04 - 1) / 2 * (1 + Math.cos(Math.PI * 10 / rising)), offset(EXACT));
        assertThat(schedule.rate(29)).isGreaterThan(0.99);
        assertThat(schedule.rate(100)).isCloseTo(0.04 / 1e4, offset(EXACT));
        double fraction = (60 - rising) / (100 - rising);
        assertThat(schedule.rate(60)).isCloseTo(0.04e-4 + (1 - 0.04e-4) / 2 * (1 + Math.cos(Math.PI * fraction)), offset(EXACT));
    }

    @Test
    void warmupRampsLinearlyIntoTheWrappedSchedule() {
        LearningRateSchedule schedule = LearningRateSchedule.warmup(4, LearningRateSchedule.constant(0.8));
        assertThat(schedule.rate(0)).isCloseTo(0.2, offset(EXACT));
        assertThat(schedule.rate(2)).isCloseTo(0.6, offset(EXACT));
        assertThat(schedule.rate(3)).isCloseTo(0.8, offset(EXACT));
        assertThat(schedule.rate(50)).isEqualTo(0.8);
    }

    @Test
    void refusesARateThatIsNotPositive() {
        assertThatThrownBy(() -> LearningRateSchedule.constant(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the learning rate must be above 0; got 0.0");
    }
}
