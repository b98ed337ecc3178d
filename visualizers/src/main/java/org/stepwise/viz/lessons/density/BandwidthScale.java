package org.stepwise.viz.lessons.density;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.stepwise.algo.density.KdeSnapshot;
import org.stepwise.viz.view.OverlayPen;
import org.stepwise.viz.view.PlotInk;
import org.stepwise.viz.view.PlotTransform;
import org.stepwise.viz.view.TextPlates;
import org.stepwise.viz.view.XYChartView;

/**
 * The bandwidth as a slider drawn across the top right of a plot: a logarithmic track over the
 * sweep (a tenth to ten times the chosen h, widened to take in both rules), ticks at Scott's and
 * Silverman's bandwidths (named above and below the track, since they lie close together), and
 * the knob at this step's h (its value is in the plot's caption). The knob moves along the track
 * during the sweep.
 */
final class BandwidthScale {

    private static final double TYPE = 13;

    private BandwidthScale() {
    }

    static void draw(OverlayPen pen, KdeSnapshot s) {
        GraphicsContext g = pen.graphics();
        PlotTransform t = pen.transform();
        double scale = pen.scale();
        double low = Math.min(s.sweepLow(), Math.min(s.scott(), s.silverman()) / 1.5);
        double high = Math.max(s.sweepHigh(), Math.max(s.scott(), s.silverman()) * 1.5);
        double width = Math.min(t.width() * 0.42, 460 * scale);
        double right = t.left() + t.width() - 24 * scale;
        double left = right - width;
        double y = t.top() + 38 * scale;
        Color ink = pen.ink();
        Color halo = PlotInk.halo(ink);

        g.setFill(halo.deriveColor(0, 1, 1, 0.82));
        g.fillRoundRect(left - 44 * scale, y - 32 * scale, width + 60 * scale, 64 * scale, 10 * scale, 10 * scale);
        g.setStroke(ink.deriveColor(0, 1, 1, 0.55));
        g.setLineWidth(4 * scale);
        g.strokeLine(left, y, right, y);

        g.setFont(Font.font(null, FontWeight.BOLD, TYPE * scale));
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.RIGHT);
        TextPlates.write(g, "h", left - 12 * scale, y, ink, halo, 2 * scale);
        g.setTextAlign(TextAlignment.CENTER);
        tick(g, at(s.scott(), low, high, left, right), y, -1, "Scott", ink, halo, scale);
        tick(g, at(s.silverman(), low, high, left, right), y, 1, "Silverman", ink, halo, scale);

        double knob = at(s.bandwidth(), low, high, left, right);
        g.setFill(XYChartView.CURVE);
        g.setStroke(ink);
        g.setLineWidth(2 * scale);
        double r = 8 * scale;
        g.fillOval(knob - r, y - r, 2 * r, 2 * r);
        g.strokeOval(knob - r, y - r, 2 * r, 2 * r);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
    }

    /** A rule's tick across the track, its name above (side −1) or below (+1). */
    private static void tick(GraphicsContext g, double x, double y, int side, String name, Color ink, Color halo,
                             double scale) {
        g.setStroke(ink);
        g.setLineWidth(2.5 * scale);
        g.strokeLine(x, y - 9 * scale, x, y + 9 * scale);
        TextPlates.write(g, name, x, y + side * 20 * scale, ink, halo, 2 * scale);
    }

    /** The pixel of bandwidth h on the logarithmic track. */
    private static double at(double h, double low, double high, double left, double right) {
        return left + (Math.log(h / low) / Math.log(high / low)) * (right - left);
    }
}
