package org.stepwise.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import javafx.application.Platform;

/**
 * How long the FX thread is busy without a break: a watcher thread posts a task to the FX
 * thread every {@value #PERIOD_MILLIS} ms (the next only once the last has run) and records
 * how long each waited. A wait is the rest of whatever the FX thread was doing when the task
 * arrived (a pulse's animation, CSS, layout and scene sync, waiting for the renderer, another
 * posted task), so the longest wait is the longest stall, to within the period. Unlike a gap
 * between pulses, it does not include the pulse period itself.
 */
final class FxStallMeter {

    private static final long PERIOD_MILLIS = 2;
    /** With -Dprobe.series=true, each stall over a frame is printed with its time (to match with GC or pulse logs). */
    private static final boolean SERIES = Boolean.getBoolean("probe.series");

    /** With -Dprobe.why=true, each stall over a frame is printed with what the threads did meanwhile ({@link StallWitness}). */
    private static final boolean WHY = Boolean.getBoolean("probe.why");

    private final List<Long> waits = Collections.synchronizedList(new ArrayList<>());
    private static final long FRAME_NANOS = 16_700_000L;
    /** Stacks are sampled once a wait is this long: the first half-frame of a stall is ordinary work. */
    private static final long WITNESS_AFTER_NANOS = 8_000_000L;
    /** The last wait, read by the watcher once the task has answered. */
    private volatile long lastWait;
    private final AtomicBoolean answered = new AtomicBoolean(true);
    private volatile boolean running;
    private Thread watcher;

    void start() {
        running = true;
        watcher = new Thread(this::watch, "fx-stall-meter");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** Stops and returns the waits recorded, in nanoseconds. */
    List<Long> stop() {
        running = false;
        LockSupport.unpark(watcher);
        return new ArrayList<>(waits);
    }

    private void watch() {
        StallWitness witness = WHY ? new StallWitness() : null;
        long posted = 0;
        while (running) {
            if (witness != null && !answered.get() && System.nanoTime() - posted > WITNESS_AFTER_NANOS) {
                witness.sample(System.nanoTime() - posted);
            }
            if (answered.compareAndSet(true, false)) {
                if (witness != null) {
                    if (lastWait > FRAME_NANOS) {
                        System.out.print(witness.report(lastWait));
                    }
                    witness.reset();
                }
                posted = System.nanoTime();
                long postedAt = posted;
                Platform.runLater(() -> {
                    if (running) {
                        long wait = System.nanoTime() - postedAt;
                        lastWait = wait;
                        waits.add(wait);
                        if (SERIES && wait > FRAME_NANOS) {
                            System.out.printf("stall %.0f ms ending at %.3f s (JVM uptime)%n", wait / 1e6,
                                    java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1e3);
                        }
                    }
                    answered.set(true);
                });
            }
            LockSupport.parkNanos(PERIOD_MILLIS * 1_000_000L);
        }
    }
}
