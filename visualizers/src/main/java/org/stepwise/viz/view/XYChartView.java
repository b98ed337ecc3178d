package org.stepwise.viz.view;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.stepwise.algo.Domain;

/**
 * An XY chart for any x: points (x, y) ({@link ScatterLayer}), polylines given point by point
 * ({@link Line}: coefficient paths against log α, learning curves), a curve y = f(x) the lesson
 * supplies (sampled every two pixels across the plot) with optionally each point's residual (a
 * segment from the point to the curve) and a faint dashed "ghost" of the previous curve, so a
 * step's change shows, and a dashed vertical marker (the current α). Residuals against fitted
 * values, a Q-Q plot and a regression's data are all this chart. On the {@link PlotView} base:
 * axes in the theme's type, the lesson's overlay on top, points editable.
 */
public class XYChartView extends PlotView {

    /** The colour of a fitted curve (and a reference line): vermillion, apart from the blue points. */
    public static final Color CURVE = ColorMaps.classColor(3);

    /**
     * A polyline through the first {@code count} points (xs[i], ys[i]), in {@code color},
     * {@code width} pixels (times the type scale), named at its first point when {@code name}
     * is not empty. The arrays are read, not copied.
     */
    public record Line(double[] xs, double[] ys, int count, Color color, double width, String name) {
    }

    private final ScatterLayer points = new ScatterLayer(this);
    private double[] xs = new double[0];
    private double[] ys = new double[0];
    private DoubleUnaryOperator curve;
    private DoubleUnaryOperator ghost;
    private boolean residuals;
    private List<Line> lines = List.of();
    private double markerX = Double.NaN;
    private boolean namesAtEnd;

    public XYChartView() {
        this("xy-chart-view");
    }

    protected XYChartView(String styleClass) {
        super(styleClass);
        points.setStyle(6, true, 1.5, false);
        addLayer(this::drawLines);
        addLayer(points);
        addMovingLayer(this::drawCurves);
    }

    /**
     * The points to show (not copied: read until the next call, so a caller may refill the same
     * arrays and call again) and the axes' names. The axes stay unless a point falls outside them
     * or the names change.
     */
    public void setPoints(double[] newXs, double[] newYs, String newXName, String newYName) {
        boolean newAxes = !newXName.equals(xName()) || !newYName.equals(yName());
        points.setPoints(newXs, newYs);
        xs = newXs;
        ys = newYs;
        useAxisNames(newXName, newYName);
        if (newAxes || domain() == null || !points.inside(domain())) {
            useDomain(points.bounds());
        }
        redraw();
    }

    /** The colour of the points. */
    public void setPointColor(Color color) {
        points.setColor(color);
        redrawCanvas();
    }

    /** The points' layer (held-out points, colours by assignment). */
    public ScatterLayer points() { return points; }

    /**
     * The curve y = f(x) drawn across the plot and the curve before the last change (drawn faint
     * and dashed beneath it); either may be null. Redraws once.
     */
    public void setCurves(DoubleUnaryOperator current, DoubleUnaryOperator previous) {
        curve = current;
        ghost = previous;
        redrawMoving();
    }

    /** Whether each point is joined to the curve by its residual segment. */
    public void setResiduals(boolean show) {
        residuals = show;
        redrawMoving();
    }

    /** The polylines to draw under the points (none by default). */
    public void setLines(List<Line> newLines) {
        if (newLines.equals(lines)) {
            return;
        }
        lines = List.copyOf(newLines);
        redraw();
    }

    /**
     * Whether each named line's name stands at its last point (lines that grow with the steps,
     * named at their heads) rather than its first.
     */
    public void setNamesAtEnd(boolean atEnd) {
        namesAtEnd = atEnd;
        redraw();
    }

    /** A dashed vertical line at x (NaN for none): where the run stands on a path. */
    public void setMarkerX(double x) {
        if (Double.compare(x, markerX) == 0) {
            return;
        }
        markerX = x;
        redraw();
    }

    @Override
    protected Domain defaultDomain() { return points.bounds(); }

    /** The lines and the marker, under the points. */
    private void drawLines(OverlayPen pen) {
        PlotTransform t = pen.transform();
        if (!Double.isNaN(markerX)) {
            pen.dashedSegment(markerX, t.domain().yMin(), markerX, t.domain().yMax(), pen.ink(), 1.5);
        }
        for (Line line : lines) {
            pen.path(line.xs(), line.ys(), line.count(), line.color(), line.width());
        }
        labelLines(pen, t);
    }

    /**
     * Residuals, the ghost and the curve: a moving layer, over the points, so that a step that
     * moves the curve leaves the axes and the points as the renderer drew them. A residual runs
     * from its point's rim, not its centre, so the mark stays whole.
     */
    private void drawCurves(OverlayPen pen) {
        GraphicsContext g = pen.graphics();
        PlotTransform t = pen.transform();
        double scale = pen.scale();
        if (residuals && curve != null) {
            g.setStroke(pen.ink().deriveColor(0, 1, 1, 0.5));
            g.setLineWidth(1.5 * scale);
            // One path for all: the renderer sets up once, where a stroke each cost hundreds a frame.
            // Square ends: round ones (the plot's clip sets them) are two curves a segment for a
            // software renderer to stroke, and do not show at this width.
            g.setLineCap(javafx.scene.shape.StrokeLineCap.BUTT);
            double rim = points.pixelRadius(pen);
            g.beginPath();
            for (int i = 0; i < xs.length; i++) {
                double px = points.pixelX(t, i);
                double py = points.pixelY(t, i);
                double onCurve = t.toPixelY(curve.applyAsDouble(t.toDataX(px)));
                if (Math.abs(onCurve - py) > rim) {
                    g.moveTo(px, py + Math.copySign(rim, onCurve - py));
                    g.lineTo(px, onCurve);
                }
            }
            g.stroke();
        }
        if (ghost != null) {
            g.setLineDashes(6 * scale, 6 * scale);
            pen.curve(ghost, CURVE.deriveColor(0, 1, 1, 0.45), 2);
            g.setLineDashes((double[]) null);
        }
        if (curve != null) {
            pen.curve(curve, CURVE, 3.5);
        }
    }

    /**
     * Each named line's name at its first point (its last with {@link #setNamesAtEnd}), moved
     * down where names would overlap (paths that start close together, as coefficient paths at a
     * small α do): at least a line of type apart, in the order the points lie from the top.
     */
    private void labelLines(OverlayPen pen, PlotTransform t) {
        List<Line> named = lines.stream().filter(line -> !line.name().isEmpty() && line.count() > 0).toList();
        double[] pixelY = new double[named.size()];
        Integer[] order = new Integer[named.size()];
        for (int i = 0; i < named.size(); i++) {
            pixelY[i] = t.toPixelY(named.get(i).ys()[namedPoint(named.get(i))]);
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingDouble(i -> pixelY[i]));
        double gap = 14 * pen.scale();
        double previous = Double.NEGATIVE_INFINITY;
        // The axes leave the alignment as their tick labels need it; a name starts at its point.
        pen.graphics().setTextAlign(javafx.scene.text.TextAlignment.LEFT);
        for (int i : order) {
            pixelY[i] = Math.max(pixelY[i], previous + gap);
            previous = pixelY[i];
            Line line = named.get(i);
            pen.label(line.xs()[namedPoint(line)], t.toDataY(pixelY[i]), line.name(), line.color(), 12);
        }
    }

    private int namedPoint(Line line) {
        return namesAtEnd ? line.count() - 1 : 0;
    }

    /** The points' bounding box grown by 12 % on each side (a unit square around a single value). */
    public static Domain domainOf(double[] xs, double[] ys) {
        return ScatterLayer.bounds(xs, ys);
    }
}
