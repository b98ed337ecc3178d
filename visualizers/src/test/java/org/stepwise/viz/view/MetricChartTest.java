package org.stepwise.viz.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MetricChartTest {

    private MetricChart chart;
    private final AtomicInteger chartChanges = new AtomicInteger();

    @Start
    void start(Stage stage) {
        chart = new MetricChart(List.of("loss", "accuracy"));
        chart.chart().addChangeListener(event -> chartChanges.incrementAndGet());
        stage.setScene(new Scene(new StackPane(chart.node()), 720, 320));
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

    @Test
    void eachFlushFiresOneChangeAndOnlyWhenSomethingChanged() {
        int before = WaitForAsyncUtils.waitForAsyncFx(2000, () -> chartChanges.get());
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            // Enough points to thin each series several times inside one frame.
            for (int step = 0; step < 10 * MetricChart.MAX_POINTS; step++) {
                chart.add("loss", step, Math.exp(-step / 3000.0));
                chart.add("accuracy", step, 1 - Math.exp(-step / 2000.0));
            }
            chart.setCurrentStep(7000);
        });
        assertThat(chartChanges.get()).as("adding points fires nothing").isEqualTo(before);
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> chart.flush());
        assertThat(chartChanges.get()).isEqualTo(before + 1);
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> chart.flush());
        assertThat(chartChanges.get()).as("nothing new, no redraw").isEqualTo(before + 1);
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            chart.setCurrentStep(3000);
            chart.flush();
        });
        assertThat(chartChanges.get()).as("moving the step marker redraws once").isEqualTo(before + 2);
        WritableImage image = WaitForAsyncUtils.waitForAsyncFx(5000, () -> chart.node().snapshot(null, null));
        ViewPictures.save(image, "metric-chart-light");
    }

    @Test
    void aLogScaleShowsLossesOverDecadesAndSkipsValuesThatAreNotPositive() {
        WritableImage image = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            chart.setLogScale(true);
            chart.setDark(true);
            for (int step = 0; step < 1200; step++) {
                chart.add("loss", step, 10 * Math.exp(-step / 120.0));
                chart.add("accuracy", step, step == 0 ? 0 : 1 - Math.exp(-step / 300.0));
            }
            chart.setCurrentStep(900);
            chart.flush();
            return chart.node().snapshot(null, null);
        });
        ViewPictures.save(image, "metric-chart-dark-log");
        assertThat(chart.isLogScale()).isTrue();
        assertThat(chart.chart().getXYPlot().getRangeAxis()).isInstanceOf(LogAxis.class);
        assertThat(chart.pointCount("loss")).isEqualTo(1200);
        assertThat(chart.pointCount("accuracy")).isEqualTo(1199);
        LogAxis axis = (LogAxis) chart.chart().getXYPlot().getRangeAxis();
        assertThat(axis.getRange().getLowerBound()).isLessThan(1e-3);
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> chart.setLogScale(false));
        assertThat(chart.chart().getXYPlot().getRangeAxis()).isInstanceOf(NumberAxis.class);
    }
}
