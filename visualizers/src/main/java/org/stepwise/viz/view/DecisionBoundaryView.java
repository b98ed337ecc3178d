package org.stepwise.viz.view;

import org.stepwise.algo.ClassProbabilities;
import org.stepwise.algo.Domain;
import org.stepwise.data.Dataset;

/**
 * A classifier's decision regions with the data over them: a {@link PlotView} with a
 * {@link FieldLayer} (the regions as a heatmap at the screen's pixel size, drafts painted off the
 * FX thread), a {@link ScatterLayer} (the points in their class colours and shapes, held-out ones
 * hollow) and the lesson's overlay, and a hover readout of the coordinates and the most probable
 * class. When editable, a click on empty space adds a point, a drag moves one, and a right click
 * (or Delete while the pointer rests on a point, once the plot has been clicked and so holds the
 * keyboard focus) removes one; the view reports these to its {@link PointEditListener} and waits
 * for new data ({@link PointEditGestures}). Points sized by a quantity that a step changes
 * ({@link #setPointSizes}: AdaBoost's sample weights) are drawn on the moving canvas, so a step
 * redraws them and not the axes below.
 */
public final class DecisionBoundaryView extends PlotView {

    public static final int DEFAULT_RESOLUTION = FieldLayer.DEFAULT_RESOLUTION;
    /** The draft raster while a lesson plays fast: a quarter of the pixels to evaluate. */
    public static final int DRAFT_RESOLUTION = FieldLayer.DRAFT_RESOLUTION;
    /** The plot's ground on a light theme; {@link #DARK_PAPER} on a dark one ({@link PlotInk}). */
    public static final javafx.scene.paint.Color LIGHT_PAPER = PlotInk.LIGHT_PAPER;
    public static final javafx.scene.paint.Color DARK_PAPER = PlotInk.DARK_PAPER;

    private final FieldLayer field;
    private final ScatterLayer points = new ScatterLayer(this);
    private final BoundaryReadout readout = new BoundaryReadout();
    private Dataset data;

    public DecisionBoundaryView() {
        this(DEFAULT_RESOLUTION);
    }

    public DecisionBoundaryView(int resolution) {
        super("decision-boundary-view");
        field = new FieldLayer(resolution);
        setImageLayer(field);
        addLayer(pen -> {
            if (!points.sized()) {
                points.draw(pen);
            }
        });
        addMovingLayer(pen -> {
            if (points.sized()) {
                points.draw(pen);
            }
        });
        getChildren().add(readout.node());
    }

    /** The points to show: two feature columns. Keeps the axes unless a point falls outside them. */
    public void setData(Dataset newData) {
        if (newData != null && newData.featureCount() != 2) {
            throw new IllegalArgumentException("the boundary view shows two features; the data has "
                    + newData.featureCount());
        }
        boolean newSource = data == null || newData == null || !data.name().equals(newData.name());
        data = newData;
        points.setData(newData);
        if (newData != null) {
            useAxisNames(newData.featureNames().get(0), newData.featureNames().get(1));
        }
        if (newSource || domain() == null || !points.inside(domain())) {
            useDomain(points.bounds());
        }
        redraw();
    }

    /**
     * The model whose regions are painted; null paints none (before training starts). Only the
     * heatmap is repainted: the points and axes stay as they are, which keeps a playing lesson
     * within its frame.
     */
    public void setModel(ClassProbabilities newModel) {
        boolean hadModel = field.model() != null;
        field.setModel(newModel);
        if (transform() == null || hadModel != (newModel != null)) {
            redraw();
        } else {
            repaintImage();
        }
    }

    /**
     * A scalar field f(x, y) painted under the points as filled contours instead of regions (a
     * density over the plane), on the painter thread; null paints none. Only the image is repainted.
     */
    public void setSurface(org.stepwise.algo.Surface newSurface) {
        boolean had = field.shows();
        field.setSurface(newSurface);
        if (transform() == null || had != field.shows()) {
            redraw();
        } else {
            repaintImage();
        }
    }

    /** The model whose regions are painted, or null. */
    public ClassProbabilities model() { return field.model(); }

    /**
     * Each point's radius as a multiple of the usual ({@link ScatterLayer#setSizes}), at most
     * {@code largest}; null gives every point the usual size again. While sized, the points are
     * drawn with the moving layers: a new array redraws only that canvas. Not copied.
     */
    public void setPointSizes(double[] sizes, double largest) {
        boolean wasSized = points.sized();
        points.setSizes(sizes, largest);
        if (wasSized != points.sized()) {
            redrawCanvas();
        } else {
            redrawMoving();
        }
    }

    /**
     * Draws a second, thinner line where the margin between the two most probable classes equals
     * {@code level} (NaN: none), from the next picture on: an SVM's margins f = ±1.
     */
    public void setLevelLine(double level) {
        field.setLevelLine(level);
    }

    /** Whether the model is slow to evaluate, so that its drafts are smaller ({@link FieldLayer#setSlowModel}). */
    public void setSlowModel(boolean slow) {
        field.setSlowModel(slow);
    }

    /** The points' layer (shapes, style). */
    public ScatterLayer points() { return points; }

    @Override
    protected Domain defaultDomain() { return points.bounds(); }

    @Override
    protected boolean hasContent() { return data != null; }

    /** The raster last painted (for tests and benchmarks). */
    public BoundaryRaster raster() { return field.raster(); }

    /** The heatmap's image on screen (tests). */
    ScreenImage heatImage() { return image(); }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        readout.node().autosize();
    }

    @Override
    protected void hovered(double pixelX, double pixelY, double x, double y) {
        readout.show(data, field.model(), x, y, pixelX, pixelY, getWidth());
    }

    @Override
    protected void hoverEnded() { readout.hide(); }
}
