package org.stepwise.viz.view;

import java.util.concurrent.ExecutorService;
import org.stepwise.algo.ClassProbabilities;
import org.stepwise.algo.Domain;

/**
 * Paints a decision-boundary heatmap into a {@link ScreenImage}: now, on the FX thread, or on a
 * background thread while a lesson plays fast. Evaluating the model on the raster and scaling it
 * to the plot's device pixels were about 40 % of the FX thread's work per frame of a playing
 * lesson (JFR samples of PulseGapProbe, docs/BENCHMARKS.md); in the background the FX thread only
 * copies the finished pixels ({@link BackgroundPainter}: only the newest request is painted, and
 * a background picture is not shown over one painted later on the FX thread, at the end of play
 * say).
 */
final class HeatPainter {

    /** One thread paints every view's drafts (one lesson is open at a time). */
    private static final ExecutorService PAINTER = PlotView.PAINTER;

    /** A picture to paint: the model on this raster, scaled to width × height device pixels. */
    private record Scene(BoundaryRaster raster, ClassProbabilities model, Domain domain, int width, int height) {
    }

    private final ScreenImage screen;
    private final BackgroundPainter<Scene> background;
    /** The painter thread's resampler and output, kept from one picture to the next. */
    private Resampler resampler;
    private int[] scaled = new int[0];

    HeatPainter(ScreenImage screen) {
        this.screen = screen;
        this.background = new BackgroundPainter<>(PAINTER, this::paintScaled,
                (scene, pixels) -> screen.showScaled(pixels, scene.width(), scene.height()));
    }

    /** On the FX thread: paints the model now and shows it. */
    void paintNow(BoundaryRaster raster, ClassProbabilities model, Domain domain) {
        background.shownNow();
        // The painter thread may be painting this raster for an older request.
        synchronized (raster) {
            raster.paint(model, domain);
            screen.show(raster.pixels(), raster.width(), raster.height());
        }
    }

    /** On the FX thread: paints the model in the background and shows it when it is ready. */
    void paintLater(BoundaryRaster raster, ClassProbabilities model, Domain domain) {
        if (screen.pixelWidth() > 0) {
            background.paintLater(new Scene(raster, model, domain, screen.pixelWidth(), screen.pixelHeight()));
        }
    }

    /** On the painter thread: paints the raster and scales it to the plot's device pixels. */
    private int[] paintScaled(Scene scene) {
        BoundaryRaster raster = scene.raster();
        int width = scene.width();
        int height = scene.height();
        synchronized (raster) {
            raster.paint(scene.model(), scene.domain());
            if (resampler == null || !resampler.scales(raster.width(), raster.height(), width, height)) {
                resampler = new Resampler(raster.width(), raster.height(), width, height);
                scaled = new int[width * height];
            }
            resampler.scale(raster.pixels(), scaled);
        }
        return scaled;
    }
}
