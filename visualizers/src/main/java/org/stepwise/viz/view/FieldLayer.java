package org.stepwise.viz.view;

import javafx.scene.paint.Color;
import org.stepwise.algo.ClassProbabilities;
import org.stepwise.algo.Domain;
import org.stepwise.algo.Surface;

/**
 * A field over the plot, painted into its image: a classifier's class probabilities as decision
 * regions ({@link BoundaryRaster}: each class's colour, paler where the model is unsure, the
 * boundary drawn), or a scalar f(x, y) as filled contours ({@link SurfaceRaster}). Regions are
 * painted on the painter thread and shown a moment later ({@link HeatPainter}), at full
 * resolution, or at a quarter of the pixels while the plot is in draft; at once on the FX thread
 * only before a snapshot ({@link PlotView#drawNow}). A scalar field is painted when it or the
 * domain changes, likewise on the painter thread unless wanted now (a kernel density estimate
 * changes at every step and costs a kernel per point per pixel), at a quarter of the pixels in
 * draft.
 */
public final class FieldLayer implements PlotView.ImageLayer {

    public static final int DEFAULT_RESOLUTION = 256;
    /** The draft raster while a lesson plays fast: a quarter of the pixels to evaluate. */
    public static final int DRAFT_RESOLUTION = 128;
    private static final int SURFACE_RESOLUTION = 256;

    private final BoundaryRaster fullRaster;
    /**
     * The draft of a model painted only in the background ({@link #setSlowModel}): a sixteenth
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
    private SurfaceRaster draftSurfaceRaster;
    private BackgroundPainter<SurfaceScene> surfacePainter;
    private Surface paintedSurface;
    private Domain paintedDomain;
    /** Whether the model is slow to evaluate: its drafts are a sixteenth of the full picture's pixels. */
    private boolean slowModel;

    /** A surface to paint on this raster over this domain. */
    private record SurfaceScene(SurfaceRaster raster, Surface surface, Domain domain) {
    }

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

    /** A scalar f(x, y) painted as filled contours (bands of viridis, iso-lines between) instead of regions; null for none. */
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
        if (paintsNow(now)) {
            // A resize would scale the old picture to the new size only to paint over it.
            plot.image().forgetRaster();
        }
        PlotView.ImageLayer.super.place(plot, now);
    }

    /**
     * Every picture is painted on the painter thread while the old one shows, unless one is
     * wanted now (before a snapshot of the view). A full picture of k-means' cells or a tree's
     * regions is 5-10 ms of evaluating and scaling: on the FX thread it was a late frame at every
     * manual step and at the end of every play.
     */
    private boolean paintsNow(boolean now) {
        return model != null && now;
    }

    /**
     * Whether the model is slow to evaluate on 256 × 256 pixels (an RBF SVM with hundreds of
     * support vectors): its drafts are then a sixteenth of the full picture's pixels, not a quarter.
     */
    public void setSlowModel(boolean slow) {
        slowModel = slow;
    }

    @Override
    public boolean paint(PlotView plot, boolean now) {
        if (painter == null) {
            painter = new HeatPainter(plot.image());
        }
        Domain domain = plot.domain();
        if (model != null) {
            raster = !plot.draft() ? fullRaster : slowModel ? slowDraftRaster : draftRaster;
            if (paintsNow(now)) {
                painter.paintNow(raster, model, domain);
            } else {
                painter.paintLater(raster, model, domain);
            }
            return true;
        }
        if (surface != null) {
            if (surfaceRaster == null) {
                surfaceRaster = new SurfaceRaster(SURFACE_RESOLUTION, SURFACE_RESOLUTION);
                draftSurfaceRaster = new SurfaceRaster(DRAFT_RESOLUTION, DRAFT_RESOLUTION);
                surfacePainter = new BackgroundPainter<>(PlotView.PAINTER, FieldLayer::paintSurface, (scene, pixels) -> {
                    plot.image().show(pixels, scene.raster().width(), scene.raster().height());
                    return true;
                });
            }
            if (surface != paintedSurface || !domain.equals(paintedDomain) || now) {
                paintedSurface = surface;
                paintedDomain = domain;
                if (now) {
                    surfacePainter.shownNow();
                    int[] pixels = paintSurface(new SurfaceScene(surfaceRaster, surface, domain));
                    plot.image().show(pixels, SURFACE_RESOLUTION, SURFACE_RESOLUTION);
                } else {
                    SurfaceRaster target = plot.draft() ? draftSurfaceRaster : surfaceRaster;
                    surfacePainter.paintLater(new SurfaceScene(target, surface, domain));
                }
            }
            return true;
        }
        return false;
    }

    /** Paints a surface's filled contours (on the painter thread, or on the FX thread for a picture wanted now). */
    private static int[] paintSurface(SurfaceScene scene) {
        synchronized (scene.raster()) {
            scene.raster().paint(scene.surface(), scene.domain(), false);
            return scene.raster().pixels();
        }
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
