package org.stepwise.viz.lessons.linear;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.stepwise.viz.view.PlotInk;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.stepwise.viz.view.PlotTransform;

/**
 * The penalty's level set through the current coefficients, drawn over the loss contours of two
 * features: the points w with l1_ratio·‖w‖₁ + ½(1 − l1_ratio)‖w‖₂² = the same value at the
 * current w. Lasso's is a diamond (corners on the axes, which is why its solutions touch the
 * contours at a corner and set a coefficient to exactly 0), ridge's a circle, elastic net's a
 * diamond with rounded sides. At the optimum the region just touches a contour of the data term.
 */
final class PenaltyRegion {

    /** Points around the boundary; a multiple of 4, so the diamond's corners are among them. */
    static final int POINTS = 96;

    private final Canvas canvas = new Canvas();
    private final double[] xs = new double[POINTS];
    private final double[] ys = new double[POINTS];
    private final double[] px = new double[POINTS];
    private final double[] py = new double[POINTS];

    PenaltyRegion() {
        canvas.setMouseTransparent(true);
    }

    Canvas canvas() { return canvas; }

    /**
     * The boundary through (w1, w2) for the given L1 share, written into xs and ys (data
     * coordinates); false when w = 0 (the region is a point).
     */
    static boolean boundary(double l1Ratio, double w1, double w2, double[] xs, double[] ys) {
        double level = l1Ratio * (Math.abs(w1) + Math.abs(w2)) + 0.5 * (1 - l1Ratio) * (w1 * w1 + w2 * w2);
        if (!(level > 0)) {
            return false;
        }
        for (int k = 0; k < xs.length; k++) {
            double angle = 2 * Math.PI * k / xs.length;
            double ux = Math.cos(angle);
            double uy = Math.sin(angle);
            double s = Math.abs(ux) + Math.abs(uy);
            // r solves ½(1 − l1)·r² + l1·s·r = level along the direction u.
            double r = l1Ratio >= 1 ? level / s
                    : (-l1Ratio * s + Math.sqrt(l1Ratio * l1Ratio * s * s + 2 * (1 - l1Ratio) * level)) / (1 - l1Ratio);
            xs[k] = r * ux;
            ys[k] = r * uy;
        }
        return true;
    }

    /** Draws the region through (w1, w2) on the given plot, or clears it. */
    void draw(PlotTransform t, double l1Ratio, double w1, double w2, String label, Color ink, double scale) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (t == null || !boundary(l1Ratio, w1, w2, xs, ys)) {
            return;
        }
        g.save();
        for (int k = 0; k < POINTS; k++) {
            px[k] = t.toPixelX(xs[k]);
            py[k] = t.toPixelY(ys[k]);
        }
        Color region = Color.rgb(230, 159, 0);
        g.setFill(region.deriveColor(0, 1, 1, 0.25));
        g.fillPolygon(px, py, POINTS);
        g.setStroke(Color.rgb(0, 0, 0, 0.5));
        g.setLineWidth(6 * scale);
        g.strokePolygon(px, py, POINTS);
        g.setStroke(region);
        g.setLineWidth(3.5 * scale);
        g.strokePolygon(px, py, POINTS);
        g.setFont(Font.font(null, FontWeight.BOLD, 16 * scale));
        // Bottom left: the legend takes the top.
        org.stepwise.viz.view.TextPlates.write(g, label, t.left() + 12 * scale, t.top() + t.height() - 14 * scale, ink,
                PlotInk.halo(ink), 4 * scale);
        g.restore();
        // Kept to the plot as the plot keeps its own layers: a canvas clip is dear on the software pipeline.
        org.stepwise.viz.view.PlotView.clearMargins(g, t, canvas);
    }
}
