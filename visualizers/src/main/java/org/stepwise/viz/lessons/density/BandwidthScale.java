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
 * during the sweep; the learner drags it to choose the bandwidth ({@link BandwidthDrag}).
 */
final class BandwidthScale {

    private static final double TYPE = 13;

    /** Where the track lies in the plot's pixels, and the bandwidths at its ends. */
    record Track(double left, double right, double y, double low, double high, double scale) {

        static Track of(PlotTransform t, double scale, KdeSnapshot s) {
            double low = Math.min(s.sweepLow(), Math.min(s.scott(), s.silverman()) / 1.5);
            double high = Math.max(s.sweepHigh(), Math.max(s.scott(), s.silverman()) * 1.5);
            double width = Math.min(t.width() * 0.42, 460 * scale);
            double right = t.left() + t.width() - 24 * scale;
            return new Track(right - width, right, t.top() + 38 * scale, low, high, scale);
        }

        /** The pixel of bandwidth h on the logarithmic track. */
        double at(double h) {
            return left + (Math.log(h / low) / Math.log(high / low)) * (right - left);
        }

        /** The bandwidth under pixel x, held to the track's ends. */
        double bandwidthAt(double x) {
            double share = Math.max(0, Math.min(1, (x - left) / (right - left)));
            return low * Math.pow(high / low, share);
        }

        /** Whether (x, y) is on the track or its knob: within a knob's height of it. */
        boolean contains(double x, double y) {
            return x >= left - 10 * scale && x <= right + 10 * scale && Math.abs(y - this.y) <= 14 * scale;
        }
    }

    private BandwidthScale() {
    }

    /** The scale with the knob at {@code knobAt} (this step's bandwidth, or one the learner is dragging). */
    static void draw(OverlayPen pen, KdeSnapshot s, double knobAt) {
        GraphicsContext g = pen.graphics();
        double scale = pen.scale();
        Track track = Track.of(pen.transform(), scale, s);
        double left = track.left();
        double right = track.right();
        double y = track.y();
        Color ink = pen.ink();
        Color halo = PlotInk.halo(ink);

        g.setFill(halo.deriveColor(0, 1, 1, 0.82));
        g.fillRoundRect(left - 44 * scale, y - 32 * scale, right - left + 60 * scale, 64 * scale, 10 * scale, 10 * scale);
        g.setStroke(ink.deriveColor(0, 1, 1, 0.55));
        g.setLineWidth(4 * scale);
        g.strokeLine(left, y, right, y);

        g.setFont(Font.font(null, FontWeight.BOLD, TYPE * scale));
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.RIGHT);
        TextPlates.write(g, "h", left - 12 * scale, y, ink, halo, 2 * scale);
        g.setTextAlign(TextAlignment.CENTER);
        tick(g, track.at(s.scott()), y, -1, "Scott", ink, halo, scale);
        tick(g, track.at(s.silverman()), y, 1, "Silverman", ink, halo, scale);

        double knob = track.at(knobAt);
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
}
