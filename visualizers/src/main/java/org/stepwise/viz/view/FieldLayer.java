package org.stepwise.viz.view;

import javafx.scene.paint.Color;
import org.stepwise.algo.ClassProbabilities;
import org.stepwise.algo.Domain;
import org.stepwise.algo.Surface;

/**
 * A field over the plot, painted into its image: a classifier's class probabilities as decision
 * regions ({@link BoundaryRaster}: each class's colour, paler where the model is unsure, the
 * boundary drawn), or a scalar f(x, y) as filled contours ({@link SurfaceRaster}). Regions are
 * painted at full resolution on the FX thread, or, while the plot is in draft, at a quarter of
 * the pixels on the painter thread and shown a moment later ({@link HeatPainter}); a scalar
 * field is painted when it or the domain changes.
 */
public final class FieldLayer implements PlotView.ImageLayer {

    public static final int DEFAULT_RESOLUTION = 256;
    /** The draft raster while a lesson plays fast: a quarter of the pixels to evaluate. */
    public static final int DRAFT_RESOLUTION = 128;
    private static final int SURFACE_RESOLUTION = 256;

    private final BoundaryRaster fullRaster;
    /**
     * The draft of a model painted only in the background ({@link #setBackgroundOnly}): a sixteenth
     * of the full picture's pixels. An RBF SVM of 500 support vectors costs 33 million kernel values
     * a full picture; at a quarter the painter still held a core at every step and the FX thread
     * waited for the other (stall p99 42–46 ms).
     */
    public static final int SLOW_MODEL_DRAFT_RESOLUTION = 64;
    private final BoundaryRaster draftRaster = new BoundaryRaster(DRAFT_RESOLUTION, DRAFT_RESOLUTION, 1);
    private final BoundaryRaster slowDraftRaster = new BoundaryRaster(SLOW_MODEL_DRAFT_RESOLUTION,
            SLOW_MODEL_DRAFT_RESOLUTION, 1);
    private BoundaryRaster raster;
    private HeatPainter painter;
    private ClassProbabilities model;
    private Surface surface;
    private SurfaceRaster surfaceRaster;
    private Surface paintedSurface;
    private Domain paintedDomain;
    /** Whether a full picture is painted on the painter thread too (a model slow to evaluate). */
    private boolean backgroundOnly;

    public FieldLayer(int resolution) {
        fullRaster = new BoundaryRaster(resolution, resolution);
        raster = fullRaster;
        setPaper(PlotInk.LIGHT_PAPER);
    }

    /** The classifier whose regions are painted; null for none. */
    public void setModel(ClassProbabilities newModel) {
        model = newModel;
        if (newModel != null) {
            surface = null;
            // The image shows the regions now: a surface shown again must be shown anew.
            paintedSurface = null;
        }
    }

    public ClassProbabilities model() { return model; }

    /** A scalar f(x, y) painted as filled contours (shaded) instead of regions; null for none. */
    public void setSurface(Surface newSurface) {
        surface = newSurface;
        if (newSurface != null) {
            model = null;
        }
    }

    /** True when there is something to paint. */
    public boolean shows() { return model != null || surface != null; }

    /** The raster of the last regions painted (tests, benchmarks). */
    public BoundaryRaster raster() { return raster; }

    @Override
    public void place(PlotView plot, boolean now) {
        if (paintsNow(plot, now)) {
            // A resize would scale the old picture to the new size only to paint over it.
            plot.image().forgetRaster();
        }
        PlotView.ImageLayer.super.place(plot, now);
    }

    /**
     * A full picture is painted on the FX thread; a draft, in the background while the old one
     * shows. With {@link #setBackgroundOnly} every picture is painted in the background, unless
     * one is wanted now (before a snapshot of the view).
     */
    private boolean paintsNow(PlotView plot, boolean now) {
        return model != null && (now || (!plot.draft() && !backgroundOnly));
    }

    /**
     * Whether every picture, full ones too, is painted on the painter thread while the old one
     * shows: for a model whose every step is new and slow to evaluate on 256 × 256 pixels (an
     * RBF SVM with hundreds of support vectors), which would otherwise hold the FX thread for
     * longer than a frame at each step.
     */
    public void setBackgroundOnly(boolean background) {
        backgroundOnly = background;
    }

    @Override
    public boolean paint(PlotView plot, boolean now) {
        if (painter == null) {
            painter = new HeatPainter(plot.image());
        }
        Domain domain = plot.domain();
        if (model != null) {
            raster = !plot.draft() ? fullRaster : backgroundOnly ? slowDraftRaster : draftRaster;
            if (paintsNow(plot, now)) {
                painter.paintNow(raster, model, domain);
            } else {
                painter.paintLater(raster, model, domain);
            }
            return true;
        }
        if (surface != null) {
            if (surfaceRaster == null) {
                surfaceRaster = new SurfaceRaster(SURFACE_RESOLUTION, SURFACE_RESOLUTION);
            }
            if (surface != paintedSurface || !domain.equals(paintedDomain)) {
                surfaceRaster.paint(surface, domain, true);
                paintedSurface = surface;
                paintedDomain = domain;
                plot.image().show(surfaceRaster.pixels(), SURFACE_RESOLUTION, SURFACE_RESOLUTION);
            }
            return true;
        }
        return false;
    }

    /** A line where the two most probable classes' margin equals {@code level} (NaN: none); see {@link BoundaryRaster#setLevelLine}. */
    public void setLevelLine(double level) {
        for (BoundaryRaster each : new BoundaryRaster[] {fullRaster, draftRaster, slowDraftRaster}) {
            synchronized (each) {
                each.setLevelLine(level);
            }
        }
    }

    @Override
    public void setPaper(Color paper) {
        int argb = ColorMaps.argb(paper);
        for (BoundaryRaster each : new BoundaryRaster[] {fullRaster, draftRaster, slowDraftRaster}) {
            // A draft may be being painted in the background.
            synchronized (each) {
                each.setPaper(argb);
            }
        }
    }
}
