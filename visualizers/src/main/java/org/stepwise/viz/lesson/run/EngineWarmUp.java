package org.stepwise.viz.lesson.run;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.util.Duration;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.StepResult;
import org.stepwise.data.Dataset;
import org.stepwise.viz.view.BackgroundThreads;

/**
 * Runs a lesson's engine for a moment before the learner plays it, on engines of its own that
 * the lesson never sees, so that the JIT compiler has compiled the engine's hot code by the time
 * play starts: a second after the panel is shown in a window or its run starts again, unless
 * the run's own engine is running by then (playing, or replaying a restored session, which
 * warm its code up as well); play, or the panel leaving the window, stops it. Once per
 * {@link #codePath code path} in the life of the app.
 *
 * <p>Why: on two cores the FX thread's stalls over a frame while the optimizer race played at
 * full speed all fell in its first second, while the JIT compiled the engine; with the engine
 * run beforehand there were none (docs/BENCHMARKS.md, "The engine warmed up before play").
 * A warm-up that ran its course hands one of its narrations to the panel to rehearse on the FX
 * thread ({@link NarrationBox#rehearse}), which warms the narration's text layout the same way.
 */
public final class EngineWarmUp {

    /** How long after the panel is shown the warm-up starts: the window's own start-up comes first. */
    static final Duration DELAY = Duration.seconds(1);
    /** How long it runs at most. */
    static final long BUDGET_NANOS = 800_000_000L;
    /** Steps of one engine before a fresh one is built: little memory held, every path of a run's start taken. */
    static final int STEPS_PER_ENGINE = 5_000;
    /**
     * Data with more rows than this is not warmed up with: the engine's code is what needs
     * warming, and a second engine over a large imported file would cost its memory twice.
     */
    static final int MAX_ROWS = 20_000;

    private static final ExecutorService THREAD = Executors.newSingleThreadExecutor(
            BackgroundThreads.behindFrames("stepwise-warm-up"));
    private static final Set<String> WARMED = ConcurrentHashMap.newKeySet();

    private final LessonRun<?> run;
    private final Node panel;
    private final BooleanSupplier busy;
    private final Consumer<String> rehearseNarration;
    private final PauseTransition wait = new PauseTransition(DELAY);
    /** Set to stop the warm-up under way; null when none is. */
    private AtomicBoolean stopRunning;

    /**
     * For the run of {@code panel}. {@code busy} tells whether the run's own engine is running
     * (playing, or replaying to a restored step): it warms its code up itself then.
     * {@code rehearseNarration} is given, on the FX thread, a narration of a warm-up that ran its
     * course, unless play started meanwhile.
     */
    public EngineWarmUp(LessonRun<?> run, Node panel, BooleanSupplier busy, Consumer<String> rehearseNarration) {
        this.run = run;
        this.panel = panel;
        this.busy = busy;
        this.rehearseNarration = rehearseNarration;
        wait.setOnFinished(e -> begin());
    }

    /** FX thread: a warm-up a moment from now, unless the run's code path was warmed up already. */
    public void schedule() {
        if (worthWarming(codePath(run.factory(), run.data(), run.params()))) {
            wait.playFromStart();
        } else {
            wait.stop();
        }
    }

    private boolean worthWarming(String codePath) {
        return smallEnough(run.data()) && !WARMED.contains(codePath);
    }

    /** Whether an engine over this data is warmed up at all (see {@link #MAX_ROWS}). */
    static boolean smallEnough(Dataset data) {
        return data == null || data.size() <= MAX_ROWS;
    }

    /**
     * What decides which code an engine runs: its factory, its discrete parameters (flags and
     * choices, such as the surface or the optimizers raced) and the number of classes in its
     * data (binary or softmax). Numbers such as a learning rate change no code, so a run that
     * differs only in them is not warmed up again.
     */
    public static String codePath(EngineFactory<?> factory, Dataset data, Params params) {
        StringBuilder path = new StringBuilder(factory.getClass().getName());
        for (ParamSpec<?> spec : params.specs()) {
            if (spec.kind() == ParamSpec.Kind.FLAG || spec.kind() == ParamSpec.Kind.CHOICE) {
                path.append(' ').append(spec.name()).append('=').append(params.get(spec.name()));
            }
        }
        return data == null ? path.toString() : path.append(" classes=").append(data.classCount()).toString();
    }

    /** FX thread: no warm-up now (play started, or the panel left its window). */
    public void cancel() {
        wait.stop();
        if (stopRunning != null) {
            stopRunning.set(true);
            stopRunning = null;
        }
    }

    private void begin() {
        EngineFactory<?> factory = run.factory();
        Dataset data = run.data();
        Params params = run.params();
        long seed = run.seed();
        String path = codePath(factory, data, params);
        boolean shown = panel.getScene() != null && panel.getScene().getWindow() != null
                && panel.getScene().getWindow().isShowing();
        if (!shown || busy.getAsBoolean() || !worthWarming(path)) {
            return;
        }
        cancel();
        AtomicBoolean stop = new AtomicBoolean();
        stopRunning = stop;
        THREAD.execute(() -> {
            Warmed warmed = warm(factory, data, params, seed, BUDGET_NANOS, stop::get);
            if (!stop.get()) {
                WARMED.add(path);
                Platform.runLater(() -> {
                    if (!stop.get()) {
                        rehearseNarration.accept(warmed.narration());
                    }
                });
            }
        });
    }

    /** Whether this code path has been warmed up (tests). */
    public static boolean warmed(String codePath) {
        return WARMED.contains(codePath);
    }

    /** What a warm-up did: the steps it took, and the last narration it wrote ("" if none). */
    record Warmed(long steps, String narration) {
    }

    /**
     * Steps fresh engines from these inputs, taking snapshots and their narration and metrics
     * now and then as a lesson's run does, until the budget is spent or {@code cancelled} says
     * so. An engine that fails is left to the lesson's own run to report.
     */
    static Warmed warm(EngineFactory<?> factory, Dataset data, Params params, long seed, long budgetNanos,
                       BooleanSupplier cancelled) {
        long end = System.nanoTime() + budgetNanos;
        long steps = 0;
        String narration = "";
        try {
            while (System.nanoTime() < end && !cancelled.getAsBoolean()) {
                Engine<?> engine = factory.create(LessonRun.engineData(data), params, seed);
                for (int i = 0; i < STEPS_PER_ENGINE; i++) {
                    StepResult result = engine.step();
                    steps++;
                    if (i % 64 == 0 || result.isFinal()) {
                        Snapshot snapshot = engine.snapshot();
                        if (i % 1024 == 0) {
                            narration = snapshot.narration();
                            snapshot.metrics().scalars().keySet().forEach(snapshot::scalar);
                        }
                    }
                    if (result.isFinal() || System.nanoTime() >= end || cancelled.getAsBoolean()) {
                        break;
                    }
                }
            }
        } catch (RuntimeException refused) {
            // The lesson's own run reports what is wrong with its engine.
        }
        return new Warmed(steps, narration);
    }
}
