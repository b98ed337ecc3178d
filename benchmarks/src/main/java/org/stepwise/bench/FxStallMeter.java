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

    private final List<Long> waits = Collections.synchronizedList(new ArrayList<>());
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
        while (running) {
            if (answered.compareAndSet(true, false)) {
                long posted = System.nanoTime();
                Platform.runLater(() -> {
                    if (running) {
                        long wait = System.nanoTime() - posted;
                        waits.add(wait);
                        if (SERIES && wait > 16_700_000L) {
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
