package org.stepwise.viz.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Scaling a raster to the screen's pixels: sizes, placement, and the bilinear values. */
@ExtendWith(ApplicationExtension.class)
class ScreenImageTest {

    private static final int RED = 0xFFFF0000;
    private static final int BLUE = 0xFF0000FF;

    @Start
    void start(Stage stage) {
        // The toolkit only: images need it, no window is shown.
    }

    /** Runs a test's body on the FX thread, as the views use the image (its buffer insists). */
    private static void onFx(Runnable body) {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            body.run();
            return null;
        });
    }

    @Test
    void theImageHasThePlotsDevicePixelSizeAndSitsOnWholePixels() {
        ScreenImage screen = new ScreenImage();
        screen.place(10.3, 20.6, 300.4, 200.2, 2);
        assertThat(screen.image().getWidth()).isEqualTo(601);
        assertThat(screen.image().getHeight()).isEqualTo(400);
        // Drawn 1:1: the fitted size is the pixel size in layout units, the corner on a device pixel.
        assertThat(screen.view().getFitWidth() * 2).isEqualTo(601);
        assertThat(screen.view().getX() * 2).isEqualTo(21);
        assertThat(screen.view().getY() * 2).isEqualTo(41);
        var before = screen.image();
        screen.place(11, 21, 300.4, 200.2, 2);
        assertThat(screen.image()).as("a move keeps the image").isSameAs(before);
    }

    @Test
    void aUniformRasterStaysUniformAndTheSameSizeIsCopiedExactly() {
        onFx(() -> {
            ScreenImage screen = new ScreenImage();
            screen.place(0, 0, 37, 23, 1);
            int[] grey = new int[4 * 4];
            Arrays.fill(grey, 0xFF808080);
            screen.show(grey, 4, 4);
            assertThat(screen.pixels()).containsOnly(0xFF808080);

            int[] noise = new int[37 * 23];
            for (int i = 0; i < noise.length; i++) {
                noise[i] = 0xFF000000 | ((i * 40503) & 0xFFFFFF);
            }
            screen.show(noise, 37, 23);
            assertThat(screen.pixels()).containsExactly(noise);
            assertThat(screen.image().getPixelReader().getArgb(5, 7)).isEqualTo(noise[7 * 37 + 5]);
        });
    }

    @Test
    void twoPixelsBecomeAGradientSampledAtPixelCentres() {
        onFx(() -> {
            ScreenImage screen = new ScreenImage();
            screen.place(0, 0, 8, 1, 1);
            screen.show(new int[] {RED, BLUE}, 2, 1);
            int[] row = screen.pixels();
            // Source centres fall at 1.5 and 5.5: pure colours outside them, a blend between.
            assertThat(row[0]).isEqualTo(RED);
            assertThat(row[1]).isEqualTo(RED);
            assertThat(row[6]).isEqualTo(BLUE);
            assertThat(row[7]).isEqualTo(BLUE);
            // Pixel 3 sits at source coordinate 0.375: weight 96/256 of blue, channels rounded down.
            assertThat(row[3]).isEqualTo(0xFF000000 | (159 << 16) | 95);
            for (int x = 1; x < 8; x++) {
                assertThat((row[x] >> 16) & 0xFF).as("red falls").isLessThanOrEqualTo((row[x - 1] >> 16) & 0xFF);
                assertThat((row[x] & 0xFF) + ((row[x] >> 16) & 0xFF)).as("no channel spills").isBetween(253, 255);
                assertThat(row[x] & 0xFF00FF00).as("alpha and green untouched").isEqualTo(0xFF000000);
            }
        });
    }

    @Test
    void aResizeScalesTheLastRasterAgain() {
        onFx(() -> {
            ScreenImage screen = new ScreenImage();
            screen.place(0, 0, 4, 4, 1);
            screen.show(new int[] {RED, BLUE, BLUE, RED}, 2, 2);
            screen.place(0, 0, 6, 2, 1);
            assertThat(screen.pixels()).hasSize(12);
            assertThat(screen.pixels()[0]).isEqualTo(RED);
            assertThat(screen.pixels()[5]).isEqualTo(BLUE);
            assertThat(screen.image().getPixelReader().getArgb(0, 1)).isEqualTo(BLUE);
        });
    }

    @Test
    void aForgottenRasterIsNotScaledAgainOnAResize() {
        onFx(() -> {
            ScreenImage screen = new ScreenImage();
            screen.place(0, 0, 4, 4, 1);
            screen.show(new int[] {RED, BLUE, BLUE, RED}, 2, 2);
            screen.forgetRaster();
            screen.place(0, 0, 6, 2, 1);
            assertThat(screen.pixels()).as("blank until the caller shows a new raster").containsOnly(0);
            screen.show(new int[] {BLUE}, 1, 1);
            screen.place(0, 0, 3, 3, 1);
            assertThat(screen.pixels()).as("a raster shown afterwards is kept again").containsOnly(BLUE);
        });
    }

    @Test
    void lerpBlendsEveryChannelWithoutCarryingIntoTheNext() {
        assertThat(Resampler.lerp(0x00000000, 0xFFFFFFFF, 128)).isEqualTo(0x7F7F7F7F);
        assertThat(Resampler.lerp(0xFFFFFFFF, 0xFFFFFFFF, 77)).isEqualTo(0xFFFFFFFF);
        assertThat(Resampler.lerp(0x12345678, 0x9ABCDEF0, 0)).isEqualTo(0x12345678);
        assertThat(Resampler.lerp(0x12345678, 0x9ABCDEF0, 256)).isEqualTo(0x9ABCDEF0);
        assertThat(Resampler.lerp(0xFF00FF00, 0x00FF00FF, 64)).isEqualTo(0xBF3FBF3F);
    }

    @Test
    void aRasterShorterThanItsSizeIsRefused() {
        ScreenImage screen = new ScreenImage();
        assertThatThrownBy(() -> screen.show(new int[3], 2, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs 4 pixels");
    }
}
