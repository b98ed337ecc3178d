package org.stepwise.viz.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MetricChartTest {

    private MetricChart chart;

    @Start
    void start(Stage stage) {
        chart = new MetricChart(List.of("loss", "accuracy"));
        stage.setScene(new Scene(new StackPane(chart.node()), 600, 300));
        stage.show();
    }

    @Test
    void longRunsAreThinnedToTheBoundAndSkipNonFiniteValues() {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            for (int step = 0; step < 100_000; step++) {
                chart.add("loss", step, 1.0 / (step + 1));
            }
            chart.add("accuracy", 0, Double.NaN);
            chart.add("accuracy", 1, 0.5);
            chart.flush();
            return null;
        });
        assertThat(chart.pointCount("loss")).isBetween(MetricChart.MAX_POINTS / 2, MetricChart.MAX_POINTS);
        assertThat(chart.pointCount("accuracy")).isEqualTo(1);
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            chart.reset();
            chart.flush();
            return null;
        });
        assertThat(chart.pointCount("loss")).isZero();
    }
}
