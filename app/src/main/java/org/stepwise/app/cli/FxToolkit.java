package org.stepwise.app.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;

/** Starting JavaFX without an {@code Application}, and running work on its thread. */
final class FxToolkit {

    /** Longer than any render should take; a toolkit that has exited would otherwise hang us. */
    static final Duration TIMEOUT = Duration.ofMinutes(10);

    private FxToolkit() {
    }

    /**
     * Starts the toolkit unless it is running already (a test, or the window).
     *
     * @return true when this call started it
     * @throws IllegalStateException when JavaFX cannot start, with a hint about the headless mode
     */
    static boolean start() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            return false;
        } catch (RuntimeException | UnsatisfiedLinkError cannotStart) {
            throw new IllegalStateException("JavaFX could not start (" + cannotStart.getMessage()
                    + "); try again with -D" + HeadlessDisplay.FORCE_PROPERTY + "=true to draw without a display",
                    cannotStart);
        }
        if (!started.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            throw new IllegalStateException("JavaFX did not start within " + TIMEOUT.toMinutes() + " minutes");
        }
        return true;
    }

    /** Runs {@code task} on the FX thread and returns its result; its exceptions are rethrown here. */
    static <T> T call(Callable<T> task) throws Exception {
        if (Platform.isFxApplicationThread()) {
            return task.call();
        }
        FutureTask<T> future = new FutureTask<>(task);
        Platform.runLater(future);
        try {
            return future.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            if (cause instanceof Exception exception) {
                throw exception;
            }
            throw (Error) cause;
        } catch (TimeoutException late) {
            future.cancel(true);
            throw new IllegalStateException("drawing did not finish within " + TIMEOUT.toMinutes() + " minutes", late);
        }
    }
}
