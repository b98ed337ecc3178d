package org.stepwise.viz.lesson.data;

import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.Task;
import org.stepwise.viz.view.BackgroundThreads;

/**
 * Runs slow data work (reading a file, generating points) on one background thread, so the
 * window never freezes, and hands the outcome back on the FX thread. Only the newest request
 * counts: a request that is overtaken before it starts is skipped, and the outcome of one
 * overtaken while it runs is dropped (dragging the size slider makes many requests; the lesson
 * should get the last one only). The thread ends after a few idle seconds, so a closed
 * lesson leaves nothing running. Use from the FX thread only.
 */
final class BackgroundLoader {

    private static final long IDLE_SECONDS = 5;

    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, IDLE_SECONDS, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), BackgroundThreads.normal("stepwise-data-loader"));
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    /** Number of the newest request; read by the worker to skip requests already overtaken. */
    private final AtomicLong newestRequest = new AtomicLong();
    private Task<?> newest;
    private int unfinished;

    BackgroundLoader() {
        executor.allowCoreThreadTimeOut(true);
    }

    /** True from a request until the outcomes of all requests made so far have come back. */
    ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }

    boolean isBusy() { return busy.get(); }

    /**
     * Starts {@code work} in the background; when it is still the newest request, its result
     * goes to {@code onSuccess}, or whatever it threw (any {@link Throwable}) to
     * {@code onFailure}, both on the FX thread.
     */
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        long request = newestRequest.incrementAndGet();
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                // Overtaken while queued: its outcome would be dropped, so skip the work.
                return request == newestRequest.get() ? work.call() : null;
            }
        };
        task.setOnSucceeded(event -> finish(task, () -> onSuccess.accept(task.getValue())));
        task.setOnFailed(event -> finish(task, () -> onFailure.accept(task.getException())));
        newest = task;
        unfinished++;
        busy.set(true);
        executor.execute(task);
    }

    private void finish(Task<?> task, Runnable outcome) {
        unfinished--;
        busy.set(unfinished > 0);
        if (task == newest) {
            newest = null;
            outcome.run();
        }
    }
}
