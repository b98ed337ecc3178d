package org.stepwise.viz.view;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * The shapes a {@link PlotOverlay} draws, each given in data coordinates and drawn at a size
 * that follows the plot's type scale (presentation mode draws them 1.4 times larger). Wraps the
 * plot's canvas, already clipped to the plot's rectangle; colours are the caller's (class
 * colours from {@link ColorMaps}, or {@link #ink()} for the plot's own text colour).
 */
public final class OverlayPen {

    private final GraphicsContext g;
    private final PlotTransform transform;
    private final Color ink;
    private final double scale;
    private final Color paper;

    OverlayPen(GraphicsContext g, PlotTransform transform, Color ink, Color paper, double scale) {
        this.g = g;
        this.transform = transform;
        this.ink = ink;
        this.paper = paper;
        this.scale = scale;
    }

    /** The plot's ground where no heatmap covers it. */
    public Color paper() { return paper; }

    /** The plot's text and axis colour: dark on the light theme, light on the dark one. */
    public Color ink() { return ink; }

    /** The plot's type scale: 1 normally, larger in presentation mode. */
    public double scale() { return scale; }

    /** Data to pixels. */
    public PlotTransform transform() { return transform; }

    /** The canvas itself, for what no method here draws. Restore anything you change. */
    public GraphicsContext graphics() { return g; }

    /**
     * The line a + b·x + c·y = 0 across the whole plot (a linear model's decision boundary), or
     * nothing when b and c are both 0.
     */
    public void line(double a, double b, double c, Color color, double width) {
        var d = transform.domain();
        if (Math.abs(c) >= Math.abs(b) && c != 0) {
            segment(d.xMin(), -(a + b * d.xMin()) / c, d.xMax(), -(a + b * d.xMax()) / c, color, width);
        } else if (b != 0) {
            segment(-(a + c * d.yMin()) / b, d.yMin(), -(a + c * d.yMax()) / b, d.yMax(), color, width);
        }
    }

    /** A straight segment from (x1, y1) to (x2, y2). */
    public void segment(double x1, double y1, double x2, double y2, Color color, double width) {
        g.setStroke(color);
        g.setLineWidth(width * scale);
        g.setLineCap(StrokeLineCap.ROUND);
        g.strokeLine(transform.toPixelX(x1), transform.toPixelY(y1), transform.toPixelX(x2), transform.toPixelY(y2));
    }

    /** A dashed segment: a relation rather than a thing (a point joined to its neighbour). */
    public void dashedSegment(double x1, double y1, double x2, double y2, Color color, double width) {
        g.setLineDashes(6 * scale, 5 * scale);
        segment(x1, y1, x2, y2, color, width);
        g.setLineDashes((double[]) null);
    }

    /**
     * A ring of {@code radius} pixels (times the type scale) around a data point: the point in
     * focus.
     */
    public void ring(double x, double y, double radius, Color color, double width) {
        double r = radius * scale;
        g.setStroke(color);
        g.setLineWidth(width * scale);
        g.strokeOval(transform.toPixelX(x) - r, transform.toPixelY(y) - r, 2 * r, 2 * r);
    }

    /** A filled dot of {@code radius} pixels (times the type scale) with a ring in the ink colour. */
    public void dot(double x, double y, double radius, Color fill) {
        double r = radius * scale;
        double px = transform.toPixelX(x);
        double py = transform.toPixelY(y);
        g.setFill(fill);
        g.fillOval(px - r, py - r, 2 * r, 2 * r);
        g.setStroke(ink);
        g.setLineWidth(2 * scale);
        g.strokeOval(px - r, py - r, 2 * r, 2 * r);
    }

    /** A cross (×) of {@code size} pixels (times the type scale): a query or a centre. */
    public void cross(double x, double y, double size, Color color, double width) {
        double s = size * scale / 2;
        double px = transform.toPixelX(x);
        double py = transform.toPixelY(y);
        g.setStroke(color);
        g.setLineWidth(width * scale);
        g.setLineCap(StrokeLineCap.ROUND);
        g.strokeLine(px - s, py - s, px + s, py + s);
        g.strokeLine(px - s, py + s, px + s, py - s);
    }

    /**
     * A circle of {@code radius} in data units (drawn as an ellipse where the axes' scales
     * differ): a neighbourhood.
     */
    public void circle(double x, double y, double radius, Color color, double width) {
        double rx = Math.abs(transform.toPixelX(x + radius) - transform.toPixelX(x));
        double ry = Math.abs(transform.toPixelY(y + radius) - transform.toPixelY(y));
        g.setStroke(color);
        g.setLineWidth(width * scale);
        g.strokeOval(transform.toPixelX(x) - rx, transform.toPixelY(y) - ry, 2 * rx, 2 * ry);
    }

    /**
     * The ball of {@code radius} (data units) around (x, y) in the Minkowski distance of exponent
     * {@code p}, the curve |dx|ᵖ + |dy|ᵖ = radiusᵖ: a diamond for p = 1 (Manhattan), a circle for
     * p = 2 (Euclidean), a square for p = +∞ (Chebyshev), rounder or squarer between. A k-nearest
     * neighbours' neighbourhood in its own metric. Traced through the plot's transform (96 points
     * for a curved p), so it stays right on unequal axes; allocates nothing.
     */
    public void normBall(double x, double y, double radius, double p, Color color, double width) {
        if (p == 2) {
            circle(x, y, radius, color, width);
            return;
        }
        g.setStroke(color);
        g.setLineWidth(width * scale);
        g.beginPath();
        if (p == 1) {
            ballPoint(true, x + radius, y);
            ballPoint(false, x, y + radius);
            ballPoint(false, x - radius, y);
            ballPoint(false, x, y - radius);
        } else if (Double.isInfinite(p)) {
            ballPoint(true, x + radius, y + radius);
            ballPoint(false, x - radius, y + radius);
            ballPoint(false, x - radius, y - radius);
            ballPoint(false, x + radius, y - radius);
        } else {
            // (sign(cos t)|cos t|^(2/p), sign(sin t)|sin t|^(2/p)) has |u|ᵖ + |v|ᵖ = cos²t + sin²t = 1.
            int points = 96;
            for (int i = 0; i < points; i++) {
                double t = 2 * Math.PI * i / points;
                double c = Math.cos(t);
                double s = Math.sin(t);
                ballPoint(i == 0, x + radius * Math.signum(c) * Math.pow(Math.abs(c), 2 / p),
                        y + radius * Math.signum(s) * Math.pow(Math.abs(s), 2 / p));
            }
        }
        g.closePath();
        g.stroke();
    }

    private void ballPoint(boolean first, double x, double y) {
        if (first) {
            g.moveTo(transform.toPixelX(x), transform.toPixelY(y));
        } else {
            g.lineTo(transform.toPixelX(x), transform.toPixelY(y));
        }
    }

    /**
     * The ellipse (p − μ)ᵀ Σ⁻¹ (p − μ) = k² of a 2 × 2 covariance Σ = [[sxx, sxy], [sxy, syy]]
     * around (mx, my): at k = 1 and 2, a Gaussian's 1σ and 2σ contours. Drawn as a polygon of
     * 72 sides through the plot's transform, so it stays right on unequal axes.
     */
    public void ellipse(double mx, double my, double sxx, double sxy, double syy, double k, Color color,
                        double width) {
        // Σ = R diag(λ1, λ2) Rᵀ; the ellipse is μ + k (√λ1 cos t e1 + √λ2 sin t e2).
        double half = (sxx + syy) / 2;
        double root = Math.sqrt(Math.max(0, (sxx - syy) * (sxx - syy) / 4 + sxy * sxy));
        double l1 = Math.max(0, half + root);
        double l2 = Math.max(0, half - root);
        double angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        double a = k * Math.sqrt(l1);
        double b = k * Math.sqrt(l2);
        int sides = 72;
        double[] xs = new double[sides];
        double[] ys = new double[sides];
        for (int i = 0; i < sides; i++) {
            double t = 2 * Math.PI * i / sides;
            double u = a * Math.cos(t);
            double v = b * Math.sin(t);
            xs[i] = transform.toPixelX(mx + u * cos - v * sin);
            ys[i] = transform.toPixelY(my + u * sin + v * cos);
        }
        g.setStroke(color);
        g.setLineWidth(width * scale);
        g.strokePolygon(xs, ys, sides);
    }

    /**
     * The curve y = f(x) across the plot, sampled every two pixels; a value far off the plot is
     * held just beyond its edge, so a steep curve stays a line.
     */
    public void curve(java.util.function.DoubleUnaryOperator f, Color color, double width) {
        g.setStroke(color);
        g.setLineWidth(width * scale);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(javafx.scene.shape.StrokeLineJoin.ROUND);
        double top = transform.top() - transform.height();
        double bottom = transform.top() + 2 * transform.height();
        double right = transform.left() + transform.width();
        boolean drawing = false;
        g.beginPath();
        for (double px = transform.left(); ; px = Math.min(px + 2, right)) {
            double py = transform.toPixelY(f.applyAsDouble(transform.toDataX(px)));
            if (Double.isNaN(py)) {
                drawing = false;
            } else {
                py = Math.max(top, Math.min(bottom, py));
                if (drawing) {
                    g.lineTo(px, py);
                } else {
                    g.moveTo(px, py);
                    drawing = true;
                }
            }
            if (px >= right) {
                break;
            }
        }
        g.stroke();
    }

    /** A polyline through the first {@code count} points (xs[i], ys[i]); a NaN breaks it. */
    public void path(double[] xs, double[] ys, int count, Color color, double width) {
        g.setStroke(color);
        g.setLineWidth(width * scale);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(javafx.scene.shape.StrokeLineJoin.ROUND);
        g.beginPath();
        boolean drawing = false;
        for (int i = 0; i < count; i++) {
            if (Double.isNaN(xs[i]) || Double.isNaN(ys[i])) {
                drawing = false;
                continue;
            }
            double px = transform.toPixelX(xs[i]);
            double py = transform.toPixelY(ys[i]);
            if (drawing) {
                g.lineTo(px, py);
            } else {
                g.moveTo(px, py);
                drawing = true;
            }
        }
        g.stroke();
    }

    /**
     * A class's mark ({@link ClassMarks}: circle, square, triangle, diamond ...) of {@code radius}
     * pixels (times the type scale) at a data point, filled with an ink rim, or hollow: a
     * centroid, a prototype, a point in the legend's shape.
     */
    public void mark(double x, double y, int shape, double radius, Color color, boolean hollow) {
        ClassMarks.draw(g, shape, transform.toPixelX(x), transform.toPixelY(y), radius * scale, color, ink,
                2 * scale, hollow);
    }

    /**
     * A short text beside a data point (offset right and up by a few pixels), in the plot's
     * type at {@code size} points times the type scale, on a plate of the paper's colour so
     * it reads over the heatmap.
     */
    public void label(double x, double y, String text, Color color, double size) {
        double px = transform.toPixelX(x) + 8 * scale;
        double py = transform.toPixelY(y) - 8 * scale;
        g.setFont(Font.font(null, FontWeight.BOLD, size * scale));
        TextPlates.write(g, text, px, py, color, PlotInk.halo(ink), 3 * scale);
    }

    /**
     * Lines of text in the plot's top-left corner, one under the other (a fitted equation, a
     * score), bold at {@code size} points times the type scale, in the ink on a plate of the
     * paper's colour so they read over points and curves.
     */
    public void caption(double size, String... lines) {
        double px = size * scale;
        g.setFont(Font.font(null, FontWeight.BOLD, px));
        g.setTextAlign(javafx.scene.text.TextAlignment.LEFT);
        g.setTextBaseline(javafx.geometry.VPos.TOP);
        Color halo = PlotInk.halo(ink);
        double x = transform.left() + 12 * scale;
        double y = transform.top() + 10 * scale;
        for (String line : lines) {
            TextPlates.write(g, line, x, y, ink, halo, 4 * scale);
            y += px * 1.35;
        }
        g.setTextBaseline(javafx.geometry.VPos.BASELINE);
    }
}
