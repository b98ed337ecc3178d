package org.stepwise.app;

import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * The moment the first frame of a window has been drawn: the second pulse after the window is
 * shown. Work that the first frame does not need (the window icons' PNG decoding) waits for it,
 * and with {@code -Dstepwise.exitAfterFirstFrame=true} (the start-up probe in benchmarks/) the
 * app prints {@code first-frame-ms=<JVM uptime>} then and exits; the probe's plain JavaFX
 * baseline is timed the same way.
 */
public final class FirstFrame {

    private FirstFrame() {
    }

    /** Runs {@code action} on the FX thread once the first frame is drawn. Call after {@code stage.show()}. */
    public static void then(Runnable action) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }

    /** Call on the FX thread right after {@code stage.show()}. */
    public static void reportAndExit() {
        then(() -> {
            System.out.println("first-frame-ms=" + ManagementFactory.getRuntimeMXBean().getUptime());
            System.out.flush();
            Platform.exit();
        });
    }
}
