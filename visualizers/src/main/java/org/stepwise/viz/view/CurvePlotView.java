package org.stepwise.viz.view;

import java.util.function.DoubleUnaryOperator;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import org.stepwise.algo.Domain;

/**
 * Points (x, y) of a one-feature regression, a curve y = f(x) the lesson supplies (sampled every
 * two pixels across the plot), optionally the residual of each point (a segment from the point
 * to the curve) and a faint dashed "ghost" of the previous curve, so a step's change shows. Axes
 * follow the theme's type size ({@link PlotType}); a {@link PlotOverlay} draws over the rest.
 * When editable, a click on empty space adds a point, a drag moves one, a right click (or Delete
 * over a point) removes one, reported to the {@link PointEditListener} as in
 * {@link DecisionBoundaryView}. The picture is one canvas cleared and drawn on the FX thread:
 * a few hundred points, a polyline and segments, well within a frame.
 */
public final class CurvePlotView extends Region {

    private static final double POINT_RADIUS = 6;
    private static final double HIT_RADIUS = 10;
    private static final double SAMPLE_SPACING = 2;
    private static final Color POINT_FILL = ColorMaps.classColor(0);
    private static final Color CURVE = ColorMaps.classColor(3);

    private final Canvas canvas = new Canvas();
    private final PlotType type;
    private double[] xs = new double[0];
    private double[] ys = new double[0];
    /** Which points are held out (drawn hollow); null when none is. */
    private boolean[] heldOut;
    private String xName = "x";
    private String yName = "y";
    private DoubleUnaryOperator curve;
    private DoubleUnaryOperator ghost;
    private boolean residuals;
    private PlotOverlay overlay = PlotOverlay.NONE;
    private Domain domain;
    private PlotTransform transform;
    /** The curve's pixels, reused from frame to frame (grown with the plot's width). */
    private double[] curveX = new double[0];
    private double[] curveY = new double[0];
    private Color ink = PlotInk.LIGHT_INK;
    private Color paper = PlotInk.LIGHT_PAPER;
    /** True inside {@link #change}: the setters leave the drawing to its end. */
    private boolean holding;
    private final PointEditGestures edits = new PointEditGestures(this, () -> transform, this::pointAt, this::redraw);

    public CurvePlotView() {
        getChildren().add(canvas);
        type = new PlotType(getChildren(), this::redraw);
        getStyleClass().add("curve-plot-view");
        setMinSize(240, 200);
        setPrefSize(720, 560);
        canvas.setOnMouseMoved(e -> edits.setHovered(pointAt(e.getX(), e.getY())));
        canvas.setOnMouseExited(e -> edits.setHovered(-1));
        edits.attachTo(canvas);
    }

    /**
     * The points to show (not copied: read until the next call, so a caller may refill the same
     * arrays and call again) and the axes' names. The axes stay unless a point falls outside them
     * or the names change.
     */
    public void setPoints(double[] newXs, double[] newYs, String newXName, String newYName) {
        if (newXs.length != newYs.length) {
            throw new IllegalArgumentException(newXs.length + " x values but " + newYs.length + " y values");
        }
        boolean newAxes = !newXName.equals(xName) || !newYName.equals(yName);
        xs = newXs;
        ys = newYs;
        xName = newXName;
        yName = newYName;
        if (newAxes || domain == null || !containsAll(domain)) {
            domain = domainOf(xs, ys);
        }
        redraw();
    }

    /**
     * Which of the points are held out, drawn hollow (never fitted on); {@code null} when none
     * is. Not copied: read until the next call. Redraws once.
     */
    public void setHeldOut(boolean[] mask) {
        heldOut = mask;
        redraw();
    }

    /**
     * The curve y = f(x) drawn across the plot and the curve before the last change (drawn faint
     * and dashed beneath it); either may be null. Redraws once.
     */
    public void setCurves(DoubleUnaryOperator current, DoubleUnaryOperator previous) {
        curve = current;
        ghost = previous;
        redraw();
    }

    /** Whether each point is joined to the curve by its residual segment. */
    public void setResiduals(boolean show) {
        residuals = show;
        redraw();
    }

    /** What the lesson draws over the points and curve, in data coordinates; {@link PlotOverlay#NONE} for nothing. */
    public void setOverlay(PlotOverlay newOverlay) {
        overlay = newOverlay == null ? PlotOverlay.NONE : newOverlay;
        redraw();
    }

    /** Shows this rectangle until a point falls outside it; null computes it from the points. */
    public void setDomain(Domain newDomain) {
        domain = newDomain != null ? newDomain : domainOf(xs, ys);
        redraw();
    }

    public void setEditable(boolean value) { edits.setEditable(value); }

    public void setPointEditListener(PointEditListener newListener) { edits.setListener(newListener); }

    /** The theme's ink and paper ({@link PlotInk}). */
    public void setDark(boolean dark) {
        setInk(PlotInk.ink(dark));
        setPaper(PlotInk.paper(dark));
    }

    /** Ink for axes, labels and residuals (light or dark theme). */
    public void setInk(Color newInk) {
        ink = newInk;
        redraw();
    }

    /** The plot's ground: near-white on a light theme, a dark grey on a dark one. */
    public void setPaper(Color newPaper) {
        paper = newPaper;
        redraw();
    }

    public Domain domain() { return domain; }

    /** The data-to-pixel mapping of the last redraw, or null before layout. */
    public PlotTransform transform() { return transform; }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            edits.setHovered(-1);
            redraw();
        }
    }

    /**
     * Runs {@code changes} (calls of this view's setters) and draws once after them, where each
     * setter alone would draw: a lesson that sets the curve, the overlay and the points of a
     * snapshot draws one picture a frame, not three.
     */
    public void change(Runnable changes) {
        holding = true;
        try {
            changes.run();
        } finally {
            holding = false;
        }
        redraw();
    }

    /** Clears the canvas and draws the ground, axes, residuals, curves, points and overlay. */
    public void redraw() {
        if (holding || domain == null || getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        transform = Axes.layout(domain, getWidth(), getHeight(), type.scale());
        double scale = type.scale();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        g.setFill(paper);
        g.fillRect(transform.left(), transform.top(), transform.width(), transform.height());
        Axes.draw(g, transform, xName, yName, ink, scale);
        g.save();
        g.beginPath();
        g.rect(transform.left(), transform.top(), transform.width(), transform.height());
        g.clip();
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        if (residuals && curve != null) {
            g.setStroke(ink.deriveColor(0, 1, 1, 0.5));
            g.setLineWidth(1.5 * scale);
            for (int i = 0; i < xs.length; i++) {
                double px = pointX(i);
                g.strokeLine(px, pointY(i), px, transform.toPixelY(curve.applyAsDouble(transform.toDataX(px))));
            }
        }
        if (ghost != null) {
            g.setLineDashes(6 * scale, 6 * scale);
            strokeCurve(g, ghost, CURVE.deriveColor(0, 1, 1, 0.45), 2 * scale);
            g.setLineDashes((double[]) null);
        }
        if (curve != null) {
            strokeCurve(g, curve, CURVE, 3.5 * scale);
        }
        double r = POINT_RADIUS * Math.sqrt(scale);
        g.setLineWidth(1.5);
        g.setStroke(Color.WHITE);
        g.setFill(POINT_FILL);
        for (int i = 0; i < xs.length; i++) {
            double px = pointX(i);
            double py = pointY(i);
            if (heldOut != null && i < heldOut.length && heldOut[i]) {
                // Held out: hollow, a ring of the points' colour on a white one.
                g.setLineWidth(5);
                g.strokeOval(px - r, py - r, 2 * r, 2 * r);
                g.setStroke(POINT_FILL);
                g.setLineWidth(3);
                g.strokeOval(px - r, py - r, 2 * r, 2 * r);
                g.setStroke(Color.WHITE);
                g.setLineWidth(1.5);
                continue;
            }
            g.fillOval(px - r, py - r, 2 * r, 2 * r);
            g.strokeOval(px - r, py - r, 2 * r, 2 * r);
        }
        g.save();
        overlay.draw(new OverlayPen(g, transform, ink, scale));
        g.restore();
        g.restore();
    }

    /** Samples f every two pixels; a value off the plot by far is held just beyond its edge (a steep curve stays a line). */
    private void strokeCurve(GraphicsContext g, DoubleUnaryOperator f, Color color, double width) {
        int count = (int) Math.ceil(transform.width() / SAMPLE_SPACING) + 1;
        if (curveX.length < count) {
            curveX = new double[count];
            curveY = new double[count];
        }
        double top = transform.top() - transform.height();
        double bottom = transform.top() + 2 * transform.height();
        int drawn = 0;
        for (int s = 0; s < count; s++) {
            double px = Math.min(transform.left() + s * SAMPLE_SPACING, transform.left() + transform.width());
            double py = transform.toPixelY(f.applyAsDouble(transform.toDataX(px)));
            if (Double.isNaN(py)) {
                continue;
            }
            curveX[drawn] = px;
            curveY[drawn++] = Math.max(top, Math.min(bottom, py));
        }
        g.setStroke(color);
        g.setLineWidth(width);
        g.strokePolyline(curveX, curveY, drawn);
    }

    private double pointX(int i) { return edits.dragging(i) ? edits.dragX() : transform.toPixelX(xs[i]); }

    private double pointY(int i) { return edits.dragging(i) ? edits.dragY() : transform.toPixelY(ys[i]); }

    /** The index of the point under a pixel, or -1. */
    public int pointAt(double pixelX, double pixelY) {
        if (transform == null) {
            return -1;
        }
        int best = -1;
        double bestDistance = HIT_RADIUS;
        for (int i = 0; i < xs.length; i++) {
            double distance = Math.hypot(transform.toPixelX(xs[i]) - pixelX, transform.toPixelY(ys[i]) - pixelY);
            if (distance <= bestDistance) {
                bestDistance = distance;
                best = i;
            }
        }
        return best;
    }

    private boolean containsAll(Domain d) {
        for (int i = 0; i < xs.length; i++) {
            if (!d.contains(xs[i], ys[i])) {
                return false;
            }
        }
        return true;
    }

    /** The points' bounding box grown by 12 % on each side (a unit square around a single value). */
    public static Domain domainOf(double[] xs, double[] ys) {
        if (xs.length == 0) {
            return new Domain(-1, 1, -1, 1);
        }
        double[] x = range(xs);
        double[] y = range(ys);
        return new Domain(x[0], x[1], y[0], y[1]).padded(0.12);
    }

    /** {min, max} of the values, widened to a unit range when they are all (nearly) equal. */
    private static double[] range(double[] values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return max - min < 1e-9 ? new double[] {min - 0.5, max + 0.5} : new double[] {min, max};
    }
}
