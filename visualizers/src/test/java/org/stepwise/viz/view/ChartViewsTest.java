package org.stepwise.viz.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.algo.Domain;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The bar view and the XY chart view: what they draw lands where its data says. */
@ExtendWith(ApplicationExtension.class)
class ChartViewsTest {

    private BarView bars;
    private XYChartView chart;

    @Start
    void start(Stage stage) {
        bars = new BarView();
        chart = new XYChartView();
        bars.setPrefSize(500, 400);
        chart.setPrefSize(500, 400);
        stage.setScene(new Scene(new HBox(bars, chart), 1000, 400));
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void barsRiseFromZeroInTheirColoursAndTheMarkedOneIsOutlined() {
        double[] values = {2, -1, 0.5};
        WritableImage image = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            bars.setBars(3, k -> values[k], k -> "c" + k);
            bars.setMarked(0, 1);
            bars.drawNow();
            return bars.snapshot(null, null);
        });
        ViewPictures.save(image, "bar-view");
        PlotTransform t = bars.transform();
        for (int k = 0; k < 3; k++) {
            assertThat(t.domain().contains(k + 1, values[k])).isTrue();
        }
        PixelReader pixels = image.getPixelReader();
        int above = pixels.getArgb((int) t.toPixelX(1), (int) t.toPixelY(1.5));
        int below = pixels.getArgb((int) t.toPixelX(2), (int) t.toPixelY(-0.5));
        int outline = pixels.getArgb((int) t.toPixelX(1), (int) Math.round(t.toPixelY(2)));
        int beside = pixels.getArgb((int) t.toPixelX(1.5), (int) t.toPixelY(1.5));
        assertThat(above).isEqualTo(ColorMaps.classArgb(0));
        assertThat(below).isEqualTo(ColorMaps.classArgb(3));
        assertThat(outline).isNotEqualTo(ColorMaps.classArgb(0));
        assertThat(beside).isEqualTo(ColorMaps.argb(PlotInk.LIGHT_PAPER));
        // Posteriors: class colours, the value written over each bar.
        int classColoured = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            bars.setColors(ColorMaps::classColor);
            bars.setValueLabels(k -> Math.round(100 * values[k]) + " %");
            bars.drawNow();
            return bars.snapshot(null, null).getPixelReader().getArgb((int) t.toPixelX(3), (int) t.toPixelY(0.25));
        });
        assertThat(classColoured).isEqualTo(ColorMaps.classArgb(2));
    }

    @Test
    void theChartDrawsLinesForAnyXAndAMarkerAndItsPoints() {
        double[] logAlpha = {-3, -2, -1, 0, 1};
        double[] coef = {4, 3, 2, 1, 0};
        WritableImage image = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            chart.change(() -> {
                chart.setPoints(new double[] {-2.5}, new double[] {-1}, "log₁₀ α", "coefficient");
                chart.setDomain(new Domain(-3.5, 1.5, -2, 5));
                chart.setLines(List.of(new XYChartView.Line(logAlpha, coef, 5, ColorMaps.classColor(2), 4, "bmi")));
                chart.setMarkerX(0.5);
            });
            chart.drawNow();
            return chart.snapshot(null, null);
        });
        ViewPictures.save(image, "xy-chart-view");
        PlotTransform t = chart.transform();
        PixelReader pixels = image.getPixelReader();
        // On the line, halfway between two of its points.
        assertThat(pixels.getArgb((int) Math.round(t.toPixelX(-1.5)), (int) Math.round(t.toPixelY(2.5))))
                .isEqualTo(ColorMaps.classArgb(2));
        assertThat(pixels.getArgb((int) Math.round(t.toPixelX(-2.5)), (int) Math.round(t.toPixelY(-1))))
                .as("the point").isEqualTo(ColorMaps.classArgb(0));
        // The marker is in ink at x = 0.5 somewhere down the plot (dashed and anti-aliased: look along it).
        boolean inked = false;
        for (int y = (int) t.top() + 2; y < t.top() + t.height() - 2; y++) {
            for (int x = (int) t.toPixelX(0.5) - 1; x <= (int) t.toPixelX(0.5) + 1; x++) {
                inked |= pixels.getColor(x, y).getBrightness() < 0.5;
            }
        }
        assertThat(inked).isTrue();
    }
}
