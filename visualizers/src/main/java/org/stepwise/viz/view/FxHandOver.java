package org.stepwise.viz.view;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * Pixels handed from a painter thread to the FX thread: the painter reuses its buffer for the
 * next picture, so it waits until the FX thread has copied this one (at most two seconds, in
 * case the toolkit is shutting down).
 */
final class FxHandOver {

    private FxHandOver() {
    }

    /** Runs {@code copy} on the FX thread and returns once it has run. Call from a painter thread. */
    static void runAndWait(Runnable copy) {
        CountDownLatch copied = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                copy.run();
            } finally {
                copied.countDown();
            }
        });
        try {
            copied.await(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
