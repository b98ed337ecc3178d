package org.stepwise.algo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScalarsTest {

    private record Point(double loss, int step, double gap) {
    }

    private static final Scalars<Point> SCALARS = Scalars.<Point>builder()
            .scalar("loss", Point::loss)
            .count("n_iter", Point::step)
            .scalarWhileDefined("dual_gap", Point::gap)
            .build();

    @Test
    void answersEachNameAndNaNForOthers() {
        Point p = new Point(0.25, 7, 0.5);
        assertThat(SCALARS.value(p, "loss")).isEqualTo(0.25);
        assertThat(SCALARS.value(p, "n_iter")).isEqualTo(7);
        assertThat(SCALARS.value(p, "dual_gap")).isEqualTo(0.5);
        assertThat(SCALARS.value(p, "accuracy")).isNaN();
    }

    @Test
    void fillsMetricsInOrderWithCountsAsWholeNumbers() {
        Metrics metrics = SCALARS.addTo(Metrics.builder(), new Point(0.25, 7, 0.5)).build();
        assertThat(metrics.values()).containsExactly(
                java.util.Map.entry("loss", 0.25), java.util.Map.entry("n_iter", 7L), java.util.Map.entry("dual_gap", 0.5));
    }

    @Test
    void leavesOutAMetricWhileItIsUndefined() {
        Metrics metrics = SCALARS.addTo(Metrics.builder(), new Point(Double.NaN, 0, Double.NaN)).build();
        assertThat(metrics.has("dual_gap")).isFalse();
        assertThat(metrics.has("loss")).as("a plain scalar stays, NaN or not").isTrue();
    }

    @Test
    void refusesANameGivenTwice() {
        assertThatThrownBy(() -> Scalars.<Point>builder().scalar("loss", Point::loss).count("loss", Point::step))
                .hasMessageContaining("loss");
    }
}
