package org.stepwise.viz.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class HistogramsByLayerViewTest {

    private static final Color RED = Color.rgb(220, 20, 20);
    private HistogramsByLayerView view;

    @Start
    void start(Stage stage) {
        view = new HistogramsByLayerView();
        stage.setScene(new Scene(new StackPane(view), 800, 300));
        stage.show();
    }

    private static HistogramsByLayerView.Cell cell(double low, double high) {
        int[] counts = new int[10];
        Arrays.fill(counts, 5);
        return new HistogramsByLayerView.Cell(low, high, counts, "");
    }

    /** Row 0: a spread that shrinks layer by layer; row 1: one that grows. */
    private void showTwoRows() {
        HistogramsByLayerView.Cell[][] cells = {
                {cell(-1, 1), cell(-0.1, 0.1), cell(-0.01, 0.01)},
                {cell(-1, 1), cell(-10, 10), cell(-100, 100)}};
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.setHistograms("values", List.of("shrinks", "grows"),
                List.of(RED, RED), List.of("1", "2", "3"), cells, 0));
    }

    @Test
    void eachScaleSharesTheRangeItSays() {
        showTwoRows();
        view.setScale(HistogramsByLayerView.Scale.EACH);
        assertThat(view.range(0, 1)).containsExactly(-0.1, 0.1);
        view.setScale(HistogramsByLayerView.Scale.ROW);
        assertThat(view.range(0, 2)).containsExactly(-1, 1);
        assertThat(view.range(1, 0)).containsExactly(-100, 100);
        view.setScale(HistogramsByLayerView.Scale.SHARED);
        assertThat(view.range(0, 2)).containsExactly(-100, 100);
    }

    /** On a wider scale every count is kept and lands where its values lie: a narrow histogram becomes a spike. */
    @Test
    void rebinningKeepsTheCountsAndTheirPlace() {
        double[] wide = HistogramsByLayerView.rebin(cell(-0.1, 0.1), -1, 1, 10);
        assertThat(Arrays.stream(wide).sum()).isCloseTo(50, within(1e-9));
        assertThat(wide[4] + wide[5]).isCloseTo(50, within(1e-9));
        // A scale a little wider than the cell's own spreads each bin over the bins it overlaps: no empty teeth.
        double[] slightly = HistogramsByLayerView.rebin(cell(-1, 1), -1.05, 1.05, 10);
        assertThat(Arrays.stream(slightly).sum()).isCloseTo(50, within(1e-9));
        for (int b = 1; b < 9; b++) {
            assertThat(slightly[b]).as("a bin 0.21 wide of 5 counts per 0.2").isCloseTo(5 * 1.05, within(1e-9));
        }
    }

    @Test
    void theBarsAreDrawnInTheRowsColour() {
        showTwoRows();
        WritableImage shot = WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.snapshot(null, null));
        PixelReader pixels = shot.getPixelReader();
        int red = 0;
        for (int y = 0; y < shot.getHeight(); y += 2) {
            for (int x = 0; x < shot.getWidth(); x += 2) {
                Color c = pixels.getColor(x, y);
                red += c.getRed() > 0.8 && c.getGreen() < 0.2 ? 1 : 0;
            }
        }
        assertThat(red).as("pixels of the highlighted row's bars").isGreaterThan(200);
    }

    /** Before the first batch there are only row names: the rows without histograms draw without one. */
    @Test
    void rowsWithoutHistogramsDrawTheirNames() {
        HistogramsByLayerView.Cell[][] empty = new HistogramsByLayerView.Cell[2][3];
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.setHistograms("values", List.of("a", "b"),
                List.of(RED, RED), List.of("1", "2", "3"), empty, 0));
        assertThat(view.range(0, 0)[0]).isInfinite();
    }

    @Test
    void numbersAreShortEnoughForASmallCell() {
        assertThat(HistogramsByLayerView.format(78_000)).isEqualTo("7.8e4");
        assertThat(HistogramsByLayerView.format(-1.2e-5)).isEqualTo("−1.2e−5");
        assertThat(HistogramsByLayerView.format(0.632)).isEqualTo("0.63");
        assertThat(HistogramsByLayerView.format(371.4)).isEqualTo("371");
        assertThat(HistogramsByLayerView.format(0)).isEqualTo("0");
        assertThat(HistogramsByLayerView.format(Double.NEGATIVE_INFINITY)).isEqualTo("−∞");
    }
}
