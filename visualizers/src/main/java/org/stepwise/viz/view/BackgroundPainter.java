package org.stepwise.viz.view;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Pictures painted on a painter thread and shown on the FX thread: only the newest scene asked
 * for is painted (older ones are dropped, not queued), and a picture painted in the background
 * is not shown over one its view painted later on the FX thread. The painter thread waits until
 * the FX thread has shown each picture, so a {@link Paint} may paint every picture into the same
 * pixels. The heatmap, the race's plot and the metric chart are painted this way.
 *
 * @param <S> what one picture shows, including its size in device pixels
 */
final class BackgroundPainter<S> {

    /** Paints a scene on the painter thread; returns its premultiplied ARGB pixels, or null when there is nothing to show. */
    @FunctionalInterface
    interface Paint<S> {
        int[] paint(S scene);
    }

    /** Shows a painted scene on the FX thread; false when it no longer fits (the view was resized meanwhile). */
    @FunctionalInterface
    interface Show<S> {
        boolean show(S scene, int[] pixels);
    }

    private record Request<S>(long sequence, S scene) {
    }

    private final ExecutorService thread;
    private final Paint<S> paint;
    private final Show<S> show;
    private final AtomicReference<Request<S>> pending = new AtomicReference<>();
    /** FX thread: the newest request, and the newest picture on screen. */
    private long requested;
    private long shown;

    BackgroundPainter(ExecutorService thread, Paint<S> paint, Show<S> show) {
        this.thread = thread;
        this.paint = paint;
        this.show = show;
    }

    /** On the FX thread: paints the scene in the background and shows it when it is ready. */
    void paintLater(S scene) {
        Request<S> request = new Request<>(++requested, scene);
        if (pending.getAndSet(request) == null) {
            thread.execute(this::paintPending);
        }
    }

    /** On the FX thread: the view has just shown a picture of its own; nothing asked for before may cover it. */
    void shownNow() {
        shown = ++requested;
        pending.set(null);
    }

    private void paintPending() {
        Request<S> request = pending.getAndSet(null);
        if (request == null) {
            return;
        }
        int[] pixels = paint.paint(request.scene());
        if (pixels == null) {
            return;
        }
        FxHandOver.runAndWait(() -> {
            if (request.sequence() > shown && show.show(request.scene(), pixels)) {
                shown = request.sequence();
            }
        });
    }
}
