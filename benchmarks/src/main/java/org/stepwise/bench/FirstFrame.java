package org.stepwise.bench;

import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Reports when the first frame of a window has been drawn: on the second pulse after the
 * window is shown, it prints {@code first-frame-ms=<JVM uptime>} and exits. Shared by the
 * app's start-up probe and the plain JavaFX baseline.
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
