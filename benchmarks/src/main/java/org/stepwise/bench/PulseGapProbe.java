package org.stepwise.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.LessonCatalog;
import org.stepwise.viz.lesson.LessonPanel;

/**
 * Frame-time probe: opens a lesson in a window, runs it at full speed, and records the gap
 * between consecutive pulses of the FX thread. A gap over 16.7 ms is a dropped frame. Runs on
 * Monocle's headless platform when there is no display.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.stepwise.bench.PulseGapProbe LESSON SECONDS [name=value]...</pre>
 */
public final class PulseGapProbe {

    private static final int IDLE_SECONDS = 3;
    /** Pulse gaps of the same window while the lesson is paused: the baseline of the run. */
    private static final List<Long> IDLE_GAPS = Collections.synchronizedList(new ArrayList<>());

    private PulseGapProbe() {
    }

    public static void main(String[] args) throws Exception {
        String lessonId = args.length > 0 ? args[0] : "logistic-regression";
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        if (System.getenv("DISPLAY") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("headless.geometry", "1920x1200-32");
        }
        System.setProperty("java.awt.headless", "true");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        List<Long> gaps = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(1);
        int[] steps = new int[1];
        List<String> overrides = List.of(args).subList(Math.min(2, args.length), args.length);
        Platform.runLater(() -> open(lessonId, seconds, overrides, gaps, done, steps));
        done.await();
        List<Long> sorted = new ArrayList<>(gaps);
        Collections.sort(sorted);
        double mean = sorted.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
        double p99 = sorted.get((int) (sorted.size() * 0.99)) / 1e6;
        double worst = sorted.get(sorted.size() - 1) / 1e6;
        long over = sorted.stream().filter(gap -> gap > 16_700_000L).count();
        System.out.printf("%s at full speed for %d s: %d pulses, %d engine steps%n", lessonId, seconds, sorted.size(),
                steps[0]);
        System.out.printf("pulse gap: mean %.2f ms, p99 %.2f ms, worst %.2f ms; gaps over 16.7 ms: %d%n",
                mean, p99, worst, over);
        System.out.printf("worst gap / frame budget (16.7 ms): %.2f%n", worst / 16.7);
        List<Long> idle = new ArrayList<>(IDLE_GAPS);
        Collections.sort(idle);
        double idleMean = idle.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
        double idleWorst = idle.isEmpty() ? 0 : idle.get(idle.size() - 1) / 1e6;
        System.out.printf("baseline (same window, paused, %d s): mean %.2f ms, worst %.2f ms; mean ratio playing/paused %.2f%n",
                IDLE_SECONDS, idleMean, idleWorst, idleMean == 0 ? 0 : mean / idleMean);
        Platform.exit();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void open(String lessonId, int seconds, List<String> overrides, List<Long> gaps,
                             CountDownLatch done, int[] steps) {
        Lesson lesson = LessonCatalog.load().require(lessonId);
        LessonPanel panel = new LessonPanel(lesson, id -> { });
        Params params = lesson.factory().defaults();
        // Keep the run going for the whole probe.
        for (Object declared : lesson.factory().params()) {
            ParamSpec<?> spec = (ParamSpec<?>) declared;
            if (spec.name().equals("maxSteps")) {
                params = params.with("maxSteps", (int) spec.max());
            }
            if (spec.name().equals("tolerance")) {
                params = params.with("tolerance", spec.min());
            }
        }
        for (String assignment : overrides) {
            String[] parts = assignment.split("=", 2);
            params = params.withText(parts[0], parts[1]);
        }
        panel.restore(lesson.defaultData(), params, 0, 0);
        Stage stage = new Stage();
        stage.setScene(new Scene(panel, 1280, 800));
        stage.show();
        new AnimationTimer() {
            private long previous;
            private long first;
            private boolean playing;

            @Override
            public void handle(long now) {
                if (first == 0) {
                    first = now;
                }
                long elapsed = now - first;
                if (!playing && elapsed > IDLE_SECONDS * 1_000_000_000L) {
                    playing = true;
                    previous = 0;
                    first = now;
                    panel.runToEnd();
                    return;
                }
                if (previous != 0) {
                    (playing ? gaps : IDLE_GAPS).add(now - previous);
                }
                previous = now;
                if (playing && elapsed > seconds * 1_000_000_000L) {
                    stop();
                    steps[0] = panel.newestSnapshot().step();
                    panel.dispose();
                    stage.close();
                    done.countDown();
                }
            }
        }.start();
    }
}
