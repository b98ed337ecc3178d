package org.stepwise.viz.view;

import java.util.List;
import java.util.function.BiConsumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.stepwise.algo.Surface;

/**
 * A loss surface as filled contours ({@link SurfaceRaster}, painted only when the surface or
 * the size changes) with paths drawn over it: one polyline per optimizer in its colour, the
 * current point, an arrow along −∇f at it, a star on each known minimum, and a legend, all
 * painted into one image by a {@link PathPainter} on a painter thread. A click on the surface
 * reports its coordinates (to move the start point).
 */
public final class ContourPathView extends Region {

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

    /** The axes: redrawn only when the surface, the size or the ink changes. */
    private final Canvas frame = new Canvas();
    /**
     * The plot: the filled contours with the paths over them, one image at the plot's device
     * pixels (see ScreenImage and PathPainter for why not a canvas over a scaled image).
     */
    private final ScreenImage plot = new ScreenImage();
    private final PathPainter painter = new PathPainter(plot);
    private final SurfaceRaster raster = new SurfaceRaster(RESOLUTION, RESOLUTION);
    private final PlotType type;
    /** The contours last painted, as the painter reads them: a copy the raster does not change. */
    private int[] contours;
    private Surface surface;
    private List<double[]> minima = List.of();
    private Surface paintedSurface;
    private boolean paintedShaded;
    /** The frame layer needs drawing again: surface, ink or size changed. */
    private boolean frameStale = true;
    private boolean shaded = true;
    private int drawnPoints = MAX_DRAWN_POINTS;
    private List<? extends Path> paths = List.of();
    private PlotTransform transform;
    private BiConsumer<Double, Double> onPick;
    private Color ink = PlotInk.LIGHT_INK;
    private String xName = "x";
    private String yName = "y";

    public ContourPathView() {
        plot.view().setVisible(true);
        frame.setMouseTransparent(true);
        getChildren().addAll(plot.view(), frame);
        type = new PlotType(getChildren(), () -> {
            frameStale = true;
            redraw();
        });
        getStyleClass().add("contour-path-view");
        setMinSize(240, 200);
        setPrefSize(720, 560);
        setOnMouseClicked(event -> {
            if (onPick != null && transform != null && transform.containsPixel(event.getX(), event.getY())) {
                onPick.accept(transform.toDataX(event.getX()), transform.toDataY(event.getY()));
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

    /** Surface, minima and paths at once, drawn once. */
    public void show(Surface newSurface, List<double[]> newMinima, List<? extends Path> newPaths) {
        if (newSurface != surface) {
            frameStale = true;
        }
        surface = newSurface;
        minima = List.copyOf(newMinima);
        paths = List.copyOf(newPaths);
        redraw();
    }

    /** Fewer points per path while a lesson plays fast; all again (redrawn) when it stops. */
    public void setDraft(boolean draft) {
        int wanted = draft ? DRAFT_DRAWN_POINTS : MAX_DRAWN_POINTS;
        if (wanted != drawnPoints) {
            drawnPoints = wanted;
            if (!draft) {
                redraw();
            }
        }
    }

    public void setShaded(boolean value) {
        shaded = value;
        redraw();
    }

    /** Told the data coordinates of a click on the surface. */
    public void setOnPick(BiConsumer<Double, Double> listener) { onPick = listener; }

    public void setInk(Color newInk) {
        ink = newInk;
        frameStale = true;
        redraw();
    }

    public PlotTransform transform() { return transform; }

    /** The axes' names ("x" and "y" unless set): a loss over coefficients names them (β₀, β₁). */
    public void setAxisNames(String newXName, String newYName) {
        if (!newXName.equals(xName) || !newYName.equals(yName)) {
            xName = newXName;
            yName = newYName;
            frameStale = true;
            redraw();
        }
    }

    @Override
    protected void layoutChildren() {
        if (frame.getWidth() != getWidth() || frame.getHeight() != getHeight()) {
            frame.setWidth(getWidth());
            frame.setHeight(getHeight());
            frameStale = true;
            redraw();
        }
    }

    /**
     * Draws the paths again. They are painted on a painter thread and shown a moment later (the
     * contours and axes at once); {@link #drawNow} paints them on the FX thread.
     */
    public void redraw() {
        PathPainter.Scene scene = prepare();
        if (scene != null) {
            painter.paintLater(scene);
        }
    }

    /** Draws everything now, on the FX thread: before a snapshot of the view is taken. */
    public void drawNow() {
        PathPainter.Scene scene = prepare();
        if (scene != null) {
            painter.paintNow(scene);
        }
    }

    /**
     * Lays the plot out, paints the contours and axes if they changed, and returns what the
     * painter is to draw; null before there is anything to draw.
     */
    private PathPainter.Scene prepare() {
        if (surface == null || getWidth() <= 0 || getHeight() <= 0) {
            return null;
        }
        transform = Axes.layoutEqualScale(surface.domain(), getWidth(), getHeight(), type.scale());
        int placedWidth = plot.pixelWidth();
        int placedHeight = plot.pixelHeight();
        plot.place(transform.left(), transform.top(), transform.width(), transform.height());
        if (surface != paintedSurface || shaded != paintedShaded) {
            raster.paint(surface, surface.domain(), shaded);
            contours = raster.pixels().clone();
            paintedSurface = surface;
            paintedShaded = shaded;
            plot.show(contours, RESOLUTION, RESOLUTION);
        } else if (plot.pixelWidth() != placedWidth || plot.pixelHeight() != placedHeight) {
            // A new size starts blank: the contours at once, the paths when painted.
            plot.show(contours, RESOLUTION, RESOLUTION);
        }
        if (frameStale) {
            drawFrame();
            frameStale = false;
        }
        return new PathPainter.Scene(contours, RESOLUTION, RESOLUTION, minima, paths, transform, drawnPoints,
                new java.awt.Color(ColorMaps.argb(ink), true), type.scale(), plot.pixelWidth(), plot.pixelHeight());
    }

    /** The axes, on their own layer: redrawn only when the surface, the size or the ink changes. */
    private void drawFrame() {
        GraphicsContext g = frame.getGraphicsContext2D();
        g.clearRect(0, 0, frame.getWidth(), frame.getHeight());
        Axes.draw(g, transform, xName, yName, ink, type.scale());
    }
}
