package org.stepwise.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.evaluation.RocCurve;
import org.stepwise.algo.evaluation.RocPrSnapshot;
import org.stepwise.app.Themes;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.LessonCatalog;
import org.stepwise.viz.lesson.LessonPanel;
import org.stepwise.viz.view.PlotTransform;
import org.stepwise.viz.view.XYChartView;

/**
 * Threshold-drag probe (issue 25: "a threshold slider or a dragged point updates every metric,
 * curve and matrix within one frame"): opens {@code confusion-matrix} or {@code roc-pr} in a
 * window, runs it to its end, then drags its threshold back and forth across its range with
 * synthesised mouse events, one drag event each pulse, fired on the plot the learner drags (the
 * confusion matrix's scored-points strip; the ROC plot, the pointer on the first classifier's
 * curve points in turn). For each drag event it records the time from the event to the end of
 * the frame that shows it (the scene's post-layout pulse listener of that pulse: the handler has
 * re-read the step at the new threshold and redrawn the strip or curves, the matrix and the
 * tables), and the handler's own time; then the pointer is let go of and it records how long the
 * release (the {@code threshold} parameter set, the engine rebuilt) holds the FX thread. The first
 * seconds of dragging are not recorded (the JIT compiling the drag's code).
 *
 * <pre>java [-Dprobe.dataset=NAME [-Dprobe.points=N]] -cp benchmarks/target/benchmarks.jar org.stepwise.bench.DragFrameProbe LESSON SECONDS [name=value]...</pre>
 */
public final class DragFrameProbe {

    private static final double WARM_SECONDS = 2;
    /** One sweep across the range and back takes this many pulses (two seconds at 60 Hz). */
    private static final int SWEEP_PULSES = 120;

    private final List<Long> latencies = new ArrayList<>();
    private final List<Long> handlers = new ArrayList<>();
    /** The handler's CPU time: its work, without the waits for a core a loaded machine adds. */
    private final List<Long> handlerWork = new ArrayList<>();
    private final java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    private final List<Long> gaps = new ArrayList<>();
    private long pending;
    private long releaseNanos;

    private DragFrameProbe() {
    }

    public static void main(String[] args) throws Exception {
        String lessonId = args.length > 0 ? args[0] : "confusion-matrix";
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        ProbeStart.platform();
        DragFrameProbe probe = new DragFrameProbe();
        CountDownLatch done = new CountDownLatch(1);
        List<String> overrides = List.of(args).subList(Math.min(2, args.length), args.length);
        Platform.runLater(() -> probe.open(lessonId, seconds, overrides, done));
        done.await();
        probe.report(lessonId);
        Platform.exit();
    }

    private void report(String lessonId) {
        System.out.printf("%s: %d drag events recorded%n", lessonId, latencies.size());
        System.out.println(summary("drag event to the end of the frame that shows it", latencies)
                + (percentile(latencies, 0.99) < 16.7e6 ? " (p99 within a frame, 16.7 ms: met)" : " (p99 over a frame: not met)"));
        System.out.println(summary("of which the drag handler (re-read and redraw)", handlers));
        System.out.println(summary("the drag handler's CPU time (its work, without waiting for a core)", handlerWork));
        System.out.println(summary("pulse gaps while dragging", gaps));
        System.out.printf("release (threshold parameter set, engine rebuilt and stepped to its end): %.2f ms on the FX thread%n",
                releaseNanos / 1e6);
    }

    private static String summary(String label, List<Long> nanos) {
        if (nanos.isEmpty()) {
            return label + ": none";
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return String.format("%s: median %.2f ms, p99 %.2f ms, worst %.2f ms", label, sorted.get(sorted.size() / 2) / 1e6,
                percentile(nanos, 0.99) / 1e6, sorted.get(sorted.size() - 1) / 1e6);
    }

    private static double percentile(List<Long> nanos, double p) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.isEmpty() ? 0 : sorted.get((int) (sorted.size() * p));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void open(String lessonId, int seconds, List<String> overrides, CountDownLatch done) {
        Themes.apply(false);
        Lesson lesson = LessonCatalog.load().require(lessonId);
        LessonPanel panel = new LessonPanel(lesson, id -> { });
        panel.restore(ProbeStart.data(lesson), ProbeStart.withOverrides(lesson.factory().defaults(), overrides), 0, 0);
        Stage stage = new Stage();
        Scene scene = new Scene(panel, 1280, 800);
        stage.setScene(scene);
        scene.addPostLayoutPulseListener(() -> {
            if (pending != 0) {
                latencies.add(System.nanoTime() - pending);
                pending = 0;
            }
        });
        stage.show();
        panel.runToEnd();
        new AnimationTimer() {
            private long dragFrom;
            private long previous;
            private int pulse;
            private XYChartView plot;

            @Override
            public void handle(long now) {
                if (dragFrom == 0) {
                    if (panel.newestSnapshot().status().isFinal() && panel.shownStep() == panel.newestSnapshot().step()) {
                        plot = firstPlot(panel.view().node());
                        dragFrom = now;
                        fire(plot, MouseEvent.MOUSE_PRESSED, pointer(panel, plot, 0));
                    }
                    return;
                }
                double elapsed = (now - dragFrom) / 1e9;
                boolean recording = elapsed > WARM_SECONDS;
                if (elapsed > WARM_SECONDS + seconds) {
                    stop();
                    long start = System.nanoTime();
                    fire(plot, MouseEvent.MOUSE_RELEASED, pointer(panel, plot, pulse));
                    releaseNanos = System.nanoTime() - start;
                    panel.dispose();
                    stage.close();
                    done.countDown();
                    return;
                }
                if (recording && previous != 0) {
                    gaps.add(now - previous);
                }
                previous = now;
                pulse++;
                long start = System.nanoTime();
                long cpu = threads.getCurrentThreadCpuTime();
                fire(plot, MouseEvent.MOUSE_DRAGGED, pointer(panel, plot, pulse));
                if (recording) {
                    handlerWork.add(threads.getCurrentThreadCpuTime() - cpu);
                    handlers.add(System.nanoTime() - start);
                    pending = start;
                }
            }
        }.start();
    }

    /**
     * Where the pointer is at pulse k, in the scene: sweeping the threshold from 0.02 to 0.98 and
     * back on the strip; on the ROC plot, through the first classifier's curve points in order and back.
     */
    private static Point2D pointer(LessonPanel<?> panel, XYChartView plot, int k) {
        double phase = (k % SWEEP_PULSES) / (double) SWEEP_PULSES;
        double along = phase < 0.5 ? 2 * phase : 2 - 2 * phase;
        PlotTransform t = plot.transform();
        Snapshot shown = panel.newestSnapshot();
        double x;
        double y;
        if (shown instanceof RocPrSnapshot curves) {
            RocCurve roc = curves.curves().roc();
            int i = (int) Math.round(along * (roc.fpr().length - 1));
            x = roc.fpr()[i];
            y = roc.tpr()[i];
        } else {
            x = 0.02 + 0.96 * along;
            y = 0.5;
        }
        return plot.localToScene(t.toPixelX(x), t.toPixelY(y));
    }

    private static void fire(Node target, EventType<MouseEvent> type, Point2D scene) {
        Point2D screen = target.getScene().getRoot().localToScreen(scene);
        Event.fireEvent(target, new MouseEvent(type, scene.getX(), scene.getY(), screen.getX(), screen.getY(),
                MouseButton.PRIMARY, 1, false, false, false, false, type != MouseEvent.MOUSE_RELEASED, false, false,
                false, false, false, null));
    }

    /** The first plot in the view, depth first: the confusion matrix's strip, the ROC plot. */
    private static XYChartView firstPlot(Node node) {
        if (node instanceof XYChartView plot) {
            return plot;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                XYChartView found = firstPlot(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
