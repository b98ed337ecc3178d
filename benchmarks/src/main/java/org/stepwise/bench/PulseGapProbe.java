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
import org.stepwise.app.Themes;
import org.stepwise.algo.Params;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.LessonCatalog;
import org.stepwise.viz.lesson.LessonPanel;

/**
 * Frame-time probe: opens a lesson in a window, runs it at full speed, and records the gap
 * between consecutive pulses of the FX thread while the run goes on (a run that converges
 * ends the measurement: choose parameters that keep it going, such as a small learning rate).
 * A gap over 25 ms (a frame and a half) means a frame was not drawn. Reports the first second
 * apart from the rest, since it includes compiling the hot code. Also measures the FX thread's
 * stalls directly ({@link FxStallMeter}: how long a task posted to it waits), playing and paused:
 * a pulse gap is the pulse period plus any stall, and on a software pipeline under Xvfb even
 * the paused window's gaps exceed 16.7 ms now and then. It also records the FX thread's own work per frame
 * ({@link FxFrameWork}), which varies far less from run to run, and what the threads allocate
 * meanwhile ({@link AllocationMeter}): garbage is how play reaches the collector. Runs on Monocle's headless platform
 * when there is no display.
 *
 * <pre>java [-Dprobe.dataset=NAME [-Dprobe.points=N] [-Dprobe.classes=K]] [-Dprobe.stepsPerSecond=N] -cp benchmarks/target/benchmarks.jar org.stepwise.bench.PulseGapProbe LESSON SECONDS [name=value]...</pre>
 */
public final class PulseGapProbe {

    private static final int IDLE_SECONDS = 3;
    /**
     * With -Dprobe.stepsPerSecond=N the lesson plays at N steps a second, set on the bar's speed
     * slider, instead of running to its end at full speed: for lessons whose run ends within a
     * frame at full speed, what a learner watches is a new picture each frame at a paced speed.
     */
    private static final double PACED_SPEED = Double.parseDouble(System.getProperty("probe.stepsPerSecond", "0"));
    /**
     * With -Dprobe.warm=true the lesson first plays for this long and is reset before the measured
     * run: what a second play looks like once the hot code has been compiled. It plays as the
     * measured run will (at -Dprobe.stepsPerSecond when set, again from the start each time it
     * ends), so a lesson whose run ends within a frame at full speed has its drawing code
     * compiled too, not only its engine's.
     */
    private static final boolean WARM_FIRST = Boolean.getBoolean("probe.warm");
    /** -Dprobe.replay=true: a run that ends before the probe's seconds is reset and played again. */
    private static final boolean REPLAY = Boolean.getBoolean("probe.replay");
    private static final double WARM_SECONDS = 1.5;
    /** About a second of pulses: reported apart, since they include compiling the hot code. */
    private static final int WARM_UP_PULSES = 60;
    /** A gap this long means at least one frame was not drawn (a frame and a half at 60 Hz). */
    private static final long DROPPED_FRAME_NANOS = 25_000_000L;
    /** Pulse gaps of the same window while the lesson is paused: the baseline of the run. */
    private static final List<Long> IDLE_GAPS = Collections.synchronizedList(new ArrayList<>());
    private static final FxStallMeter IDLE_STALLS = new FxStallMeter();
    private static final FxStallMeter PLAYING_STALLS = new FxStallMeter();
    private static final List<List<Long>> STALLS = Collections.synchronizedList(new ArrayList<>());
    /** With -Dprobe.layout=true: which nodes ask for a layout pass while the lesson plays. */
    private static final LayoutAskers LAYOUT_ASKERS = new LayoutAskers();
    private static final FxFrameWork FRAME_WORK = new FxFrameWork();
    private static final AllocationMeter ALLOCATION = new AllocationMeter();

    private PulseGapProbe() {
    }

    public static void main(String[] args) throws Exception {
        String lessonId = args.length > 0 ? args[0] : "logistic-regression";
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        ProbeStart.platform();
        List<Long> gaps = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(1);
        int[] steps = new int[1];
        double[] playedSeconds = new double[1];
        List<String> overrides = List.of(args).subList(Math.min(2, args.length), args.length);
        Platform.runLater(() -> {
            try {
                open(lessonId, seconds, overrides, gaps, done, steps, playedSeconds);
            } catch (RuntimeException refused) {
                System.err.println("Cannot run the probe: " + refused.getMessage());
                System.exit(2);
            }
        });
        done.await();
        System.out.printf("%s at " + (PACED_SPEED > 0 ? PACED_SPEED + " steps/s" : "full speed") + " for %.1f s: %d pulses, %d engine steps%s%n", lessonId, playedSeconds[0],
                gaps.size(), steps[0], playedSeconds[0] < seconds ? " (the run ended; only its playing time counts)" : "");
        System.out.println(threadPriorities());
        List<Long> all = new ArrayList<>(gaps);
        report("pulse gap", all);
        int warmUp = Math.min(all.size(), WARM_UP_PULSES);
        report("after the first second", all.subList(warmUp, all.size()));
        if (Boolean.getBoolean("probe.series")) {
            StringBuilder series = new StringBuilder("gaps over 20 ms (pulse index: ms):");
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i) > 20_000_000L) {
                    series.append(String.format(" %d:%.0f", i, all.get(i) / 1e6));
                }
            }
            System.out.println(series);
            System.out.println(FRAME_WORK.over(4_000_000L));
        }
        reportStalls("FX thread stalls while playing", STALLS.get(1));
        System.out.println(FRAME_WORK.report());
        System.out.println(ALLOCATION.report());
        if (Boolean.getBoolean("probe.layout")) {
            System.out.println(LAYOUT_ASKERS.report());
        }
        reportStalls("FX thread stalls while paused (baseline)", STALLS.get(0));
        List<Long> idle = new ArrayList<>(IDLE_GAPS);
        Collections.sort(idle);
        double idleMean = idle.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
        double idleWorst = idle.isEmpty() ? 0 : idle.get(idle.size() - 1) / 1e6;
        double mean = all.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
        System.out.printf("baseline (same window, paused, %d s): mean %.2f ms, worst %.2f ms; mean ratio playing/paused %.2f%n",
                IDLE_SECONDS, idleMean, idleWorst, idleMean == 0 ? 0 : mean / idleMean);
        Platform.exit();
    }

    /**
     * Whether the JVM honours the app's thread priorities (BackgroundThreads): on Linux only with the
     * options the installed runtime carries (installer/src/main/jpackage/linux-jlink.args).
     */
    private static String threadPriorities() {
        var hotspot = java.lang.management.ManagementFactory.getPlatformMXBean(
                com.sun.management.HotSpotDiagnosticMXBean.class);
        StringBuilder text = new StringBuilder("thread priorities:");
        for (String option : List.of("ThreadPriorityPolicy", "JavaPriority1_To_OSPriority", "CompilerThreadPriority")) {
            text.append(' ').append(option).append('=').append(hotspot.getVMOption(option).getValue());
        }
        boolean honoured = !System.getProperty("os.name").startsWith("Linux")
                || !hotspot.getVMOption("ThreadPriorityPolicy").getValue().equals("0");
        return text.append(honoured ? " (honoured)" : " (ignored: Linux needs ThreadPriorityPolicy=1)").toString();
    }

    private static void report(String label, List<Long> gaps) {
        if (gaps.isEmpty()) {
            System.out.printf("%s: no pulses%n", label);
            return;
        }
        List<Long> sorted = new ArrayList<>(gaps);
        Collections.sort(sorted);
        double mean = sorted.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
        double p99 = sorted.get((int) (sorted.size() * 0.99)) / 1e6;
        double worst = sorted.get(sorted.size() - 1) / 1e6;
        long over = sorted.stream().filter(gap -> gap > 16_700_000L).count();
        long dropped = sorted.stream().filter(gap -> gap > DROPPED_FRAME_NANOS).count();
        System.out.printf("%s: mean %.2f ms, p99 %.2f ms, worst %.2f ms (%.2f frames); over 16.7 ms: %d, "
                + "frames dropped (gap over 25 ms): %d of %d%n", label, mean, p99, worst, worst / 16.7, over, dropped,
                sorted.size());
    }

    private static void reportStalls(String label, List<Long> waits) {
        List<Long> sorted = new ArrayList<>(waits);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            System.out.printf("%s: no samples%n", label);
            return;
        }
        long over = sorted.stream().filter(wait -> wait > 16_700_000L).count();
        System.out.printf("%s: %d samples, p99 %.2f ms, worst %.2f ms; over 16.7 ms: %d%n", label, sorted.size(),
                sorted.get((int) (sorted.size() * 0.99)) / 1e6, sorted.get(sorted.size() - 1) / 1e6, over);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void open(String lessonId, int seconds, List<String> overrides, List<Long> gaps,
                             CountDownLatch done, int[] steps, double[] playedSeconds) {
        Themes.apply(false);
        Lesson lesson = LessonCatalog.load().require(lessonId);
        LessonPanel panel = new LessonPanel(lesson, id -> { });
        Params params = lesson.factory().defaults();
        // Keep the run going for the whole probe.
        for (Object declared : lesson.factory().params()) {
            ParamSpec<?> spec = (ParamSpec<?>) declared;
            if (spec.name().equals("maxSteps") || spec.name().equals("maxIter")) {
                params = params.with(spec.name(), (int) spec.max());
            }
            if (spec.name().equals("tolerance") || spec.name().equals("tol")) {
                // The smallest tolerance allowed: above an open bound (the grid world's tol > 0).
                params = params.with(spec.name(), spec.minOpen() ? Double.MIN_VALUE : spec.min());
            }
        }
        params = ProbeStart.withOverrides(params, overrides);
        // -Dprobe.dataset=NAME for lessons whose own data ends a run in a blink; -Dprobe.points=N
        // for a generator's size (k-means on 10,000 points).
        Dataset data = ProbeStart.data(lesson);
        panel.restore(data, params, 0, 0);
        Stage stage = new Stage();
        stage.setScene(new Scene(panel, 1280, 800));
        // As in the app's window, whose root paints no background over the scene's fill (the theme's
        // paper, MainWindow): the panel, root here, would otherwise fill every changed area first.
        panel.setStyle("-fx-background-color: null;");
        if (Boolean.getBoolean("probe.layout")) {
            LAYOUT_ASKERS.watch(stage.getScene());
        }
        FRAME_WORK.watch(stage.getScene());
        stage.show();
        new AnimationTimer() {
            private long previous;
            private long first;
            private boolean playing;
            private long warmUntil;
            private long replayedSteps;
            private int replays;

            /** As a learner watches: the bar's speed slider (log10 of steps per second), then play; else run to the end. */
            private void play() {
                if (PACED_SPEED > 0) {
                    ((javafx.scene.control.Slider) panel.lookup("#speed")).setValue(Math.log10(PACED_SPEED));
                    panel.play();
                } else {
                    panel.runToEnd();
                }
            }

            @Override
            public void handle(long now) {
                if (WARM_FIRST && warmUntil == 0) {
                    // A second play of the same lesson: play for WARM_SECONDS, reset, then measure.
                    warmUntil = now + (long) (WARM_SECONDS * 1e9);
                    play();
                    return;
                }
                if (now < warmUntil) {
                    if (PACED_SPEED > 0 && panel.newestSnapshot().status().isFinal()) {
                        panel.reset();
                        play();
                    }
                    return;
                }
                if (warmUntil > 0 && first == 0) {
                    panel.pause();
                    panel.reset();
                }
                if (first == 0) {
                    first = now;
                    IDLE_STALLS.start();
                }
                long elapsed = now - first;
                if (!playing && elapsed > IDLE_SECONDS * 1_000_000_000L) {
                    playing = true;
                    previous = 0;
                    first = now;
                    STALLS.add(IDLE_STALLS.stop());
                    PLAYING_STALLS.start();
                    LAYOUT_ASKERS.start();
                    ALLOCATION.start();
                    if (Boolean.getBoolean("probe.series")) {
                        System.out.printf("play starts at %.3f s (JVM uptime)%n",
                                java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1e3);
                    }
                    FRAME_WORK.pulse();
                    play();
                    return;
                }
                if (previous != 0) {
                    (playing ? gaps : IDLE_GAPS).add(now - previous);
                }
                if (playing) {
                    FRAME_WORK.pulse();
                }
                previous = now;
                boolean ended = playing && panel.newestSnapshot().status().isFinal();
                if (ended && REPLAY && elapsed <= seconds * 1_000_000_000L) {
                    // A run that ends in a blink is played again, as a class replays it, until the time is up.
                    replayedSteps += panel.newestSnapshot().step();
                    replays++;
                    panel.reset();
                    play();
                    return;
                }
                if (playing && (elapsed > seconds * 1_000_000_000L || ended)) {
                    stop();
                    STALLS.add(PLAYING_STALLS.stop());
                    LAYOUT_ASKERS.stop();
                    ALLOCATION.stop();
                    playedSeconds[0] = elapsed / 1e9;
                    steps[0] = (int) (replayedSteps + panel.newestSnapshot().step());
                    if (replays > 0) {
                        System.out.printf("replayed the run %d times (-Dprobe.replay)%n", replays);
                    }
                    panel.dispose();
                    stage.close();
                    done.countDown();
                }
            }
        }.start();
    }
}
