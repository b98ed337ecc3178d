package org.stepwise.viz.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.algo.ClassProbabilities;
import org.stepwise.algo.Domain;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class BoundaryThumbnailsTest {

    private static final Domain SQUARE = new Domain(-1, 1, -1, 1);

    private BoundaryThumbnails view;

    @Start
    void start(Stage stage) {
        view = new BoundaryThumbnails();
        stage.setScene(new Scene(new StackPane(view), 600, 240));
        stage.show();
    }

    /** Class 1 where x is above {@code cut}, class 0 below: a vertical boundary at x = cut. */
    private static ClassProbabilities verticalCut(double cut) {
        return new ClassProbabilities() {
            @Override
            public int classCount() { return 2; }

            @Override
            public void predictProbabilities(double[] xs, double[] ys, int count, double[] out) {
                for (int i = 0; i < count; i++) {
                    out[2 * i + 1] = xs[i] > cut ? 1 : 0;
                    out[2 * i] = 1 - out[2 * i + 1];
                }
            }
        };
    }

    /** Each thumbnail is its own model's regions over the shared domain: left class 0, right class 1 of the cut. */
    @Test
    void eachThumbnailPaintsItsOwnModelOverTheSharedDomain() {
        ClassProbabilities left = verticalCut(-0.5);
        ClassProbabilities right = verticalCut(0.5);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.setThumbnails("two cuts", SQUARE, List.of(
                new BoundaryThumbnails.Thumbnail(left, "a", false),
                new BoundaryThumbnails.Thumbnail(right, "b\nsecond line", true))));
        assertThat(view.count()).isEqualTo(2);
        int size = BoundaryThumbnails.RESOLUTION;
        // Painted on the plot painter thread: both arrive a moment later.
        WritableImage a = paintedLater(0);
        WritableImage b = paintedLater(1);
        // At x = 0 (the middle column) the first model says class 1, the second class 0.
        int middleA = a.getPixelReader().getArgb(size / 2, size / 2);
        int middleB = b.getPixelReader().getArgb(size / 2, size / 2);
        assertThat(middleA).isNotEqualTo(middleB);
        assertThat(a.getPixelReader().getArgb(size - 1, 0)).as("both agree at the right edge")
                .isEqualTo(b.getPixelReader().getArgb(size - 1, 0));
    }

    /** A model shown again is not painted again: its image is kept while it stays in the row. */
    @Test
    void aModelStillShownKeepsItsPaintedImage() {
        ClassProbabilities first = verticalCut(0);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.setThumbnails("", SQUARE,
                List.of(new BoundaryThumbnails.Thumbnail(first, "1", false))));
        WritableImage painted = paintedLater(0);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.setThumbnails("", SQUARE, List.of(
                new BoundaryThumbnails.Thumbnail(first, "1", false),
                new BoundaryThumbnails.Thumbnail(verticalCut(0.3), "2", true))));
        assertThat(view.image(0)).isSameAs(painted);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.setThumbnails("", new Domain(-2, 2, -2, 2), List.of(
                new BoundaryThumbnails.Thumbnail(first, "1", false))));
        WaitForAsyncUtils.waitForAsyncFx(5000, view::drawNow);
        assertThat(view.image(0)).as("a new domain paints anew (now, before a snapshot)").isNotNull().isNotSameAs(painted);
    }

    /** Thumbnail i's picture once the painter thread has delivered it (null after five seconds). */
    private WritableImage paintedLater(int i) {
        long deadline = System.currentTimeMillis() + 5000;
        WritableImage image;
        do {
            WaitForAsyncUtils.sleep(20, java.util.concurrent.TimeUnit.MILLISECONDS);
            image = WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.image(i));
        } while (image == null && System.currentTimeMillis() < deadline);
        return image;
    }

    /** Six thumbnails in a short wide view stand in one row; in a tall narrow one, in a grid. */
    @Test
    void theThumbnailsTakeTheGridThatMakesThemLargest() {
        assertThat(BoundaryThumbnails.columnsFor(6, 900, 150, 20, 8)).as("short and wide: one row").isEqualTo(6);
        assertThat(BoundaryThumbnails.columnsFor(6, 370, 230, 36, 8)).as("the forest's side panel").isEqualTo(3);
        assertThat(BoundaryThumbnails.columnsFor(6, 150, 900, 20, 8)).as("tall and narrow: one column").isEqualTo(1);
        assertThat(BoundaryThumbnails.columnsFor(1, 300, 300, 20, 8)).isEqualTo(1);
    }
}
