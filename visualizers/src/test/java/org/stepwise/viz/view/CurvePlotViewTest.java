package org.stepwise.viz.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class CurvePlotViewTest {

    private static final double[] XS = {-2, -1, 0, 1, 2, 2.5};
    private static final double[] YS = {-3, 0, 1.5, 3, 5, 4};

    private final List<String> edits = new ArrayList<>();
    private final double[] added = new double[2];
    private final double[] moved = new double[2];
    private CurvePlotView view;

    @Start
    void start(Stage stage) {
        view = new CurvePlotView();
        view.setPoints(XS, YS, "x", "y");
        view.setCurves(x -> 2 * x + 1, null);
        view.setPointEditListener(new PointEditListener() {
            @Override
            public void added(double x, double y, int classIndex) {
                edits.add("added " + classIndex);
                added[0] = x;
                added[1] = y;
            }

            @Override
            public void moved(int row, double x, double y) {
                edits.add("moved " + row);
                moved[0] = x;
                moved[1] = y;
            }

            @Override
            public void removed(int row) { edits.add("removed " + row); }
        });
        stage.setScene(new Scene(new StackPane(view), 820, 640));
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void pointsAndCurveLandOnTheirDataCoordinates() {
        WritableImage image = WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.snapshot(null, null));
        ViewPictures.save(image, "curve-plot");
        PlotTransform t = view.transform();
        assertThat(t.domain().contains(-2, -3)).isTrue();
        assertThat(t.domain().contains(2.5, 5)).isTrue();
        // A point's centre is in the point colour; the line y = 2x + 1 at x = −1.5 (no point there) in the curve's.
        assertThat(argb(image, t.toPixelX(0), t.toPixelY(1.5))).isEqualTo(ColorMaps.classArgb(0));
        // The curve moves with the steps and is drawn over the points (on the plot's top canvas):
        // through the centre of (1, 3), which lies on it.
        assertThat(argb(image, t.toPixelX(1), t.toPixelY(3))).isEqualTo(ColorMaps.classArgb(3));
        assertThat(argb(image, t.toPixelX(-1.5), t.toPixelY(-2))).isEqualTo(ColorMaps.classArgb(3));
        // Off the line and off the points: the paper.
        assertThat(argb(image, t.toPixelX(-1.5), t.toPixelY(3))).isEqualTo(ColorMaps.argb(DecisionBoundaryView.LIGHT_PAPER));
    }

    @Test
    void residualsJoinEachPointToTheCurve() {
        // The point (2.5, 4) lies 2 below the line (6 at x = 2.5): its residual runs from y = 4 to 6.
        WritableImage without = WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.snapshot(null, null));
        WritableImage with = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            view.setResiduals(true);
            return view.snapshot(null, null);
        });
        PlotTransform t = view.transform();
        int paper = ColorMaps.argb(DecisionBoundaryView.LIGHT_PAPER);
        assertThat(argb(without, t.toPixelX(2.5), t.toPixelY(5))).isEqualTo(paper);
        assertThat(argb(with, t.toPixelX(2.5), t.toPixelY(5))).isNotEqualTo(paper);
        assertThat(argb(with, t.toPixelX(2.5), t.toPixelY(3))).as("below the point").isEqualTo(paper);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.setResiduals(false));
    }

    @Test
    void theGhostOfThePreviousCurveAndAnOverlayAreDrawnWhereTheirDataIs() {
        WritableImage image = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            view.change(() -> {
                view.setCurves(x -> 2 * x + 1, x -> 4.5);
                view.setOverlay(pen -> pen.segment(-2.5, -1, 0, -1, Color.MAGENTA, 3));
            });
            return view.snapshot(null, null);
        });
        PlotTransform t = view.transform();
        assertThat(argb(image, t.toPixelX(-1.2), t.toPixelY(-1))).isEqualTo(0xFFFF00FF);
        int paper = ColorMaps.argb(DecisionBoundaryView.LIGHT_PAPER);
        int ghostRow = (int) Math.round(t.toPixelY(4.5));
        int inked = 0;
        for (int x = (int) t.toPixelX(-2.5); x < (int) t.toPixelX(0); x++) {
            inked += image.getPixelReader().getArgb(x, ghostRow) != paper ? 1 : 0;
        }
        // Dashed: some of the row is drawn, some is paper.
        assertThat(inked).isGreaterThan(10).isLessThan((int) (t.toPixelX(0) - t.toPixelX(-2.5)) - 10);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.change(() -> {
            view.setCurves(x -> 2 * x + 1, null);
            view.setOverlay(PlotOverlay.NONE);
        }));
    }

    @Test
    void clicksDragsAndRightClicksAreReportedInDataCoordinates(FxRobot robot) {
        view.setEditable(true);
        PlotTransform t = view.transform();
        robot.clickOn(screen(t.toPixelX(-1.5), t.toPixelY(3.5)));
        WaitForAsyncUtils.waitForFxEvents();
        double onePixel = t.domain().width() / t.width();
        assertThat(edits).containsExactly("added 0");
        assertThat(added[0]).isCloseTo(-1.5, within(2 * onePixel));
        assertThat(added[1]).isCloseTo(3.5, within(2 * t.domain().height() / t.height()));
        robot.drag(screen(t.toPixelX(0), t.toPixelY(1.5)), MouseButton.PRIMARY)
                .dropTo(screen(t.toPixelX(0.5), t.toPixelY(-1)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(edits).containsExactly("added 0", "moved 2");
        assertThat(moved[0]).isCloseTo(0.5, within(0.03));
        assertThat(moved[1]).isCloseTo(-1, within(0.03));
        robot.rightClickOn(screen(t.toPixelX(2), t.toPixelY(5)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(edits).containsExactly("added 0", "moved 2", "removed 4");
        view.setEditable(false);
        robot.clickOn(screen(t.toPixelX(-1.5), t.toPixelY(3.5)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(edits).hasSize(3);
    }

    @Test
    void aPointOutsideTheAxesWidensThemAndOthersKeepThem() {
        Double[] widths = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            double before = view.domain().width();
            view.setPoints(new double[] {0, 1}, new double[] {1, 2}, "x", "y");
            double kept = view.domain().width();
            view.setPoints(new double[] {0, 9}, new double[] {1, 2}, "x", "y");
            double widened = view.domain().width();
            view.setPoints(XS, YS, "x", "y");
            view.setDomain(null);
            return new Double[] {before, kept, widened};
        });
        assertThat(widths[1]).isEqualTo(widths[0]);
        assertThat(widths[2]).isGreaterThan(9);
    }

    private Point2D screen(double pixelX, double pixelY) {
        return view.localToScreen(pixelX, pixelY);
    }

    private static int argb(WritableImage image, double x, double y) {
        return image.getPixelReader().getArgb((int) Math.round(x), (int) Math.round(y));
    }
}
