package org.stepwise.app;

import java.lang.management.ManagementFactory;
import java.util.function.LongConsumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * The moment the first frame of a window has been drawn: the second pulse after the window is
 * shown. Work that the first frame does not need (the menu bar, the catalog's list, the window
 * icons) waits for it. With {@code -Dstepwise.exitAfterFirstFrame=true} (the start-up probe in
 * benchmarks/, the installer's AppCDS training run) the app prints
 * {@code first-frame-ms=<JVM uptime>} then, {@code window-complete-ms=<JVM uptime>} when the
 * frame with everything that waited for the first one has been drawn, and exits; the probe's
 * plain JavaFX baseline is timed the same way. Both are taken at the start of the pulse that
 * marks them, so work that runs in that pulse is not counted in the frame before it.
 */
public final class FirstFrame {

    private FirstFrame() {
    }

    /**
     * Runs {@code action} on the FX thread once the first frame is drawn, after the actions given
     * before it (animation timers run in the order they were started). Call after {@code stage.show()}.
     */
    public static void then(Runnable action) {
        atSecondPulse(pulseStart -> action.run());
    }

    /**
     * Call on the FX thread in the same task as {@code stage.show()} (no pulse runs before the
     * task ends), before other {@link #then} actions, so that it reports before they run.
     */
    public static void reportAndExit() {
        atSecondPulse(pulseStart -> {
            report("first-frame-ms", pulseStart);
            // Two pulses after the one where what waited for the first frame joined the window,
            // the frame that shows it has been drawn.
            atSecondPulse(later -> {
                report("window-complete-ms", later);
                Platform.exit();
            });
        });
    }

    /** The action gets the second pulse's start (System.nanoTime, as AnimationTimer gives it). */
    private static void atSecondPulse(LongConsumer action) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    action.accept(now);
                }
            }
        }.start();
    }

    /**
     * Prints the JVM uptime at the start of the pulse: the work that waited for the first frame
     * runs in that same pulse, before or after this, and is not the first frame's.
     */
    private static void report(String key, long pulseStartNanos) {
        long sincePulse = (System.nanoTime() - pulseStartNanos) / 1_000_000;
        System.out.println(key + "=" + (sinceStart() - sincePulse));
        System.out.flush();
    }

    /**
     * Milliseconds since the java command started: the JVM's uptime, or, when {@code java -jar}
     * started this JVM from a first one (-Dstepwise.startedAt, see cli.ModulePathRelaunch), since
     * that first JVM started, so that the relaunch is counted in the start-up time.
     */
    static long sinceStart() {
        long firstJvm = Long.getLong(STARTED_AT, 0);
        return firstJvm > 0 ? System.currentTimeMillis() - firstJvm : ManagementFactory.getRuntimeMXBean().getUptime();
    }

    /** The start of the first JVM (epoch milliseconds) when this one was relaunched by it. */
    public static final String STARTED_AT = "stepwise.startedAt";
}
