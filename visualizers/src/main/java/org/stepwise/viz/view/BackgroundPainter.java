package org.stepwise.viz.view;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Pictures for a {@link ScreenImage} painted on a painter thread while a lesson plays fast: only
 * the newest scene asked for is painted (older ones are dropped, not queued), and a picture
 * painted in the background is not shown over one its view painted later on the FX thread.
 * The painter thread waits until the FX thread has copied each picture, so a {@link Paint} may
 * paint every picture into the same pixels.
 *
 * @param <S> what one picture shows
 */
final class BackgroundPainter<S> {

    /** Paints a scene at this size in device pixels, on the painter thread; returns the picture's premultiplied ARGB pixels. */
    @FunctionalInterface
    interface Paint<S> {
        int[] paint(S scene, int width, int height);
    }

    private record Request<S>(long sequence, S scene, int width, int height) {
    }

    private final ScreenImage screen;
    private final ExecutorService thread;
    private final Paint<S> paint;
    private final AtomicReference<Request<S>> pending = new AtomicReference<>();
    /** FX thread: the newest request, and the newest picture on screen. */
    private long requested;
    private long shown;

    BackgroundPainter(ScreenImage screen, ExecutorService thread, Paint<S> paint) {
        this.screen = screen;
        this.thread = thread;
        this.paint = paint;
    }

    /** On the FX thread: paints the scene in the background and shows it when it is ready. */
    void paintLater(S scene) {
        if (screen.pixelWidth() == 0) {
            return;
        }
        Request<S> request = new Request<>(++requested, scene, screen.pixelWidth(), screen.pixelHeight());
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
        int[] pixels = paint.paint(request.scene(), request.width(), request.height());
        FxHandOver.runAndWait(() -> {
            if (request.sequence() > shown && screen.showScaled(pixels, request.width(), request.height())) {
                shown = request.sequence();
            }
        });
    }
}
