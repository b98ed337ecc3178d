package org.stepwise.viz.view;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MarkStampsTest {

    @Test
    void eachLookIsDrawnOnceAndStampedWhereThePointIs() {
        MarkStamps stamps = new MarkStamps();
        Canvas canvas = new Canvas(200, 100);
        GraphicsContext g = canvas.getGraphicsContext2D();
        Color blue = ColorMaps.classColor(0);
        int[] sizes = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            stamps.prepare(8, 2, false, 1);
            for (int i = 0; i < 200; i++) {
                stamps.stamp(g, 0, blue, Color.WHITE, i % 2 == 0, 20 + (i % 10) * 15, 50, 1);
            }
            int afterFrame = stamps.size();
            stamps.prepare(8, 2, false, 1);
            stamps.stamp(g, 0, blue, Color.WHITE, false, 30, 50, 1);
            int sameLook = stamps.size();
            stamps.prepare(10, 2, false, 1);
            return new int[] {afterFrame, sameLook, stamps.size()};
        });
        assertThat(sizes[0]).as("two looks, two images for 200 points").isEqualTo(2);
        assertThat(sizes[1]).as("the next frame reuses them").isEqualTo(2);
        assertThat(sizes[2]).as("a new size draws them again").isZero();

        // A filled mark's colour at its centre, where the stamp was placed.
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            g.clearRect(0, 0, 200, 100);
            stamps.prepare(8, 2, false, 1);
            stamps.stamp(g, 0, blue, Color.WHITE, false, 100, 50, 1);
        });
        Color centre = WaitForAsyncUtils.waitForAsyncFx(5000,
                () -> canvas.snapshot(null, null).getPixelReader().getColor(100, 50));
        Color outside = WaitForAsyncUtils.waitForAsyncFx(5000,
                () -> canvas.snapshot(null, null).getPixelReader().getColor(130, 50));
        assertThat(ColorMaps.argb(centre)).isEqualTo(ColorMaps.classArgb(0));
        assertThat(outside.getBlue() - outside.getRed()).as("nothing drawn 30 px away").isLessThan(0.2);
    }
}
