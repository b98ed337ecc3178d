package org.stepwise.app;

import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Reports when the first frame of a window has been drawn: on the second pulse after the
 * window is shown, it prints {@code first-frame-ms=<JVM uptime>} and exits. Used when the app
 * runs with {@code -Dstepwise.exitAfterFirstFrame=true} (the start-up probe in benchmarks/)
 * and by the probe's plain JavaFX baseline, so both are timed the same way.
 */
public final class FirstFrame {

    private FirstFrame() {
    }

    /** Call on the FX thread right after {@code stage.show()}. */
    public static void reportAndExit() {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    System.out.println("first-frame-ms=" + ManagementFactory.getRuntimeMXBean().getUptime());
                    System.out.flush();
                    Platform.exit();
                }
            }
        }.start();
    }
}
