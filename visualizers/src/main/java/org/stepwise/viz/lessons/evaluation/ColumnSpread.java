package org.stepwise.viz.lessons.evaluation;

import java.util.Arrays;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import org.stepwise.data.Dataset;
import org.stepwise.data.RobustScaler;
import org.stepwise.viz.view.BarView;
import org.stepwise.viz.view.ColorMaps;
import org.stepwise.viz.view.OverlayPen;

/**
 * Each feature column's spread on one value axis, a slot per column: its rows as a strip of dots in
 * their class colours (spread sideways by a fixed jitter, so equal values stay visible) and a box
 * from the lower to the upper quartile with the median across it and whiskers to the extremes.
 * Unscaled, a column in thousands stretches the axis and a column of units lies flat on it, which is
 * what k-NN's distances and the loss bowl see; after scaling the two strips have comparable heights.
 * The slots are {@link BarView}'s (their names under them), its bars left empty.
 */
final class ColumnSpread {

    private static final double HALF_WIDTH = 0.32;

    private final BarView view = new BarView();
    private Dataset shown;

    Node node() { return view; }

    BarView plot() { return view; }

    void setDark(boolean dark) { view.setDark(dark); }

    /** The columns of {@code data}, as the scaler applied last leaves them. */
    void show(Dataset data) {
        if (data == shown) {
            return;
        }
        shown = data;
        int columns = data.featureCount();
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < data.size(); i++) {
            for (int j = 0; j < columns; j++) {
                low = Math.min(low, data.feature(i, j));
                high = Math.max(high, data.feature(i, j));
            }
        }
        double span = Math.max(high - low, 1e-9);
        double bottom = Math.min(0, low - span * 0.06);
        // Room above the strips for the columns' names.
        double top = Math.max(0, high + span * 0.3);
        view.change(() -> {
            // No name on the value axis: beside proline's four-digit ticks it would overprint them; the
            // other plots' captions name the scaler.
            view.setAxisNames("column", "");
            view.setDomain(BarView.domain(columns, bottom, top));
            // The slots' names stand over them (drawn below), clear of strips that straddle 0.
            view.setBars(columns, k -> 0, k -> "");
            // Empty value labels: the slots' names then go under the zero line as plain text (empty),
            // where without them each would be an empty plate on a halo.
            view.setValueLabels(k -> "");
            view.setOverlay(pen -> draw(pen, data));
        });
    }

    private static void draw(OverlayPen pen, Dataset data) {
        for (int j = 0; j < data.featureCount(); j++) {
            double slot = j + 1;
            double[] column = new double[data.size()];
            for (int i = 0; i < data.size(); i++) {
                column[i] = data.feature(i, j);
                pen.dot(slot + jitter(i), column[i], 3.5, ColorMaps.classColor(data.label(i)).deriveColor(0, 1, 1, 0.7));
            }
            Arrays.sort(column);
            drawBox(pen, slot, column);
            var t = pen.transform();
            // Staggered, so that names wider than their slot (presentation type in a narrow plot) do not run together.
            double underTop = t.toDataY(t.toPixelY(t.domain().yMax()) + (30 + 24 * (j % 2)) * pen.scale());
            pen.label(slot - HALF_WIDTH - 0.05, underTop, shortName(data.featureNames().get(j)), pen.ink(), 15);
        }
    }

    /** The box from the quartiles, the median across it, whiskers to the extremes. */
    private static void drawBox(OverlayPen pen, double slot, double[] sorted) {
        Color ink = pen.ink();
        double q1 = RobustScaler.percentile(sorted, 0.25);
        double median = RobustScaler.percentile(sorted, 0.5);
        double q3 = RobustScaler.percentile(sorted, 0.75);
        double left = slot - HALF_WIDTH;
        double right = slot + HALF_WIDTH;
        pen.segment(left, q1, right, q1, ink, 2);
        pen.segment(left, q3, right, q3, ink, 2);
        pen.segment(left, q1, left, q3, ink, 2);
        pen.segment(right, q1, right, q3, ink, 2);
        pen.segment(left, median, right, median, ink, 4);
        pen.segment(slot, sorted[0], slot, q1, ink, 1.5);
        pen.segment(slot, q3, slot, sorted[sorted.length - 1], ink, 1.5);
    }

    /** A fixed sideways offset for row i, within the box's width (the golden-ratio sequence). */
    private static double jitter(int i) {
        double u = (i * 0.6180339887498949) % 1;
        return (u - 0.5) * 2 * HALF_WIDTH * 0.9;
    }

    /** The column's name without the scaler's note ("proline" of "proline (min-max)"), cut to fit a slot. */
    private static String shortName(String name) {
        int note = name.indexOf(" (");
        String base = note > 0 ? name.substring(0, note) : name;
        return base.length() > 14 ? base.substring(0, 13) + "…" : base;
    }
}
