package org.stepwise.viz.lesson.run;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.stepwise.algo.Engine;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.StepResult;
import org.stepwise.viz.view.BackgroundThreads;

/**
 * Runs one engine on its own background worker: the only thread that touches the engine.
 * The FX thread sends commands (step, play, pause, run to end) and reads the newest snapshot
 * through an atomic reference and the {@link SnapshotHistory}; it never waits for the engine.
 *
 * <p>Playing is paced by a tick every few milliseconds that takes the steps due at the chosen
 * speed, within a time budget, so a slow engine lowers the step rate instead of piling up work.
 * Within a tick a step's snapshot is taken only when the history keeps it
 * ({@link SnapshotHistory#passOver}), the run ends or the tick does: the FX thread reads the
 * newest snapshot once a frame, so the rest would be garbage the moment they were made.
 * No JavaFX here: the panel polls from its {@code AnimationTimer}.
 */
public final class LessonRunner<S extends Snapshot> implements AutoCloseable {

    /** Steps per second that means "as fast as the engine goes". */
    public static final double FULL_SPEED = Double.POSITIVE_INFINITY;

    private static final long TICK_MILLIS = 4;
    private static final long BUDGET_NANOS = 12_000_000;
    /** The budget while frames are late: the worker leaves the cores to drawing. */
    private static final long YIELDING_BUDGET_NANOS = 2_000_000;
    /** How long the worker keeps yielding after a late frame. */
    private static final long YIELD_NANOS = 300_000_000;

    private final Engine<S> engine;
    private final SnapshotHistory<S> history;
    private final AtomicReference<S> newest = new AtomicReference<>();
    private final ScheduledExecutorService worker;
    private final Consumer<Throwable> onFailure;
    private volatile boolean playing;
    /** True from a {@link #stepTo} request until the worker has reached the step. */
    private volatile boolean replaying;
    private volatile double stepsPerSecond = 10;
    private volatile int stepLimit = Integer.MAX_VALUE;
    /** Set by run-to-end: full speed until the run ends or is paused, without losing the chosen speed. */
    private volatile boolean toEnd;
    /** Until this time (System.nanoTime) the worker takes the small budget: see {@link #frameLate()}. */
    private volatile long yieldUntilNanos;
    private ScheduledFuture<?> ticking;
    private long playStartNanos;
    private long stepsSincePlay;
    /** Steps taken since the newest snapshot was published (worker only): their snapshots were not taken. */
    private int unpublished;

    /**
     * @param engine    a fresh engine; from now on only the worker touches it
     * @param capacity  how many snapshots the history keeps
     * @param onFailure told (on the worker) of an exception escaping the engine, which is a bug
     */
    public LessonRunner(Engine<S> engine, int capacity, Consumer<Throwable> onFailure) {
        this.engine = engine;
        this.history = new SnapshotHistory<>(capacity);
        this.onFailure = onFailure;
        // Below the FX thread: on few cores a frame drawn on time matters more than a few more steps.
        this.worker = Executors.newSingleThreadScheduledExecutor(BackgroundThreads.behindFrames("stepwise-engine"));
        S first = engine.snapshot();
        history.append(first);
        newest.set(first);
    }

    /** The newest snapshot; never null. */
    public S newest() { return newest.get(); }

    public SnapshotHistory<S> history() { return history; }

    public boolean isPlaying() { return playing; }

    /** True once the run converged or stopped. */
    public boolean isFinished() { return newest.get().status().isFinal(); }

    /** Speed of play in steps per second ({@link #FULL_SPEED} for no pacing). */
    public void setStepsPerSecond(double rate) {
        if (!(rate > 0)) {
            throw new IllegalArgumentException("speed must be above 0 steps per second; got " + rate);
        }
        stepsPerSecond = rate;
        submit(() -> {
            playStartNanos = System.nanoTime();
            stepsSincePlay = 0;
        });
    }

    public double stepsPerSecond() { return stepsPerSecond; }

    /** The speed play runs at now: full speed during run-to-end, else the chosen speed. */
    public double currentStepsPerSecond() { return toEnd ? FULL_SPEED : stepsPerSecond; }

    /** Play stops by itself at this step (the run-to-end cap). */
    public void setStepLimit(int limit) { stepLimit = limit; }

    /**
     * Told by the view when a frame came late. Frames come first: on a machine with few cores
     * the worker, the renderer and the JIT compiler compete for them (worst when play starts
     * and the hot code is being compiled), so for a moment the worker takes a sixth of its
     * usual budget per tick, and the run goes slower rather than the picture stuttering.
     */
    public void frameLate() {
        yieldUntilNanos = System.nanoTime() + YIELD_NANOS;
    }

    /** One step, unless the run has ended or is playing. */
    public void stepOnce() {
        submit(() -> {
            if (!playing) {
                advance(true);
            }
        });
    }

    /** Steps until {@code step} is reached or the run ends; used to restore a session. */
    public void stepTo(int step) {
        replaying = true;
        submit(() -> {
            try {
                while (newest.get().step() + unpublished < step && advance(false)) {
                    // the history gets the snapshots it keeps
                }
                publishPending();
            } finally {
                replaying = false;
            }
        });
    }

    /** Whether the worker is still stepping towards a {@link #stepTo} step. */
    public boolean isReplaying() { return replaying; }

    public void play() {
        if (playing || isFinished()) {
            return;
        }
        playing = true;
        submit(() -> {
            playStartNanos = System.nanoTime();
            stepsSincePlay = 0;
            ticking = worker.scheduleWithFixedDelay(this::tick, 0, TICK_MILLIS, TimeUnit.MILLISECONDS);
        });
    }

    public void pause() {
        playing = false;
        toEnd = false;
        submit(this::stopTicking);
    }

    /** Plays at full speed until the run ends or reaches the step limit. */
    public void runToEnd() {
        toEnd = true;
        play();
    }

    /** Stops the worker; the runner cannot be used again. */
    @Override
    public void close() {
        playing = false;
        worker.shutdownNow();
    }

    private void tick() {
        if (!playing) {
            stopTicking();
            return;
        }
        long now = System.nanoTime();
        double rate = toEnd ? FULL_SPEED : stepsPerSecond;
        long due = rate == FULL_SPEED ? Long.MAX_VALUE
                : (long) ((now - playStartNanos) * 1e-9 * rate) - stepsSincePlay;
        long deadline = now + (now - yieldUntilNanos < 0 ? YIELDING_BUDGET_NANOS : BUDGET_NANOS);
        for (long i = 0; i < due; i++) {
            boolean lastOfTick = i == due - 1 || System.nanoTime() >= deadline;
            if (!advance(lastOfTick) || newest.get().step() >= stepLimit) {
                playing = false;
                toEnd = false;
                stopTicking();
                return;
            }
            stepsSincePlay++;
            if (lastOfTick) {
                return;
            }
        }
    }

    /**
     * One engine step on the worker; false when the run cannot go on. Its snapshot is published
     * when {@code publish} asks, the run ends, the step limit is reached or the history keeps it.
     */
    private boolean advance(boolean publish) {
        if (newest.get().status().isFinal()) {
            return false;
        }
        try {
            StepResult result = engine.step();
            unpublished++;
            if (publish || result.isFinal() || newest.get().step() + unpublished >= stepLimit || !history.passOver()) {
                publish(engine.snapshot());
            }
            return !result.isFinal();
        } catch (RuntimeException | Error e) {
            playing = false;
            onFailure.accept(e);
            return false;
        }
    }

    private void publish(S snapshot) {
        history.append(snapshot);
        newest.set(snapshot);
        unpublished = 0;
    }

    private void publishPending() {
        if (unpublished > 0) {
            try {
                publish(engine.snapshot());
            } catch (RuntimeException | Error e) {
                onFailure.accept(e);
            }
        }
    }

    private void stopTicking() {
        if (ticking != null) {
            ticking.cancel(false);
            ticking = null;
        }
    }

    private void submit(Runnable command) {
        if (!worker.isShutdown()) {
            worker.execute(command);
        }
    }
}
