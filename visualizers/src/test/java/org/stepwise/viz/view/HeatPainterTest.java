package org.stepwise.viz.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.algo.ClassProbabilities;
import org.stepwise.algo.Domain;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Heatmaps painted now and in the background end up as the same picture, the newest one. */
@ExtendWith(ApplicationExtension.class)
class HeatPainterTest {

    private static final Domain SQUARE = new Domain(-1, 1, -1, 1);
    private static final ClassProbabilities VERTICAL = BoundaryRasterTest.twoClasses((x, y) -> 4 * x);
    private static final ClassProbabilities DIAGONAL = BoundaryRasterTest.twoClasses((x, y) -> 4 * (x - y));

    @Start
    void start(Stage stage) {
        // The toolkit only: images need it, no window is shown.
    }

    private static <T> T fx(java.util.concurrent.Callable<T> action) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, action);
    }

    /** The picture a model makes when painted on the FX thread into a 300×200 image. */
    private static int[] paintedNow(ClassProbabilities model) {
        return fx(() -> {
            ScreenImage screen = new ScreenImage();
            screen.place(0, 0, 300, 200, 1);
            new HeatPainter(screen).paintNow(new BoundaryRaster(64, 64, 1), model, SQUARE);
            return screen.pixels().clone();
        });
    }

    @Test
    void aPicturePaintedInTheBackgroundIsTheOnePaintedNow() throws Exception {
        int[] expected = paintedNow(DIAGONAL);
        ScreenImage screen = fx(() -> {
            ScreenImage created = new ScreenImage();
            created.place(0, 0, 300, 200, 1);
            new HeatPainter(created).paintLater(new BoundaryRaster(64, 64, 1), DIAGONAL, SQUARE);
            return created;
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> fx(() -> java.util.Arrays.equals(screen.pixels(), expected)));
    }

    @Test
    void aBackgroundPictureDoesNotReplaceANewerOnePaintedNow() throws Exception {
        int[] vertical = paintedNow(VERTICAL);
        assertThat(vertical).isNotEqualTo(paintedNow(DIAGONAL));
        ScreenImage screen = fx(() -> {
            ScreenImage created = new ScreenImage();
            created.place(0, 0, 300, 200, 1);
            BoundaryRaster raster = new BoundaryRaster(64, 64, 1);
            HeatPainter painter = new HeatPainter(created);
            // Many background requests, then one on the FX thread: whichever the painter thread
            // still finishes must not be shown over it.
            for (int i = 0; i < 20; i++) {
                painter.paintLater(raster, DIAGONAL, SQUARE);
            }
            painter.paintNow(raster, VERTICAL, SQUARE);
            return created;
        });
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> screen.pixels().clone())).isEqualTo(vertical);
    }
}
