package org.stepwise.viz.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
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
class ImageGridViewTest {

    private ImageGridView view;

    @Start
    void start(Stage stage) {
        view = new ImageGridView();
        stage.setScene(new Scene(new StackPane(view), 600, 300));
        stage.show();
    }

    /**
     * Every image's pixels go into one atlas, image i of row r at (i·w, r·h): a grey row's low
     * value is the paper, its high value the ink, and a diverging row's sign picks blue or red.
     */
    @Test
    void theAtlasHoldsEveryPixelWhereItsImageSits() {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.setRows(2, 3, List.of(
                new ImageGridView.Row("grey", 2, (i, px) -> i == 0 ? 0 : 16, new ImageGridView.Scale.Grey(0, 16),
                        i -> "g" + i),
                new ImageGridView.Row("signed", 1, (i, px) -> px == 0 ? -1 : 1, new ImageGridView.Scale.Diverging(),
                        i -> ""))));
        WritableImage atlas = view.atlas();
        assertThat(view.imageCount()).isEqualTo(3);
        assertThat((int) atlas.getWidth()).isEqualTo(6);
        assertThat((int) atlas.getHeight()).isEqualTo(4);
        PixelReader pixels = atlas.getPixelReader();
        assertThat(pixels.getArgb(0, 0)).isEqualTo(ColorMaps.argb(PlotInk.LIGHT_PAPER));
        assertThat(pixels.getArgb(4, 1)).isEqualTo(ColorMaps.argb(PlotInk.LIGHT_INK));
        int negative = pixels.getArgb(0, 2);
        int positive = pixels.getArgb(1, 2);
        assertThat(negative & 0xFF).as("blue of the negative pixel").isGreaterThan((negative >> 16) & 0xFF);
        assertThat((positive >> 16) & 0xFF).as("red of the positive pixel").isGreaterThan(positive & 0xFF);
    }

    /** What is drawn on screen is the images, scaled up: a snapshot of the view holds the ink. */
    @Test
    void theImagesAreDrawnOnTheCanvas() {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.setRows(8, 8, List.of(
                new ImageGridView.Row("ink", 4, (i, px) -> 16, new ImageGridView.Scale.Grey(0, 16), i -> ""))));
        WritableImage shot = WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.snapshot(null, null));
        int ink = ColorMaps.argb(PlotInk.LIGHT_INK);
        int inked = 0;
        PixelReader pixels = shot.getPixelReader();
        for (int y = 0; y < shot.getHeight(); y += 2) {
            for (int x = 0; x < shot.getWidth(); x += 2) {
                inked += (pixels.getArgb(x, y) | 0xFF000000) == ink ? 1 : 0;
            }
        }
        assertThat(inked).as("pixels in the ink's colour").isGreaterThan(100);
    }

    @Test
    void anImageWithoutPixelsIsRefused() {
        assertThatThrownBy(() -> view.setRows(0, 8, List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one pixel");
    }
}
