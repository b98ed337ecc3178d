package org.stepwise.viz.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MatrixHeatmapViewTest {

    private MatrixHeatmapView view;

    @Start
    void start(Stage stage) {
        view = new MatrixHeatmapView();
        stage.setScene(new Scene(new StackPane(view), 500, 400));
        stage.show();
    }

    /** One pixel per cell, at its place in the order: the sequential scale's low end dark, high end bright. */
    @Test
    void eachCellIsOnePixelWhereTheOrderPutsIt() {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            view.setMatrix(3, 4, (r, c) -> r == 2 && c == 1 ? 1 : 0, new MatrixHeatmapView.Scale.Sequential(0, 1),
                    i -> "r" + i, i -> "c" + i);
            view.setOrder(new int[] {2, 0, 1}, new int[] {1, 0, 2, 3}, null, null);
        });
        WritableImage image = view.image();
        assertThat((int) image.getWidth()).isEqualTo(4);
        assertThat((int) image.getHeight()).isEqualTo(3);
        PixelReader pixels = image.getPixelReader();
        assertThat(pixels.getArgb(0, 0)).as("row 2, column 1 moved to the corner").isEqualTo(ColorMaps.viridis(1));
        assertThat(pixels.getArgb(1, 0)).isEqualTo(ColorMaps.viridis(0));
        assertThat(ColorMaps.luminance(pixels.getArgb(0, 0))).isGreaterThan(ColorMaps.luminance(pixels.getArgb(1, 1)));
    }

    /** A NaN cell (not yet known) is the paper, neither end of the scale, and the outline does not move cells. */
    @Test
    void anUnknownCellIsPaperColoured() {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            view.setMatrix(1, 3, (r, c) -> c == 1 ? Double.NaN : c / 2.0, new MatrixHeatmapView.Scale.Sequential(0, 1),
                    i -> "", i -> "");
            view.setOutlined(0, 2);
        });
        PixelReader pixels = view.image().getPixelReader();
        assertThat(pixels.getArgb(1, 0)).isEqualTo(ColorMaps.argb(PlotInk.paper(false)));
        assertThat(pixels.getArgb(0, 0)).isEqualTo(ColorMaps.viridis(0));
        assertThat(pixels.getArgb(2, 0)).isEqualTo(ColorMaps.viridis(1));
    }

    /** The diverging scale: 0 in the middle (pale), negative blue, positive red; values past the limit clamped. */
    @Test
    void theDivergingScaleIsSymmetricAboutZero() {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.setMatrix(1, 3, (r, c) -> c - 1.0 + (c == 2 ? 5 : 0),
                new MatrixHeatmapView.Scale.Diverging(1), i -> "", i -> ""));
        PixelReader pixels = view.image().getPixelReader();
        int negative = pixels.getArgb(0, 0);
        int zero = pixels.getArgb(1, 0);
        int positive = pixels.getArgb(2, 0);
        assertThat(negative & 0xFF).as("blue of −1").isGreaterThan((negative >> 16) & 0xFF);
        assertThat((positive >> 16) & 0xFF).as("red of 6, clamped").isGreaterThan(positive & 0xFF);
        assertThat(positive).isEqualTo(ColorMaps.coolwarm(1));
        assertThat(zero).isEqualTo(ColorMaps.coolwarm(0.5));
    }

    /** Values are written in the cells of a small matrix (a confusion matrix), not in those of a large one. */
    @Test
    void valuesAreWrittenOnlyWhenTheyFit() {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            view.setMatrix(3, 3, (r, c) -> r * 3 + c, new MatrixHeatmapView.Scale.Sequential(0, 8), i -> "class " + i,
                    i -> "class " + i);
            view.setTitle("Confusion matrix", "%.0f");
        });
        assertThat(view.valuesShown()).isTrue();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.setMatrix(200, 200, (r, c) -> r == c ? 1 : 0,
                new MatrixHeatmapView.Scale.Sequential(0, 1), i -> "", i -> ""));
        assertThat(view.valuesShown()).isFalse();
    }

    /** A matrix larger than a screen shows is sampled down to one image of at most MOST_PIXELS a side. */
    @Test
    void aHugeMatrixIsSampled() {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.setMatrix(3000, 10, (r, c) -> r,
                new MatrixHeatmapView.Scale.Sequential(0, 3000), i -> "", i -> ""));
        assertThat((int) view.image().getHeight()).isEqualTo(MatrixHeatmapView.MOST_PIXELS);
        assertThat((int) view.image().getWidth()).isEqualTo(10);
    }

    @Test
    void anOrderMustHoldEveryIndexOnce() {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.setMatrix(2, 2, (r, c) -> 0,
                new MatrixHeatmapView.Scale.Sequential(0, 1), i -> "", i -> ""));
        assertThatThrownBy(() -> view.setOrder(new int[] {0, 0}, null, null, null))
                .hasMessageContaining("every index once");
    }

    /** What is drawn on screen holds the cells' colours, scaled up. */
    @Test
    void theCellsAreDrawnOnTheCanvas() {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.setMatrix(4, 4, (r, c) -> 1,
                new MatrixHeatmapView.Scale.Sequential(0, 1), i -> "", i -> ""));
        WritableImage shot = WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.snapshot(null, null));
        int bright = ColorMaps.viridis(1);
        int count = 0;
        PixelReader pixels = shot.getPixelReader();
        for (int y = 0; y < shot.getHeight(); y += 2) {
            for (int x = 0; x < shot.getWidth(); x += 2) {
                count += (pixels.getArgb(x, y) | 0xFF000000) == (bright | 0xFF000000) ? 1 : 0;
            }
        }
        assertThat(count).as("pixels in the high end's colour").isGreaterThan(1000);
    }
}
