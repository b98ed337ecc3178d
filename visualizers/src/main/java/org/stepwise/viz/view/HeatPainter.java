package org.stepwise.viz.view;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.stepwise.algo.ClassProbabilities;
import org.stepwise.algo.Domain;

/**
 * Paints a decision-boundary heatmap into a {@link ScreenImage}: now, on the FX thread, or on a
 * background thread while a lesson plays fast. Evaluating the model on the raster and scaling it
 * to the plot's device pixels were about 40 % of the FX thread's work per frame of a playing
 * lesson (JFR samples of PulseGapProbe, docs/BENCHMARKS.md); in the background the FX thread only
 * copies the finished pixels. Only the newest request is painted, and a background picture is
 * not shown over one painted later on the FX thread (at the end of play, say).
 */
final class HeatPainter {

    /** One thread paints every view's drafts (one lesson is open at a time). */
    private static final ExecutorService PAINTER = Executors.newSingleThreadExecutor(
            BackgroundThreads.behindFrames("stepwise-heat-painter"));

    private record Request(long sequence, BoundaryRaster raster, ClassProbabilities model, Domain domain,
                           int width, int height) {
    }

    private final ScreenImage screen;
    private final AtomicReference<Request> pending = new AtomicReference<>();
    /** The painter thread's resampler and output, kept from one picture to the next. */
    private Resampler resampler;
    private int[] scaled = new int[0];
    /** FX thread: the newest request, and the newest picture on screen. */
    private long requested;
    private long shown;

    HeatPainter(ScreenImage screen) {
        this.screen = screen;
    }

    /** On the FX thread: paints the model now and shows it. */
    void paintNow(BoundaryRaster raster, ClassProbabilities model, Domain domain) {
        shown = ++requested;
        pending.set(null);
        // The painter thread may be painting this raster for an older request.
        synchronized (raster) {
            raster.paint(model, domain);
            screen.show(raster.pixels(), raster.width(), raster.height());
        }
    }

    /** On the FX thread: paints the model in the background and shows it when it is ready. */
    void paintLater(BoundaryRaster raster, ClassProbabilities model, Domain domain) {
        if (screen.pixelWidth() == 0) {
            return;
        }
        Request request = new Request(++requested, raster, model, domain, screen.pixelWidth(), screen.pixelHeight());
        if (pending.getAndSet(request) == null) {
            PAINTER.execute(this::paintPending);
        }
    }

    /** On the painter thread: paints and scales the newest request, then waits until the FX thread has copied it. */
    private void paintPending() {
        Request request = pending.getAndSet(null);
        if (request == null) {
            return;
        }
        BoundaryRaster raster = request.raster();
        int[] out;
        synchronized (raster) {
            raster.paint(request.model(), request.domain());
            if (resampler == null || !resampler.scales(raster.width(), raster.height(), request.width(), request.height())) {
                resampler = new Resampler(raster.width(), raster.height(), request.width(), request.height());
                scaled = new int[request.width() * request.height()];
            }
            out = scaled;
            resampler.scale(raster.pixels(), out);
        }
        // The next picture is scaled into the same array: it waits until this one is on screen.
        FxHandOver.runAndWait(() -> {
            if (request.sequence() > shown && screen.showScaled(out, request.width(), request.height())) {
                shown = request.sequence();
            }
        });
    }
}
