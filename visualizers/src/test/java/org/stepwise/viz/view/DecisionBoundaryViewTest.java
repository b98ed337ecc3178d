package org.stepwise.viz.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.algo.ClassProbabilities;
import org.stepwise.data.Dataset;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class DecisionBoundaryViewTest {

    private static final double[][] CENTRES = {{-1.5, -1}, {1.5, -1}, {0, 1.5}};

    /** Softmax of −2·(squared distance to each class centre): three regions meeting near the middle. */
    private static final ClassProbabilities NEAREST_CENTRE = new ClassProbabilities() {
        @Override public int classCount() { return 3; }

        @Override
        public void predictProbabilities(double[] xs, double[] ys, int count, double[] out) {
            for (int i = 0; i < count; i++) {
                double sum = 0;
                for (int k = 0; k < 3; k++) {
                    double dx = xs[i] - CENTRES[k][0];
                    double dy = ys[i] - CENTRES[k][1];
                    out[3 * i + k] = Math.exp(-2 * (dx * dx + dy * dy));
                    sum += out[3 * i + k];
                }
                for (int k = 0; k < 3; k++) {
                    out[3 * i + k] /= sum;
                }
            }
        }
    };

    private final List<String> edits = new ArrayList<>();
    private final double[] added = new double[2];
    private final double[] moved = new double[2];
    private DecisionBoundaryView view;
    private Dataset data;

    @Start
    void start(Stage stage) {
        double[][] x = {
            {-1.8, -1.2}, {-1.2, -0.6}, {-1.6, -0.5}, {1.4, -1.4}, {1.9, -0.7}, {1.2, -0.9},
            {-0.3, 1.6}, {0.4, 1.9}, {0.1, 1.1},
        };
        int[] labels = {0, 0, 0, 1, 1, 1, 2, 2, 2};
        data = Dataset.classification("three blobs", x, labels, List.of("x1", "x2"), List.of("A", "B", "C"));
        view = new DecisionBoundaryView();
        view.setData(data);
        view.setModel(NEAREST_CENTRE);
        view.setPointEditListener(new PointEditListener() {
            @Override
            public void added(double px, double py, int classIndex) {
                edits.add("added " + classIndex);
                added[0] = px;
                added[1] = py;
            }

            @Override
            public void moved(int row, double px, double py) {
                edits.add("moved " + row);
                moved[0] = px;
                moved[1] = py;
            }

            @Override
            public void removed(int row) { edits.add("removed " + row); }
        });
        stage.setScene(new Scene(new StackPane(view), 820, 640));
        // The stage is shared with earlier test classes: whatever size they left it, this scene's.
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void aNewModelRepaintsWithoutAskingThePanesForALayoutPass() {
        WaitForAsyncUtils.waitForFxEvents();
        boolean[] asked = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            ClassProbabilities flipped = new ClassProbabilities() {
                @Override public int classCount() { return 3; }

                @Override
                public void predictProbabilities(double[] xs, double[] ys, int count, double[] out) {
                    NEAREST_CENTRE.predictProbabilities(ys, xs, count, out);
                }
            };
            view.setModel(flipped);
            view.setDraft(true);
            view.setDraft(false);
            return new boolean[] {view.isNeedsLayout(), view.getParent().isNeedsLayout()};
        });
        // With the image managed, new pixels counted as a change of its bounds: a layout pass from
        // the window's root on every frame of a playing lesson.
        assertThat(asked[0]).as("the view asked to lay out").isFalse();
        assertThat(asked[1]).as("its pane asked to lay out").isFalse();
    }

    @Test
    void aResizePaintsTheHeatmapAtTheNewSize() {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            view.resize(500, 380);
            view.layout();
        });
        // Painted in the background: the picture at the new size arrives a moment later.
        int[] sizes;
        long deadline = System.currentTimeMillis() + 5000;
        do {
            WaitForAsyncUtils.sleep(20, java.util.concurrent.TimeUnit.MILLISECONDS);
            sizes = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
                ScreenImage heat = view.heatImage();
                long painted = java.util.Arrays.stream(heat.pixels()).filter(argb -> argb != 0).count();
                return new int[] {heat.pixelWidth(), ScreenImage.devicePixels(view.transform().width(), 1),
                    (int) painted, heat.pixels().length};
            });
        } while ((sizes[0] != sizes[1] || sizes[2] != sizes[3]) && System.currentTimeMillis() < deadline);
        assertThat(sizes[0]).as("the image has the new plot's width").isEqualTo(sizes[1]);
        assertThat(sizes[2]).as("every pixel painted at the new size").isEqualTo(sizes[3]);
    }

    @Test
    void drawsTheRegionsInTheirClassColoursUnderThePoints() {
        WritableImage image = WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.snapshot(null, null));
        ViewPictures.save(image, "decision-boundary");
        PlotTransform t = view.transform();
        PixelReader pixels = image.getPixelReader();
        Set<Integer> colours = new HashSet<>();
        for (int y = (int) t.top(); y < t.top() + t.height(); y += 5) {
            for (int x = (int) t.left(); x < t.left() + t.width(); x += 5) {
                colours.add(pixels.getArgb(x, y));
            }
        }
        assertThat(colours.size()).isGreaterThan(40);
        // Empty space inside each region takes that class's hue: blue, orange, green.
        int blueRegion = pixels.getArgb((int) t.toPixelX(-2.1), (int) t.toPixelY(-1.7));
        int orangeRegion = pixels.getArgb((int) t.toPixelX(2.2), (int) t.toPixelY(-1.7));
        int greenRegion = pixels.getArgb((int) t.toPixelX(0.9), (int) t.toPixelY(2.1));
        assertThat(blue(blueRegion)).isGreaterThan(red(blueRegion));
        assertThat(red(orangeRegion)).isGreaterThan(blue(orangeRegion));
        assertThat(green(greenRegion)).isGreaterThan(red(greenRegion));
        // A point is drawn in its full class colour over the paler region.
        int point = pixels.getArgb((int) Math.round(t.toPixelX(1.4)), (int) Math.round(t.toPixelY(-1.4)));
        assertThat(point).isEqualTo(ColorMaps.classArgb(1));
    }

    @Test
    void clickingEmptySpaceAddsAPointOfTheEditClassWhereClicked(FxRobot robot) {
        view.setEditable(true);
        view.setEditClass(2);
        PlotTransform t = view.transform();
        double pixelX = t.toPixelX(0.3);
        double pixelY = t.toPixelY(-1.6);
        robot.clickOn(screen(pixelX, pixelY));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(edits).containsExactly("added 2");
        double onePixel = t.domain().width() / t.width();
        assertThat(added[0]).isCloseTo(t.toDataX(pixelX), within(onePixel));
        assertThat(added[1]).isCloseTo(t.toDataY(pixelY), within(onePixel));
        assertThat(added[0]).isCloseTo(0.3, within(onePixel));
    }

    @Test
    void draggingMovesAPointAndRightClickRemovesOne(FxRobot robot) {
        view.setEditable(true);
        PlotTransform t = view.transform();
        robot.drag(screen(t.toPixelX(1.9), t.toPixelY(-0.7)), MouseButton.PRIMARY)
                .dropTo(screen(t.toPixelX(1.0), t.toPixelY(0.5)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(edits).containsExactly("moved 4");
        assertThat(moved[0]).isCloseTo(1.0, within(0.02));
        assertThat(moved[1]).isCloseTo(0.5, within(0.02));
        robot.rightClickOn(screen(t.toPixelX(-0.3), t.toPixelY(1.6)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(edits).containsExactly("moved 4", "removed 6");
    }

    @Test
    void deleteRemovesThePointUnderThePointerAndAClickOnAPointIsNoEdit(FxRobot robot) {
        view.setEditable(true);
        PlotTransform t = view.transform();
        robot.clickOn(screen(t.toPixelX(0.1), t.toPixelY(1.1)));
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(edits).containsExactly("removed 8");
    }

    @Test
    void aViewNotEditableReportsNothingButStillReadsOutTheModel(FxRobot robot) {
        PlotTransform t = view.transform();
        robot.clickOn(screen(t.toPixelX(-2.0), t.toPixelY(-1.6)));
        robot.moveTo(screen(t.toPixelX(-2.0), t.toPixelY(-1.5)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(edits).isEmpty();
        Label readout = (Label) view.lookup(".plot-readout");
        assertThat(readout.isVisible()).isTrue();
        // The pointer lands on a whole pixel: within one pixel (0.007 here) of the point aimed at.
        assertThat(readout.getText()).matches("(?s)x1 = -(2\\.00|1\\.99), x2 = -1\\.(49|50|51)\\RP\\(A\\) = 1\\.00");

        // A resize under a still pointer (F11) moves the plot: the readout goes until the pointer moves.
        javafx.stage.Window window = view.getScene().getWindow();
        double width = window.getWidth();
        robot.interact(() -> window.setWidth(width + 80));
        WaitForAsyncUtils.waitForFxEvents();
        boolean shownAfterResize = readout.isVisible();
        // The stage outlives the test: the next test's pointer aims at a window of the usual size.
        robot.interact(() -> window.setWidth(width));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownAfterResize).isFalse();
    }

    @Test
    void aHeldOutPointIsDrawnHollowAndTheOthersFilled() {
        boolean[] heldOut = new boolean[data.size()];
        heldOut[8] = true;
        WritableImage image = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            view.setModel(null);
            view.setData(data.withHeldOut(heldOut));
            return view.snapshot(null, null);
        });
        PlotTransform t = view.transform();
        int filled = image.getPixelReader().getArgb((int) Math.round(t.toPixelX(0.4)), (int) Math.round(t.toPixelY(1.9)));
        int hollow = image.getPixelReader().getArgb((int) Math.round(t.toPixelX(0.1)), (int) Math.round(t.toPixelY(1.1)));
        assertThat(filled).isEqualTo(ColorMaps.classArgb(2));
        // The paper shows through the ring's middle.
        assertThat(Math.min(red(hollow), Math.min(green(hollow), blue(hollow)))).isGreaterThan(240);
    }

    /** A point sized 2.5 covers several times the pixels of its usual mark (2.5² and a thinner rim), one sized 0.5 under half; null sizes restore them. */
    @Test
    void pointsSizedByAWeightGrowAndShrinkAndNullSizesRestoreThem() {
        double[] sizes = new double[data.size()];
        java.util.Arrays.fill(sizes, 1);
        sizes[7] = 2.5;
        sizes[8] = 0.5;
        WritableImage plain = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            view.setModel(null);
            return view.snapshot(null, null);
        });
        WritableImage sized = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            view.setPointSizes(sizes, 3);
            return view.snapshot(null, null);
        });
        WritableImage restored = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            view.setPointSizes(null, 1);
            return view.snapshot(null, null);
        });
        PlotTransform t = view.transform();
        int usualBig = classPixels(plain, t, 0.4, 1.9);
        int usualSmall = classPixels(plain, t, 0.1, 1.1);
        assertThat((double) classPixels(sized, t, 0.4, 1.9) / usualBig).as("2.5 times the radius").isBetween(4.0, 12.0);
        assertThat((double) classPixels(sized, t, 0.1, 1.1) / usualSmall).as("half the radius").isBetween(0.05, 0.5);
        assertThat(classPixels(restored, t, 0.4, 1.9)).isEqualTo(usualBig);
    }

    /** Pixels of class 2's colour within 24 pixels of (x, y), where only that point lies. */
    private static int classPixels(WritableImage image, PlotTransform t, double x, double y) {
        int cx = (int) Math.round(t.toPixelX(x));
        int cy = (int) Math.round(t.toPixelY(y));
        int count = 0;
        for (int px = cx - 24; px <= cx + 24; px++) {
            for (int py = cy - 24; py <= cy + 24; py++) {
                count += image.getPixelReader().getArgb(px, py) == ColorMaps.classArgb(2) ? 1 : 0;
            }
        }
        return count;
    }

    @Test
    void withoutAModelThePointsAndAxesStillShow() {
        WritableImage image = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            view.setModel(null);
            return view.snapshot(null, null);
        });
        PlotTransform t = view.transform();
        int empty = image.getPixelReader().getArgb((int) t.toPixelX(0.3), (int) t.toPixelY(-1.6));
        int point = image.getPixelReader().getArgb((int) Math.round(t.toPixelX(0.1)), (int) Math.round(t.toPixelY(1.1)));
        assertThat(Math.min(red(empty), blue(empty))).isGreaterThan(240);
        assertThat(point).isEqualTo(ColorMaps.classArgb(2));
    }

    @Test
    void anOverlayIsDrawnOverThePointsInDataCoordinatesAndGoesWithTheNext() {
        // A vertical line x = 0.8 (1·x − 0.8 = 0) in pure magenta, and a 1σ ellipse around (−1.5, −1).
        PlotOverlay line = pen -> {
            pen.line(-0.8, 1, 0, javafx.scene.paint.Color.MAGENTA, 3);
            pen.ellipse(-1.5, -1, 0.25, 0, 0.04, 1, javafx.scene.paint.Color.MAGENTA, 3);
        };
        WritableImage drawn = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            view.setOverlay(line);
            return view.snapshot(null, null);
        });
        PlotTransform t = view.transform();
        int onLine = drawn.getPixelReader().getArgb((int) Math.round(t.toPixelX(0.8)), (int) Math.round(t.toPixelY(0.3)));
        int offLine = drawn.getPixelReader().getArgb((int) Math.round(t.toPixelX(0.5)), (int) Math.round(t.toPixelY(0.3)));
        // The ellipse's rightmost point is μ + 1·√0.25 along x.
        int onEllipse = drawn.getPixelReader().getArgb((int) Math.round(t.toPixelX(-1.0)), (int) Math.round(t.toPixelY(-1)));
        assertThat(onLine).isEqualTo(0xFFFF00FF);
        assertThat(onEllipse).isEqualTo(0xFFFF00FF);
        assertThat(offLine).isNotEqualTo(0xFFFF00FF);

        WritableImage cleared = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            view.setOverlay(PlotOverlay.NONE);
            return view.snapshot(null, null);
        });
        int after = cleared.getPixelReader().getArgb((int) Math.round(t.toPixelX(0.8)), (int) Math.round(t.toPixelY(0.3)));
        assertThat(after).isNotEqualTo(0xFFFF00FF);
    }

    @Test
    void aNormBallIsADiamondForPOneACircleForTwoAndASquareForInfinity() {
        // Around (0, −0.5), where there are no points: a diamond of radius 0.5, a square of radius 0.3.
        javafx.scene.paint.Color magenta = javafx.scene.paint.Color.MAGENTA;
        WritableImage drawn = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            view.setOverlay(pen -> {
                pen.normBall(0, -0.5, 0.5, 1, magenta, 3);
                pen.normBall(0, -0.5, 0.3, Double.POSITIVE_INFINITY, magenta, 3);
            });
            return view.snapshot(null, null);
        });
        PlotTransform t = view.transform();
        PixelReader pixels = drawn.getPixelReader();
        java.util.function.BiPredicate<Double, Double> magentaAt = (x, y) -> {
            int argb = pixels.getArgb((int) Math.round(t.toPixelX(x)), (int) Math.round(t.toPixelY(y)));
            return red(argb) > 200 && green(argb) < 80 && blue(argb) > 200;
        };
        assertThat(magentaAt.test(0.5, -0.5)).as("the diamond's right corner").isTrue();
        assertThat(magentaAt.test(0.25, -0.25)).as("the middle of its upper right edge").isTrue();
        assertThat(magentaAt.test(-0.25, -0.75)).as("the middle of its lower left edge").isTrue();
        assertThat(magentaAt.test(0.42, -0.08)).as("outside the diamond, inside its bounding box").isFalse();
        assertThat(magentaAt.test(0.3, -0.35)).as("the square's right edge").isTrue();
        assertThat(magentaAt.test(0.15, -0.8)).as("the square's bottom edge").isTrue();
        assertThat(magentaAt.test(0.2, -0.5)).as("inside the square").isFalse();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.setOverlay(PlotOverlay.NONE));
    }

    @Test
    void thePointerListenerHearsWhereThePointerIsAndWhichPointItRestsOn(FxRobot robot) {
        List<String> heard = new ArrayList<>();
        double[] at = new double[2];
        robot.interact(() -> view.setPointerListener((x, y, row) -> {
            heard.add(Double.isNaN(x) ? "left" : "row " + row);
            at[0] = x;
            at[1] = y;
        }));
        PlotTransform t = view.transform();
        robot.moveTo(screen(t.toPixelX(1.4), t.toPixelY(-1.4)));
        assertThat(heard).last().isEqualTo("row 3");
        robot.moveTo(screen(t.toPixelX(0.3), t.toPixelY(-1.6)));
        assertThat(heard).last().isEqualTo("row -1");
        assertThat(at[0]).isCloseTo(0.3, within(0.02));
        assertThat(at[1]).isCloseTo(-1.6, within(0.02));
        robot.moveTo(screen(t.left() - 30, t.top() + 20));
        assertThat(heard).last().isEqualTo("left");
        robot.interact(() -> view.setPointerListener(null));
    }

    private Point2D screen(double pixelX, double pixelY) {
        return view.localToScreen(pixelX, pixelY);
    }

    private static int red(int argb) { return (argb >> 16) & 0xFF; }

    private static int green(int argb) { return (argb >> 8) & 0xFF; }

    private static int blue(int argb) { return argb & 0xFF; }
}
