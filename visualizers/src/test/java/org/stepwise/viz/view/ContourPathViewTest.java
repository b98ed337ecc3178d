package org.stepwise.viz.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.algo.Domain;
import org.stepwise.algo.Surface;
import org.stepwise.algo.optim.Rosenbrock;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ContourPathViewTest {

    /** Rosenbrock, counting how often a whole grid is asked for, by each thread. */
    private static final class CountingSurface implements Surface {
        private final Surface inner = new Rosenbrock();
        final Map<String, AtomicInteger> gridsByThread = new ConcurrentHashMap<>();

        int total() {
            return gridsByThread.values().stream().mapToInt(AtomicInteger::get).sum();
        }

        /** The most grids any one thread asked for. */
        int mostByOneThread() {
            return gridsByThread.values().stream().mapToInt(AtomicInteger::get).max().orElse(0);
        }

        @Override public String name() { return inner.name(); }

        @Override public double value(double x, double y) { return inner.value(x, y); }

        @Override public void gradient(double x, double y, double[] out) { inner.gradient(x, y, out); }

        @Override
        public void values(double[] xs, double[] ys, int count, double[] out) {
            gridsByThread.computeIfAbsent(Thread.currentThread().getName(), name -> new AtomicInteger()).incrementAndGet();
            inner.values(xs, ys, count, out);
        }

        @Override public Domain domain() { return inner.domain(); }
    }

    private static final List<double[]> MINIMUM = List.of(new double[] {1, 1});

    private final CountingSurface surface = new CountingSurface();
    private final List<double[]> picks = new ArrayList<>();
    private ContourPathView view;
    private Stage stage;

    @Start
    void start(Stage newStage) {
        stage = newStage;
        view = new ContourPathView();
        view.setOnPick((x, y) -> picks.add(new double[] {x, y}));
        stage.setScene(new Scene(new StackPane(view), 820, 640));
        stage.show();
    }

    /**
     * The contours are rasterized by whichever thread paints the picture (the painter thread while
     * playing, the FX thread before a snapshot), each keeping its own: once per thread per surface.
     */
    @Test
    void theSurfaceIsEvaluatedOncePerPaintingThreadHoweverOftenPathsAreRedrawn() throws Exception {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            for (int frame = 1; frame <= 30; frame++) {
                view.show(surface, MINIMUM, List.of(descent("gradient descent", 0, 0.0005, 0, frame * 10)));
            }
            view.redraw();
        });
        settle();
        assertThat(surface.total()).isPositive();
        assertThat(surface.mostByOneThread()).isEqualTo(1);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            stage.setWidth(700);
            stage.setHeight(500);
        });
        settle();
        assertThat(view.getWidth()).isLessThan(800);
        // A resize scales the contours each thread has; none rasterizes them again.
        assertThat(surface.mostByOneThread()).isEqualTo(1);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.setShaded(false));
        settle();
        assertThat(surface.mostByOneThread()).isEqualTo(2);
        CountingSurface another = new CountingSurface();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.setSurface(another, MINIMUM));
        settle();
        assertThat(another.total()).isPositive();
        assertThat(another.mostByOneThread()).isEqualTo(1);
    }

    /** Waits for the FX thread, then for the painter thread's work, then for the FX thread to show it. */
    private static void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        PlotView.PAINTER.submit(() -> { }).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void pathsAreDrawnOverTheContours() {
        PathData descent = descent("gradient descent", 0, 0.001, 0, 1500);
        PathData momentum = descent("momentum", 1, 0.0003, 0.9, 1500);
        WritableImage before = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            view.show(surface, MINIMUM, List.of());
            view.drawNow();
            return view.snapshot(null, null);
        });
        WritableImage after = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            view.setPaths(List.of(descent, momentum));
            view.drawNow();
            return view.snapshot(null, null);
        });
        ViewPictures.save(after, "contour-paths");
        PlotTransform t = view.transform();
        PixelReader withoutPaths = before.getPixelReader();
        PixelReader withPaths = after.getPixelReader();
        int changed = 0;
        for (int i = 0; i < descent.length(); i += 10) {
            if (changedNear(withoutPaths, withPaths, t.toPixelX(descent.x(i)), t.toPixelY(descent.y(i)))) {
                changed++;
            }
        }
        assertThat(changed).isEqualTo((descent.length() + 9) / 10);
        // The current point is a large dot in the path's colour (the last path is drawn on top).
        int last = momentum.length() - 1;
        int current = withPaths.getArgb((int) Math.round(t.toPixelX(momentum.x(last))),
                (int) Math.round(t.toPixelY(momentum.y(last))));
        assertThat(current).isEqualTo(ColorMaps.classArgb(1));
        // Away from the paths the contours are unchanged.
        int farX = (int) t.toPixelX(-1.8);
        int farY = (int) t.toPixelY(-0.8);
        assertThat(withPaths.getArgb(farX, farY)).isEqualTo(withoutPaths.getArgb(farX, farY));
    }

    @Test
    void pathsArePaintedOnAPainterThreadAndShownAMomentLater() {
        PathData descent = descent("gradient descent", 0, 0.001, 0, 1500);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            view.show(surface, MINIMUM, List.of());
            view.drawNow();
        });
        PlotTransform t = view.transform();
        int x = (int) Math.round(t.toPixelX(descent.x(700)));
        int y = (int) Math.round(t.toPixelY(descent.y(700)));
        int contour = WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.snapshot(null, null).getPixelReader().getArgb(x, y));
        // Asked for and looked at within one turn of the FX thread: the painter cannot have
        // handed its picture over yet, so the FX thread did not paint the paths itself.
        int atOnce = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            view.setPaths(List.of(descent));
            return view.snapshot(null, null).getPixelReader().getArgb(x, y);
        });
        assertThat(atOnce).isEqualTo(contour);
        long deadline = System.nanoTime() + 5_000_000_000L;
        int later = atOnce;
        while (later == contour && System.nanoTime() < deadline) {
            WaitForAsyncUtils.sleep(20, java.util.concurrent.TimeUnit.MILLISECONDS);
            later = WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.snapshot(null, null).getPixelReader().getArgb(x, y));
        }
        assertThat(later).as("the path, painted in the background, is on screen").isNotEqualTo(contour);
    }

    @Test
    void theAxesGrowWithTheTypeSizeTheStylesheetsGive() {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(surface, MINIMUM, List.of()));
        WaitForAsyncUtils.waitForFxEvents();
        // The view is wider than high: the plot's height is what the margins leave.
        assertThat(view.transform().top()).as("at the usual 15 px").isEqualTo(Axes.TOP_MARGIN);
        assertThat(view.transform().height()).isEqualTo(640 - Axes.TOP_MARGIN - Axes.BOTTOM_MARGIN);
        // Presentation mode gives the lesson 21 px type.
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.getParent().setStyle("-fx-font-size: 21px"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.transform().top()).isCloseTo(Axes.TOP_MARGIN * 21 / 15, within(1e-9));
        assertThat(view.transform().height()).isCloseTo(640 - (Axes.TOP_MARGIN + Axes.BOTTOM_MARGIN) * 21 / 15,
                within(1e-9));
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.getParent().setStyle("-fx-font-size: 15px"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.transform().top()).isEqualTo(Axes.TOP_MARGIN);
    }

    @Test
    void oneUnitIsAsLongOnBothAxesAndThePlotStandsInTheMiddle() {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(surface, MINIMUM, List.of()));
        WaitForAsyncUtils.waitForFxEvents();
        for (double[] size : new double[][] {{820, 640}, {1200, 420}, {500, 900}}) {
            WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            WaitForAsyncUtils.waitForFxEvents();
            PlotTransform t = view.transform();
            String at = size[0] + " × " + size[1];
            assertThat(t.width() / t.domain().width()).as(at).isCloseTo(t.height() / t.domain().height(), within(1e-9));
            // Stretched, the plot would fill the room the margins leave in both directions; here in one.
            double roomWidth = view.getWidth() - Axes.LEFT_MARGIN - Axes.RIGHT_MARGIN;
            double roomHeight = view.getHeight() - Axes.TOP_MARGIN - Axes.BOTTOM_MARGIN;
            assertThat(Math.max(t.width() / roomWidth, t.height() / roomHeight)).as(at).isCloseTo(1, within(1e-9));
            assertThat(t.left() - Axes.LEFT_MARGIN).as(at)
                    .isCloseTo(view.getWidth() - Axes.RIGHT_MARGIN - t.left() - t.width(), within(1e-9));
        }
        // The stage outlives this class: the next class's pointer aims at a window of the size it set.
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            stage.setWidth(820);
            stage.setHeight(640);
        });
    }

    @Test
    void clickingTheSurfaceReportsThePointInDataCoordinates(FxRobot robot) {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(surface, MINIMUM, List.of()));
        PlotTransform t = view.transform();
        Point2D target = view.localToScreen(t.toPixelX(-0.5), t.toPixelY(2.0));
        robot.clickOn(target);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(picks).hasSize(1);
        double onePixel = t.domain().width() / t.width();
        assertThat(picks.get(0)[0]).isCloseTo(-0.5, within(onePixel));
        assertThat(picks.get(0)[1]).isCloseTo(2.0, within(onePixel));
        robot.clickOn(view.localToScreen(t.left() / 2, t.top() + 20));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(picks).as("a click on the axis margin is not a pick").hasSize(1);
    }

    /**
     * Whether a pixel within one of (x, y) changed: where the path turns back on itself, its
     * bevelled corner can end just short of the pixel the vertex rounds to.
     */
    private static boolean changedNear(PixelReader before, PixelReader after, double x, double y) {
        int column = (int) Math.round(x);
        int row = (int) Math.round(y);
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                if (before.getArgb(column + dx, row + dy) != after.getArgb(column + dx, row + dy)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Heavy-ball descent of Rosenbrock from (-1.5, 2.5): momentum 0 is plain gradient descent. */
    private static PathData descent(String name, int colour, double learningRate, double momentum, int steps) {
        Surface rosenbrock = new Rosenbrock();
        double[] xs = new double[steps + 1];
        double[] ys = new double[steps + 1];
        double[] gradient = new double[2];
        xs[0] = -1.5;
        ys[0] = 2.5;
        double vx = 0;
        double vy = 0;
        for (int i = 0; i < steps; i++) {
            rosenbrock.gradient(xs[i], ys[i], gradient);
            vx = momentum * vx - learningRate * gradient[0];
            vy = momentum * vy - learningRate * gradient[1];
            xs[i + 1] = xs[i] + vx;
            ys[i + 1] = ys[i] + vy;
        }
        rosenbrock.gradient(xs[steps], ys[steps], gradient);
        return new PathData(name, colour, xs, ys, gradient[0], gradient[1], false);
    }
}
