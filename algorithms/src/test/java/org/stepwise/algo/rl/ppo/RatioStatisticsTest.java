package org.stepwise.algo.rl.ppo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The clip fraction and Schulman's approximate KL, mean((r − 1) − log r), against hand values. */
class RatioStatisticsTest {

    @Test
    void handValues() {
        RatioStatistics statistics = new RatioStatistics();
        for (double r : new double[] {1.0, 1.3, 0.7, 1.1}) {
            statistics.add(r, 0.2);
        }
        // |r − 1| > 0.2 for 1.3 and 0.7: half the samples.
        assertThat(statistics.clipFraction()).isEqualTo(0.5);
        // (0 − 0) + (0.3 − ln 1.3) + (−0.3 − ln 0.7) + (0.1 − ln 1.1), over 4:
        // 0 + 0.0376357 + 0.0566749 + 0.0046898 = 0.0990004; / 4 = 0.0247501.
        assertThat(statistics.approxKl()).isCloseTo(0.0247501, within(1e-7));
        assertThat(statistics.samples()).isEqualTo(4);
    }

    @Test
    void noChangeIsNoKlAndNothingClipped() {
        RatioStatistics statistics = new RatioStatistics();
        assertThat(statistics.clipFraction()).isNaN();
        statistics.add(1, 0.1);
        statistics.add(1, 0.1);
        assertThat(statistics.clipFraction()).isZero();
        assertThat(statistics.approxKl()).isZero();
        statistics.clear();
        assertThat(statistics.samples()).isZero();
    }

    @Test
    void theEstimatorIsNeverNegativeAndApproachesTheTrueKlOfTwoCoins() {
        // Old coin p = 0.5, new q = 0.6: samples drawn from the old policy have r = q/p on heads and (1−q)/(1−p)
        // on tails, in equal shares. KL(old ‖ new) = 0.5 ln(0.5/0.6) + 0.5 ln(0.5/0.4) = 0.0204110.
        RatioStatistics statistics = new RatioStatistics();
        statistics.add(1.2, 0.2);
        statistics.add(0.8, 0.2);
        assertThat(statistics.approxKl()).isCloseTo(0.0204110, within(1e-7)).isPositive();
    }
}
