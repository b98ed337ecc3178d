package org.stepwise.viz.view;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.stepwise.algo.ClassProbabilities;
import org.stepwise.algo.Domain;
import org.stepwise.data.Dataset;

/**
 * A classifier's decision regions as a heatmap ({@link BoundaryRaster}, shown at the screen's
 * pixel size by a {@link ScreenImage}; drafts painted off the FX thread by {@link HeatPainter}),
 * with the data points on top in their class colours, axes, and a hover readout of the
 * coordinates and the most probable class. When editable, a click on empty space adds a point,
 * a drag moves one, and a right click (or Delete while the pointer rests on a point, once the
 * plot has been clicked and so holds the keyboard focus) removes one; the view reports these to
 * its {@link PointEditListener} and waits for new data ({@link PointEditGestures}, shared with
 * {@link CurvePlotView}).
 */
public final class DecisionBoundaryView extends Region {

    public static final int DEFAULT_RESOLUTION = 256;
    /** The draft raster while a lesson plays fast: a quarter of the pixels to evaluate. */
    public static final int DRAFT_RESOLUTION = 128;
    private static final double POINT_RADIUS = 7;
    private static final double HIT_RADIUS = 10;
    private static final Color POINT_RING = Color.rgb(0, 0, 0, 0.55);
    /** The plot's ground on a light theme; {@link #DARK_PAPER} on a dark one ({@link PlotInk}). */
    public static final Color LIGHT_PAPER = PlotInk.LIGHT_PAPER;
    public static final Color DARK_PAPER = PlotInk.DARK_PAPER;

    private final Canvas canvas = new Canvas();
    /** The heatmap, scaled to the plot's device pixels (see ScreenImage for why not by the ImageView). */
    private final ScreenImage heat = new ScreenImage();
    /** Paints the heatmap: drafts in the background, the full raster on the FX thread. */
    private final HeatPainter painter = new HeatPainter(heat);
    private final BoundaryReadout readout = new BoundaryReadout();
    private final PlotType type;
    private final BoundaryRaster fullRaster;
    private final BoundaryRaster draftRaster = new BoundaryRaster(DRAFT_RESOLUTION, DRAFT_RESOLUTION, 1);
    private BoundaryRaster raster;

    private Dataset data;
    private ClassProbabilities model;
    private Domain domain;
    private PlotTransform transform;
    private final PointEditGestures edits = new PointEditGestures(this, () -> transform, this::pointAt, this::drawOverlay);
    private Color ink = PlotInk.LIGHT_INK;
    private Color paper = LIGHT_PAPER;
    private PlotOverlay overlay = PlotOverlay.NONE;
    private PointerListener pointerListener;

    /**
     * Told where the pointer is over the plot, so that a lesson can draw what is under it (a
     * k-nearest-neighbours lesson, the neighbours of the point or place pointed at).
     */
    @FunctionalInterface
    public interface PointerListener {
        /**
         * The pointer is at ({@code x}, {@code y}) in data coordinates, on the point of row
         * {@code row} (-1 for none); NaN, NaN, -1 when it has left the plot.
         */
        void pointerAt(double x, double y, int row);
    }

    public DecisionBoundaryView() {
        this(DEFAULT_RESOLUTION);
    }

    public DecisionBoundaryView(int resolution) {
        fullRaster = new BoundaryRaster(resolution, resolution);
        raster = fullRaster;
        paperOnRasters(LIGHT_PAPER);
        getChildren().addAll(heat.view(), canvas, readout.node());
        type = new PlotType(getChildren(), this::redraw);
        getStyleClass().add("decision-boundary-view");
        setMinSize(240, 200);
        setPrefSize(720, 560);
        canvas.setOnMouseMoved(this::hover);
        canvas.setOnMouseExited(e -> {
            readout.hide();
            edits.setHovered(-1);
            tellPointer(Double.NaN, Double.NaN, -1);
        });
        edits.attachTo(canvas);
    }

    /** The points to show: two feature columns. Keeps the axes unless a point falls outside them. */
    public void setData(Dataset newData) {
        if (newData != null && newData.featureCount() != 2) {
            throw new IllegalArgumentException("the boundary view shows two features; the data has "
                    + newData.featureCount());
        }
        boolean newSource = data == null || newData == null || !data.name().equals(newData.name());
        data = newData;
        if (newSource || domain == null || !containsAll(domain, newData)) {
            domain = domainOf(newData);
        }
        redraw();
    }

    /**
     * The model whose regions are painted; null paints none (before training starts). Only the
     * heatmap is repainted: the points and axes stay as they are, which keeps a playing lesson
     * within its frame.
     */
    public void setModel(ClassProbabilities newModel) {
        boolean hadModel = model != null;
        model = newModel;
        if (transform == null || hadModel != (newModel != null)) {
            redraw();
        } else {
            paintHeat();
        }
    }

    /**
     * What the lesson draws over the points (a line, a query and its neighbours, ellipses);
     * {@link PlotOverlay#NONE} for nothing. Redraws the points and the overlay, not the heatmap.
     */
    public void setOverlay(PlotOverlay newOverlay) {
        overlay = newOverlay == null ? PlotOverlay.NONE : newOverlay;
        if (transform != null) {
            drawOverlay();
        }
    }

    /**
     * Coarse heatmap (draft) while a lesson plays fast, painted off the FX thread and shown a
     * moment later; back to full resolution repaints at once.
     */
    public void setDraft(boolean draft) {
        BoundaryRaster wanted = draft ? draftRaster : fullRaster;
        if (wanted != raster) {
            raster = wanted;
            if (transform != null) {
                paintHeat();
            }
        }
    }

    /**
     * Shows this rectangle of the feature plane until data from another source, or a point
     * outside it, arrives. Null computes it from the data again.
     */
    public void setDomain(Domain newDomain) {
        domain = newDomain != null ? newDomain : domainOf(data);
        redraw();
    }

    public void setEditable(boolean value) { edits.setEditable(value); }

    /** The class of points added by clicking. */
    public void setEditClass(int classIndex) { edits.setAddClass(() -> classIndex); }

    public void setPointEditListener(PointEditListener newListener) { edits.setListener(newListener); }

    /** Who is told where the pointer is over the plot; null for no one. */
    public void setPointerListener(PointerListener newListener) { pointerListener = newListener; }

    private void tellPointer(double x, double y, int row) {
        if (pointerListener != null) {
            pointerListener.pointerAt(x, y, row);
        }
    }

    /** Ink for axes and labels (light or dark theme). */
    /** The theme's ink and paper ({@link PlotInk}). */
    public void setDark(boolean dark) {
        setInk(PlotInk.ink(dark));
        setPaper(PlotInk.paper(dark));
    }

    public void setInk(Color newInk) {
        ink = newInk;
        redraw();
    }

    /**
     * The plot's ground: shown before a model exists and where the model is unsure. Near-white
     * on a light theme, a dark grey on a dark one.
     */
    public void setPaper(Color newPaper) {
        paper = newPaper;
        paperOnRasters(newPaper);
        redraw();
    }

    private void paperOnRasters(Color newPaper) {
        int argb = ColorMaps.argb(newPaper);
        for (BoundaryRaster each : new BoundaryRaster[] {fullRaster, draftRaster}) {
            // A draft may be being painted in the background.
            synchronized (each) {
                each.setPaper(argb);
            }
        }
    }

    public Domain domain() { return domain; }

    /** The data-to-pixel mapping of the last redraw, or null before layout. */
    public PlotTransform transform() { return transform; }

    /** The raster last painted (for tests and benchmarks). */
    public BoundaryRaster raster() { return raster; }

    /** The heatmap's image on screen (tests). */
    ScreenImage heatImage() { return heat; }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double height = getHeight();
        if (canvas.getWidth() != width || canvas.getHeight() != height) {
            canvas.setWidth(width);
            canvas.setHeight(height);
            // The plot moved under a pointer that did not: the readout would name another place
            // (F11 resizes the view under a still pointer). The next move reads out afresh.
            readout.hide();
            edits.setHovered(-1);
            tellPointer(Double.NaN, Double.NaN, -1);
            redraw();
        }
        readout.node().autosize();
    }

    /** Repaints the heatmap and the overlay from the current data and model. */
    public void redraw() {
        if (domain == null || getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        transform = Axes.layout(domain, getWidth(), getHeight(), type.scale());
        if (paintsHeatNow()) {
            // A resize would scale the old picture to the new size only to paint over it.
            heat.forgetRaster();
        }
        heat.place(transform.left(), transform.top(), transform.width(), transform.height());
        paintHeat();
        drawOverlay();
    }

    /** A full picture is painted on the FX thread; a draft, in the background while the old one shows. */
    private boolean paintsHeatNow() {
        return model != null && raster != draftRaster;
    }

    private void paintHeat() {
        if (paintsHeatNow()) {
            painter.paintNow(raster, model, domain);
        } else if (model != null) {
            painter.paintLater(raster, model, domain);
        }
        heat.view().setVisible(model != null);
    }

    private void drawOverlay() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (data == null) {
            return;
        }
        if (model == null) {
            g.setFill(paper);
            g.fillRect(transform.left(), transform.top(), transform.width(), transform.height());
        }
        Axes.draw(g, transform, data.featureNames().get(0), data.featureNames().get(1), ink, type.scale());
        g.save();
        g.beginPath();
        g.rect(transform.left(), transform.top(), transform.width(), transform.height());
        g.clip();
        g.setLineWidth(2);
        for (int i = 0; i < data.size(); i++) {
            boolean dragging = edits.dragging(i);
            double px = dragging ? edits.dragX() : transform.toPixelX(data.feature(i, 0));
            double py = dragging ? edits.dragY() : transform.toPixelY(data.feature(i, 1));
            Color color = data.isClassification() ? ColorMaps.classColor(data.label(i)) : Color.GRAY;
            if (data.isHeldOut(i)) {
                // Held out: hollow, a ring of its class's colour on a white one, never trained on.
                g.setStroke(Color.WHITE);
                g.setLineWidth(5);
                g.strokeOval(px - POINT_RADIUS, py - POINT_RADIUS, 2 * POINT_RADIUS, 2 * POINT_RADIUS);
                g.setStroke(color);
                g.setLineWidth(3);
            } else {
                g.setFill(color);
                g.fillOval(px - POINT_RADIUS, py - POINT_RADIUS, 2 * POINT_RADIUS, 2 * POINT_RADIUS);
                g.setStroke(Color.WHITE);
            }
            g.strokeOval(px - POINT_RADIUS, py - POINT_RADIUS, 2 * POINT_RADIUS, 2 * POINT_RADIUS);
            // A thin dark ring outside the white one: a point stays visible on its own class's region.
            double ring = POINT_RADIUS + 1.6;
            g.setStroke(POINT_RING);
            g.setLineWidth(1);
            g.strokeOval(px - ring, py - ring, 2 * ring, 2 * ring);
            g.setLineWidth(2);
        }
        g.save();
        overlay.draw(new OverlayPen(g, transform, ink, type.scale()));
        g.restore();
        g.restore();
    }

    private void hover(MouseEvent event) {
        if (data == null || transform == null || !transform.containsPixel(event.getX(), event.getY())) {
            readout.hide();
            edits.setHovered(-1);
            tellPointer(Double.NaN, Double.NaN, -1);
            return;
        }
        edits.setHovered(pointAt(event.getX(), event.getY()));
        readout.show(data, model, transform.toDataX(event.getX()), transform.toDataY(event.getY()),
                event.getX(), event.getY(), getWidth());
        tellPointer(transform.toDataX(event.getX()), transform.toDataY(event.getY()), edits.hovered());
    }

    /** The row of the point under a pixel, or -1. */
    public int pointAt(double pixelX, double pixelY) {
        if (data == null || transform == null) {
            return -1;
        }
        int best = -1;
        double bestDistance = HIT_RADIUS;
        for (int i = 0; i < data.size(); i++) {
            double distance = Math.hypot(transform.toPixelX(data.feature(i, 0)) - pixelX,
                    transform.toPixelY(data.feature(i, 1)) - pixelY);
            if (distance <= bestDistance) {
                bestDistance = distance;
                best = i;
            }
        }
        return best;
    }

    private static boolean containsAll(Domain domain, Dataset data) {
        for (int i = 0; data != null && i < data.size(); i++) {
            if (!domain.contains(data.feature(i, 0), data.feature(i, 1))) {
                return false;
            }
        }
        return true;
    }

    /** The data's bounding box grown by 12 % on each side (a unit square around a single point). */
    static Domain domainOf(Dataset data) {
        if (data == null || data.size() == 0) {
            return new Domain(-1, 1, -1, 1);
        }
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < data.size(); i++) {
            xMin = Math.min(xMin, data.feature(i, 0));
            xMax = Math.max(xMax, data.feature(i, 0));
            yMin = Math.min(yMin, data.feature(i, 1));
            yMax = Math.max(yMax, data.feature(i, 1));
        }
        if (xMax - xMin < 1e-9) {
            xMin -= 0.5;
            xMax += 0.5;
        }
        if (yMax - yMin < 1e-9) {
            yMin -= 0.5;
            yMax += 0.5;
        }
        return new Domain(xMin, xMax, yMin, yMax).padded(0.12);
    }
}
