package org.stepwise.viz.lessons.density;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.stepwise.viz.view.PlotPixels.countNear;

import java.io.File;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.algo.Engine;
import org.stepwise.algo.Params;
import org.stepwise.algo.density.KdeSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.data.Generators;
import org.stepwise.viz.view.ColorMaps;
import org.stepwise.viz.view.DecisionBoundaryView;
import org.stepwise.viz.view.PlotTransform;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What a step shows: the newest bump while kernels are added, the density over the plane painted in the background. */
@ExtendWith(ApplicationExtension.class)
class KdeViewTest {

    private final KdeLesson lesson = new KdeLesson();
    private KdeView view;
    private StackPane root;

    @Start
    void start(Stage stage) {
        view = (KdeView) lesson.createView();
        root = new StackPane(view.node());
        stage.setScene(new Scene(root, 900, 700));
        stage.show();
    }

    private KdeSnapshot stepped(Dataset data, Params params, int steps) {
        Engine<KdeSnapshot> engine = lesson.factory().create(data, params, 0);
        for (int i = 0; i < steps; i++) {
            engine.step();
        }
        return engine.snapshot();
    }

    /** The newest kernel's bump is drawn in its own colour while kernels are added, and not during the sweep. */
    @Test
    void theNewestBumpShowsOnlyWhileKernelsAreAdded() throws Exception {
        Dataset data = lesson.defaultData();
        Params params = lesson.factory().defaults();
        int n = data.size();
        WritableImage adding = picture(() -> view.show(stepped(data, params, 20), data), true);
        WritableImage sweeping = picture(() -> view.show(stepped(data, params, n + 3), data), true);
        PlotTransform plot = view.line().plot().transform();
        Color newest = ColorMaps.classColor(2);
        assertThat(countNear(adding, newest, plot)).as("pixels of the newest bump").isGreaterThan(100);
        assertThat(countNear(sweeping, newest, plot)).as("during the sweep").isZero();
        ImageIO.write(SwingFXUtils.fromFXImage(adding, null), "png", new File("target/kde-view-line.png"));
    }

    /** Dragging the bandwidth scale's knob and letting go asks for that bandwidth, to three figures. */
    @Test
    void draggingTheKnobAsksForTheBandwidthUnderThePointer() throws Exception {
        Dataset data = lesson.defaultData();
        KdeSnapshot end = stepped(data, lesson.factory().defaults(), data.size() + KdeSnapshot.sweepNotches() + 1);
        java.util.List<java.util.Map<String, Object>> asked = new java.util.ArrayList<>();
        picture(() -> {
            view.setParameterRequestListener(asked::add);
            view.show(end, data);
        }, true);
        WaitForAsyncUtils.asyncFx(() -> {
            var plot = view.line().plot();
            BandwidthScale.Track track = BandwidthScale.Track.of(plot.transform(), plot.typeScale(), end);
            double from = track.at(end.bandwidth());
            double to = track.at(0.2);
            plot.fireEvent(mouse(MouseEvent.MOUSE_PRESSED, from, track.y()));
            plot.fireEvent(mouse(MouseEvent.MOUSE_DRAGGED, to, track.y()));
            plot.fireEvent(mouse(MouseEvent.MOUSE_RELEASED, to, track.y()));
        }).get(10, TimeUnit.SECONDS);
        assertThat(asked).hasSize(1);
        assertThat(Double.parseDouble((String) asked.get(0).get("bandwidth"))).isCloseTo(0.2, within(0.002));
        // A press beside the scale asks for nothing.
        WaitForAsyncUtils.asyncFx(() -> {
            var plot = view.line().plot();
            double x = plot.transform().left() + 20;
            double y = plot.transform().top() + plot.transform().height() / 2;
            plot.fireEvent(mouse(MouseEvent.MOUSE_PRESSED, x, y));
            plot.fireEvent(mouse(MouseEvent.MOUSE_RELEASED, x, y));
        }).get(10, TimeUnit.SECONDS);
        assertThat(asked).hasSize(1);
    }

    private static MouseEvent mouse(javafx.event.EventType<MouseEvent> type, double x, double y) {
        return new MouseEvent(type, x, y, x, y, MouseButton.PRIMARY, 1, false, false, false, false,
                type != MouseEvent.MOUSE_RELEASED, false, false, false, false, false, null);
    }

    /**
     * Over the plane the density is painted by the painter thread (no drawNow): the plot, paper
     * before the first kernel, is covered by the bands a moment after a step. Written to target/
     * in both themes to look at.
     */
    @Test
    void theDensityOverThePlaneIsPaintedInTheBackground() throws Exception {
        Params params = lesson.factory().defaults().withText("dimensions", "2");
        Dataset data = lesson.defaultData();
        WritableImage empty = picture(() -> view.show(stepped(data, params, 0), data), true);
        PlotTransform plot = view.plane().plot().transform();
        double area = plot.width() * plot.height();
        assertThat(countNear(empty, DecisionBoundaryView.LIGHT_PAPER, plot)).isGreaterThan((int) (area * 0.8));
        for (boolean dark : new boolean[] {false, true}) {
            WritableImage painted = picture(() -> {
                view.setDark(dark);
                view.show(stepped(data, params, data.size()), data);
            }, false);
            ImageIO.write(SwingFXUtils.fromFXImage(painted, null), "png",
                    new File("target/kde-view-plane-" + (dark ? "dark" : "light") + ".png"));
            Color paper = dark ? DecisionBoundaryView.DARK_PAPER : DecisionBoundaryView.LIGHT_PAPER;
            assertThat(countNear(painted, paper, plot)).as("paper left, dark=%s", dark).isLessThan((int) (area * 0.1));
            // The bands: viridis from its dark low end (the empty space between the blobs) up.
            assertThat(countNear(painted, ColorMaps.toColor(ColorMaps.viridis(0.5 / 18)), plot)).isGreaterThan((int) (area * 0.05));
        }
    }

    /** Runs {@code change} on the FX thread (and draws now when asked), waits up to 3 s of pulses, then snapshots. */
    private WritableImage picture(Runnable change, boolean now) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            change.run();
            if (now) {
                view.drawNow();
            }
        }).get(10, TimeUnit.SECONDS);
        for (int i = 0; i < (now ? 5 : 60); i++) {
            WaitForAsyncUtils.sleep(50, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
        return WaitForAsyncUtils.asyncFx(() -> root.snapshot(null, null)).get(10, TimeUnit.SECONDS);
    }
}
