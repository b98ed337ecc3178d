package org.stepwise.app;

import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * The moment the first frame of a window has been drawn: the second pulse after the window is
 * shown. Work that the first frame does not need (the menu bar, the catalog's list, the window
 * icons) waits for it. With {@code -Dstepwise.exitAfterFirstFrame=true} (the start-up probe in
 * benchmarks/, the installer's AppCDS training run) the app prints
 * {@code first-frame-ms=<JVM uptime>} then, {@code window-complete-ms=<JVM uptime>} when the
 * frame with everything that waited for the first one has been drawn, and exits; the probe's
 * plain JavaFX baseline is timed the same way.
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
            report("first-frame-ms");
            // Registered last, this runs after what waited for the first frame has joined the
            // window; two pulses later the frame that shows it has been drawn.
            then(() -> {
                report("window-complete-ms");
                Platform.exit();
            });
        });
    }

    private static void report(String key) {
        System.out.println(key + "=" + ManagementFactory.getRuntimeMXBean().getUptime());
        System.out.flush();
    }
}
