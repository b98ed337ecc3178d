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
import org.stepwise.data.Dataset;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Thousands of points drawn as one picture look as the same points stamped one by one: a plot
 * of 1,200 points, all but twelve outside its rectangle, against a plot of those twelve.
 */
@ExtendWith(ApplicationExtension.class)
class PointRasterTest {

    private static final int INSIDE = 12;
    private static final int MANY = 1200;
    private static final Domain DOMAIN = new Domain(-3, 3, -3, 3);

    private DecisionBoundaryView many;
    private DecisionBoundaryView few;

    @Start
    void start(Stage stage) {
        many = new DecisionBoundaryView();
        few = new DecisionBoundaryView();
        many.setData(points(MANY));
        few.setData(points(INSIDE));
        many.setDomain(DOMAIN);
        few.setDomain(DOMAIN);
        many.setPrefSize(500, 420);
        few.setPrefSize(500, 420);
        stage.setScene(new Scene(new HBox(many, few), 1000, 420));
        stage.sizeToScene();
        stage.show();
    }

    /** The first twelve rows overlap in pairs inside the domain (a later one drawn over an earlier); the rest lie far out. */
    private static Dataset points(int n) {
        double[][] x = new double[n][];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            x[i] = i < INSIDE ? new double[] {-2.5 + 0.4 * i + (i % 2) * 0.03, (i % 3) - 1.0}
                    : new double[] {50 + i, 50 + i};
            labels[i] = i % 3;
        }
        return Dataset.classification("pairs", x, labels, List.of("x1", "x2"), List.of("A", "B", "C"));
    }

    @Test
    void looksAsTheSamePointsStampedOneByOne() {
        WritableImage[] images = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            many.drawNow();
            few.drawNow();
            return new WritableImage[] {many.snapshot(null, null), few.snapshot(null, null)};
        });
        ViewPictures.save(images[0], "point-raster-many");
        PlotTransform t = many.transform();
        PixelReader a = images[0].getPixelReader();
        PixelReader b = images[1].getPixelReader();
        int differing = 0;
        int coloured = 0;
        for (int y = (int) t.top() + 1; y < t.top() + t.height() - 1; y++) {
            for (int x = (int) t.left() + 1; x < t.left() + t.width() - 1; x++) {
                int pa = a.getArgb(x, y);
                int pb = b.getArgb(x, y);
                if (largestChannelGap(pa, pb) > 3) {
                    differing++;
                }
                if (saturated(pb)) {
                    coloured++;
                }
            }
        }
        assertThat(coloured).as("the stamped points are there to compare").isGreaterThan(INSIDE * 40);
        assertThat(differing).as("pixels differing by more than rounding").isLessThan(INSIDE * 3);
    }

    @Test
    void whilePlayingThePictureIsLaidOutInTheBackgroundAndShownWhenReady() {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            many.drawNow();
            many.setAssignments(new int[MANY]);
            return null;
        });
        // setAssignments redraws the canvas: the new picture comes from the painter thread.
        long deadline = System.currentTimeMillis() + 5000;
        int colour;
        PlotTransform t = many.transform();
        int px = (int) Math.round(t.toPixelX(-2.5 + 0.4 * 1 + 0.03));
        int py = (int) Math.round(t.toPixelY(0.0));
        do {
            WaitForAsyncUtils.sleep(50, java.util.concurrent.TimeUnit.MILLISECONDS);
            colour = WaitForAsyncUtils.waitForAsyncFx(5000, () -> many.snapshot(null, null).getPixelReader().getArgb(px, py));
        } while (!sameColour(colour, ColorMaps.classColor(0)) && System.currentTimeMillis() < deadline);
        assertThat(sameColour(colour, ColorMaps.classColor(0))).as("row 1, class 1, now drawn in cluster 0's colour").isTrue();
    }

    private static boolean sameColour(int argb, javafx.scene.paint.Color c) {
        int r = (int) Math.round(c.getRed() * 255);
        int g = (int) Math.round(c.getGreen() * 255);
        int b = (int) Math.round(c.getBlue() * 255);
        return Math.abs(((argb >> 16) & 0xff) - r) <= 2 && Math.abs(((argb >> 8) & 0xff) - g) <= 2
                && Math.abs((argb & 0xff) - b) <= 2;
    }

    private static int largestChannelGap(int p, int q) {
        int gap = 0;
        for (int shift = 0; shift < 32; shift += 8) {
            gap = Math.max(gap, Math.abs(((p >>> shift) & 0xff) - ((q >>> shift) & 0xff)));
        }
        return gap;
    }

    private static boolean saturated(int argb) {
        int r = (argb >> 16) & 0xff;
        int g = (argb >> 8) & 0xff;
        int b = argb & 0xff;
        return Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 60;
    }
}
