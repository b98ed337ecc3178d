package org.stepwise.viz.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.algo.Domain;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The plot base: transform and axes, the theme's ink and paper, draft and full drawing of the
 * image layer, the hover hook, and the scatter layer's marks (filled, hollow, shapes per class,
 * colours by assignment), checked on a picture's pixels.
 */
@ExtendWith(ApplicationExtension.class)
class PlotViewTest {

    /** A plot with an image layer that records how it is asked to paint, and a scatter layer. */
    private static final class TestPlot extends PlotView {
        final ScatterLayer points = new ScatterLayer(this);
        final List<String> paints = new ArrayList<>();
        final List<double[]> hovers = new ArrayList<>();
        boolean showsImage;
        int baseDraws;
        int movingDraws;

        TestPlot() {
            super("test-plot");
            setImageLayer((plot, now) -> {
                paints.add((now ? "now" : "later") + (plot.draft() ? " draft" : " full"));
                if (showsImage) {
                    int[] grey = new int[4];
                    java.util.Arrays.fill(grey, 0xff808080);
                    plot.image().show(grey, 2, 2);
                }
                return showsImage;
            });
            addLayer(points);
            addLayer(pen -> baseDraws++);
            addMovingLayer(pen -> movingDraws++);
        }

        void moveSomething() { redrawMoving(); }

        @Override
        protected void hovered(double pixelX, double pixelY, double x, double y) {
            hovers.add(new double[] {x, y});
        }
    }

    private TestPlot plot;

    @Start
    void start(Stage stage) {
        plot = new TestPlot();
        plot.points.setPoints(new double[] {-2, -1, 0, 1, 2, 3}, new double[] {0, 0, 0, 0, 0, 0});
        plot.setDomain(new Domain(-3, 4, -2, 2));
        stage.setScene(new Scene(new StackPane(plot), 800, 500));
        stage.sizeToScene();
        stage.show();
    }

    private WritableImage picture() {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            plot.drawNow();
            return plot.snapshot(null, null);
        });
    }

    @Test
    void theTransformLeavesTheAxesTheirMarginsAndEqualScaleMakesUnitsSquare() {
        WaitForAsyncUtils.waitForFxEvents();
        PlotTransform t = plot.transform();
        assertThat(t.left()).isEqualTo(Axes.LEFT_MARGIN);
        assertThat(t.width()).isEqualTo(800 - Axes.LEFT_MARGIN - Axes.RIGHT_MARGIN);
        assertThat(t.toDataX(t.toPixelX(1.25))).isCloseTo(1.25, within(1e-12));
        PlotTransform square = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            plot.setEqualScale(true);
            PlotTransform result = plot.transform();
            plot.setEqualScale(false);
            return result;
        });
        assertThat(square.width() / 7).isCloseTo(square.height() / 4, within(1e-9));
    }

    @Test
    void theImageIsPaintedLaterWhileDraftAndNowWhenAskedAndThePaperShowsWithoutIt() {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            plot.paints.clear();
            plot.setDraft(true);
            plot.redraw();
            plot.drawNow();
            plot.setDraft(false);
        });
        assertThat(plot.paints).containsExactly("later draft", "later draft", "now draft", "later full");
        PlotTransform t = plot.transform();
        int corner = picture().getPixelReader().getArgb((int) (t.left() + 5), (int) (t.top() + 5));
        assertThat(corner).as("no image: the paper").isEqualTo(ColorMaps.argb(PlotInk.LIGHT_PAPER));
        plot.showsImage = true;
        int covered = picture().getPixelReader().getArgb((int) (t.left() + 5), (int) (t.top() + 5));
        assertThat(covered).as("the image covers the paper").isEqualTo(0xff808080);
        plot.showsImage = false;
    }

    @Test
    void aChangeDrawsOnlyWhatItsSettersChangedAndAStepThatMovesOnlyTheTopLeavesTheAxesAndPoints() {
        int[] counts = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            plot.baseDraws = 0;
            plot.movingDraws = 0;
            plot.change(() -> {
                plot.setOverlay(pen -> { });
                plot.moveSomething();
                plot.setDomain(plot.domain());
            });
            int[] onlyTop = {plot.baseDraws, plot.movingDraws};
            plot.change(() -> { });
            int[] nothing = {plot.baseDraws, plot.movingDraws};
            plot.change(() -> plot.setDomain(new Domain(-3, 5, -2, 2)));
            int[] all = {plot.baseDraws, plot.movingDraws};
            plot.setDomain(new Domain(-3, 4, -2, 2));
            plot.setOverlay(PlotOverlay.NONE);
            return new int[] {onlyTop[0], onlyTop[1], nothing[0], nothing[1], all[0], all[1]};
        });
        assertThat(counts).as("overlay and moving layers once, the canvas below not at all; an empty change nothing;"
                + " a new domain both, once").containsExactly(0, 1, 0, 1, 1, 2);
    }

    @Test
    void theDarkThemeSwitchesInkAndPaper() {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> plot.setDark(true));
        assertThat(plot.ink()).isEqualTo(PlotInk.DARK_INK);
        PlotTransform t = plot.transform();
        int corner = picture().getPixelReader().getArgb((int) (t.left() + 5), (int) (t.top() + 5));
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> plot.setDark(false));
        assertThat(corner).isEqualTo(ColorMaps.argb(PlotInk.DARK_PAPER));
    }

    @Test
    void theHoverHookAndThePointerListenerHearWhereThePointerIs(FxRobot robot) {
        List<int[]> rows = new ArrayList<>();
        plot.setPointerListener((x, y, row) -> rows.add(new int[] {row}));
        PlotTransform t = plot.transform();
        robot.moveTo(plot.localToScreen(t.toPixelX(1), t.toPixelY(0)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(plot.hovers).isNotEmpty();
        double[] last = plot.hovers.get(plot.hovers.size() - 1);
        assertThat(last[0]).isCloseTo(1, within(0.05));
        assertThat(rows.get(rows.size() - 1)[0]).as("on the point of row 3").isEqualTo(3);
        plot.setPointerListener(null);
    }

    @Test
    void heldOutPointsAreHollowAndEachClassHasItsShapeAndAssignmentsRecolour() {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            plot.points.setAssignments(new int[] {0, 1, 2, 3, 0, -1});
            plot.points.setHeldOut(new boolean[] {false, false, false, false, true, false});
            plot.points.setStyle(12, false, 2, false);
        });
        WritableImage image = picture();
        ViewPictures.save(image, "plot-scatter-marks");
        PlotTransform t = plot.transform();
        PixelReader pixels = image.getPixelReader();
        int[] centre = new int[6];
        for (int i = 0; i < 6; i++) {
            centre[i] = pixels.getArgb((int) Math.round(t.toPixelX(i - 2)), (int) Math.round(t.toPixelY(0)));
        }
        assertThat(centre[0]).as("filled in its cluster's colour").isEqualTo(ColorMaps.classArgb(0));
        assertThat(centre[1]).isEqualTo(ColorMaps.classArgb(1));
        assertThat(centre[3]).isEqualTo(ColorMaps.classArgb(3));
        assertThat(centre[4]).as("held out: hollow, the paper inside").isEqualTo(ColorMaps.argb(PlotInk.LIGHT_PAPER));
        assertThat(centre[5]).as("not assigned: grey").isEqualTo(ColorMaps.argb(javafx.scene.paint.Color.GRAY));
        // Shapes: a square (class 1) fills the point 8 px right and up of its centre, a circle
        // (class 0, radius 12: 11.3 px away) and a diamond (class 3) do not; the diamond reaches
        // 12 px straight up.
        double corner = 8;
        int circleCorner = pixels.getArgb((int) Math.round(t.toPixelX(-2) + corner), (int) Math.round(t.toPixelY(0) - corner));
        int squareCorner = pixels.getArgb((int) Math.round(t.toPixelX(-1) + corner), (int) Math.round(t.toPixelY(0) - corner));
        int diamondCorner = pixels.getArgb((int) Math.round(t.toPixelX(1) + corner), (int) Math.round(t.toPixelY(0) - corner));
        int diamondTop = pixels.getArgb((int) Math.round(t.toPixelX(1)), (int) Math.round(t.toPixelY(0) - 12));
        assertThat(squareCorner).isEqualTo(ColorMaps.classArgb(1));
        assertThat(circleCorner).isNotEqualTo(ColorMaps.classArgb(0));
        assertThat(diamondCorner).isNotEqualTo(ColorMaps.classArgb(3));
        assertThat(diamondTop).isEqualTo(ColorMaps.classArgb(3));
        // The hollow mark's ring is in its colour.
        javafx.scene.paint.Color ring = pixels.getColor((int) Math.round(t.toPixelX(2) + 12), (int) Math.round(t.toPixelY(0)));
        assertThat(ring.getBlue() - ring.getRed()).as("blue, class 0's colour").isGreaterThan(0.4);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            plot.points.setAssignments(null);
            plot.points.setHeldOut(null);
            plot.points.setStyle(7, false, 2, true);
        });
    }

    @Test
    void aFieldLayerPaintsAScalarFieldAsFilledContoursUnderThePoints() {
        int[] corners = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            FieldLayer field = new FieldLayer(64);
            PlotView view = new PlotView("field-plot") {
                {
                    setImageLayer(field);
                }
            };
            field.setSurface(SurfaceRasterTest.BOWL);
            view.setDomain(new Domain(-2, 2, -2, 2));
            new Scene(new StackPane(view), 400, 300);
            view.resize(400, 300);
            view.layout();
            view.drawNow();
            PixelReader pixels = view.snapshot(null, null).getPixelReader();
            PlotTransform t = view.transform();
            return new int[] {pixels.getArgb((int) t.toPixelX(0), (int) t.toPixelY(0)),
                pixels.getArgb((int) t.toPixelX(-1.9), (int) t.toPixelY(1.9))};
        });
        assertThat(corners[0]).as("the minimum and a corner are painted apart").isNotEqualTo(corners[1]);
        assertThat(corners[0]).isNotEqualTo(ColorMaps.argb(PlotInk.LIGHT_PAPER));
    }
}
