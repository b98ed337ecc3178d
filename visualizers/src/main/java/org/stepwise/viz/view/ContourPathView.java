package org.stepwise.viz.view;

import java.util.List;
import java.util.function.BiConsumer;
import org.stepwise.algo.Surface;

/**
 * A loss surface as filled contours ({@link SurfaceRaster}, rasterized only when the surface
 * changes) with paths drawn over it: one polyline per optimizer in its colour, the
 * current point, an arrow along −∇f at it, a star on each known minimum, and a legend, all
 * painted into the plot's image by a {@link PathPainter} on the painter thread: the image layer
 * of a {@link PlotView} with one unit as long on both axes, whose canvas holds only the axes. A
 * click on the surface reports its coordinates (to move the start point).
 */
public final class ContourPathView extends PlotView {

    /** One path to draw, read through primitives so no copy is needed. */
    public interface Path {
        /** The name in the legend. */
        String name();

        int colorIndex();

        int length();

        double x(int index);

        double y(int index);

        double gradientX();

        double gradientY();

        /** True when the optimizer ran away; drawn dashed, without an arrow. */
        boolean diverged();
    }

    private static final int RESOLUTION = 320;
    private static final int MAX_DRAWN_POINTS = 500;
    /**
     * Points per path while a lesson plays fast. Zig-zag paths (adaptive optimizers on
     * Rastrigin) cost a rasterizer in proportion to their crossings per scan line: at 500 points
     * seven of them took JavaFX's software renderer over a second, and Java2D 170–320 ms (cold),
     * at 60 about a tenth of that.
     */
    private static final int DRAFT_DRAWN_POINTS = 60;

    private final Picture picture = new Picture();
    private Surface surface;
    private List<double[]> minima = List.of();
    private boolean shaded = true;
    private List<? extends Path> paths = List.of();
    private BiConsumer<Double, Double> onPick;
    /** The surface's and paths' colours, and whether the legend is drawn in the plot (see setSurfaceMap). */
    private SurfaceMap surfaceMap = SurfaceMap.VIRIDIS;
    private boolean legendInPlot = true;

    public ContourPathView() {
        super("contour-path-view");
        setImageLayer(picture);
        setEqualScale(true);
        setOnMouseClicked(event -> {
            PlotTransform t = transform();
            if (onPick != null && t != null && t.containsPixel(event.getX(), event.getY())) {
                onPick.accept(t.toDataX(event.getX()), t.toDataY(event.getY()));
            }
        });
    }

    /** The surface and its known minima (starred); repainted only when it changes. */
    public void setSurface(Surface newSurface, List<double[]> newMinima) {
        show(newSurface, newMinima, paths);
    }

    public void setPaths(List<? extends Path> newPaths) {
        show(surface, minima, newPaths);
    }

    /** Surface, minima and paths at once, drawn once: the axes too when the surface is new. */
    public void show(Surface newSurface, List<double[]> newMinima, List<? extends Path> newPaths) {
        boolean newSurfaceShown = newSurface != surface;
        surface = newSurface;
        minima = List.copyOf(newMinima);
        paths = List.copyOf(newPaths);
        if (newSurfaceShown && newSurface != null && !newSurface.domain().equals(domain())) {
            setDomain(newSurface.domain());
        } else {
            repaintImage();
        }
    }

    public void setShaded(boolean value) {
        shaded = value;
        redraw();
    }

    /** Told the data coordinates of a click on the surface. */
    public void setOnPick(BiConsumer<Double, Double> listener) { onPick = listener; }

    /**
     * The colours of the surface and of the paths: viridis with the class colours until set; a
     * lesson whose paths must all stand out on the surface in either theme sets
     * {@link SurfaceMap#muted(boolean)}. The surface is painted again.
     */
    public void setSurfaceMap(SurfaceMap map) {
        if (map != surfaceMap) {
            surfaceMap = map;
            redraw();
        }
    }

    /** Whether the plot draws its legend (true until set): false for a view that shows its own beside the plot. */
    public void setLegendInPlot(boolean shown) {
        if (shown != legendInPlot) {
            legendInPlot = shown;
            redraw();
        }
    }

    @Override
    protected boolean hasContent() { return surface != null; }

    /**
     * The contours and paths, painted into the plot's image by the {@link PathPainter}: in the
     * background unless asked for now, the contours rasterized again only when the surface, its
     * shading or its colours change.
     */
    private final class Picture implements ImageLayer {
        private PathPainter painter;

        @Override
        public void place(PlotView plot, boolean now) {
            ScreenImage image = plot.image();
            int placedWidth = image.pixelWidth();
            int placedHeight = image.pixelHeight();
            ImageLayer.super.place(plot, now);
            int[] contours = painter == null ? null : painter.lastContours();
            if (contours != null && (image.pixelWidth() != placedWidth || image.pixelHeight() != placedHeight)) {
                // A new size starts blank: the last contours at once, the paths when painted.
                image.show(contours, RESOLUTION, RESOLUTION);
            }
        }

        @Override
        public boolean paint(PlotView plot, boolean now) {
            if (surface == null) {
                return false;
            }
            ScreenImage image = plot.image();
            if (painter == null) {
                painter = new PathPainter(image);
            }
            PathPainter.Scene scene = new PathPainter.Scene(
                    new PathPainter.Contours(surface, shaded, surfaceMap, RESOLUTION), minima, paths,
                    plot.transform(), plot.draft() ? DRAFT_DRAWN_POINTS : MAX_DRAWN_POINTS,
                    new java.awt.Color(ColorMaps.argb(plot.ink()), true), plot.typeScale(), image.pixelWidth(),
                    image.pixelHeight(), surfaceMap, legendInPlot);
            if (now) {
                painter.paintNow(scene);
            } else {
                painter.paintLater(scene);
            }
            return true;
        }
    }
}
