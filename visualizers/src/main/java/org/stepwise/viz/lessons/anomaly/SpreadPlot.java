package org.stepwise.viz.lessons.anomaly;

import java.util.Locale;
import javafx.scene.paint.Color;
import org.stepwise.algo.Domain;
import org.stepwise.algo.anomaly.OutlierData;
import org.stepwise.algo.anomaly.RuleStage;
import org.stepwise.algo.anomaly.SpreadRule;
import org.stepwise.viz.view.ColorMaps;
import org.stepwise.viz.view.OverlayPen;
import org.stepwise.viz.view.TreeDiagramView;
import org.stepwise.viz.view.XYChartView;

/**
 * The feature a rule step applied, in one dimension: its values as a strip (each point at a
 * height of its own, so equal values do not hide each other), over them the IQR's box plot
 * (box Q1..Q3, the median, whiskers to the last values within the fences) or the z-score's
 * mean with its ±1σ, ±2σ, ±3σ lines; the fences as thick dashed lines and the values beyond them
 * ringed in the outliers' colour.
 */
final class SpreadPlot {

    /** The strip's heights lie in [0, STRIP]; the box sits above it. */
    private static final double STRIP = 0.5;
    private static final double BOX_LOW = 0.6;
    private static final double BOX_HIGH = 0.85;

    private final XYChartView plot = new XYChartView();
    private Object shownFor;

    SpreadPlot() {
        plot.showTicks(true, false);
    }

    XYChartView plot() { return plot; }

    void show(RuleStage stage, OutlierData data) {
        int j = stage.feature();
        if (j < 0) {
            return;
        }
        SpreadRule rule = stage.lastRule();
        plot.change(() -> {
            Object key = java.util.List.of(data, j);
            if (!key.equals(shownFor)) {
                shownFor = key;
                double[] xs = new double[data.n()];
                double[] ys = new double[data.n()];
                for (int i = 0; i < data.n(); i++) {
                    xs[i] = data.feature(i, j);
                    // the golden ratio's multiples mod 1: heights spread evenly, the same for a row every time
                    ys[i] = 0.05 + (STRIP - 0.1) * ((i * 0.6180339887498949) % 1);
                }
                plot.setPoints(xs, ys, data.featureNames().get(j), "");
                double low = Math.min(rule.lowerFence(), min(xs));
                double high = Math.max(rule.upperFence(), max(xs));
                double pad = 0.05 * (high - low + 1e-12);
                plot.setDomain(new Domain(low - pad, high + pad, 0, 1));
            }
            plot.setOverlay(pen -> draw(pen, data, j, rule));
        });
    }

    private static void draw(OverlayPen pen, OutlierData data, int j, SpreadRule rule) {
        Color ink = pen.ink();
        double mid = (BOX_LOW + BOX_HIGH) / 2;
        if (rule.isIqr()) {
            double q1 = rule.q1OrLowBand();
            double q3 = rule.q3OrHighBand();
            box(pen, q1, q3, ink);
            pen.segment(rule.centre(), BOX_LOW, rule.centre(), BOX_HIGH, ink, 3);
            double lowWhisker = q1;
            double highWhisker = q3;
            for (int i = 0; i < data.n(); i++) {
                double v = data.feature(i, j);
                if (!rule.flags(v)) {
                    lowWhisker = Math.min(lowWhisker, v);
                    highWhisker = Math.max(highWhisker, v);
                }
            }
            pen.segment(lowWhisker, mid, q1, mid, ink, 2);
            pen.segment(q3, mid, highWhisker, mid, ink, 2);
            pen.label(q1, BOX_HIGH, "Q1", ink, 13);
            pen.label(q3, BOX_HIGH, "Q3", ink, 13);
        } else {
            pen.segment(rule.centre(), 0, rule.centre(), 0.95, ink, 2.5);
            pen.label(rule.centre(), 0.9, "mean", ink, 13);
            for (int m = 1; m <= 2; m++) {
                for (int side = -1; side <= 1; side += 2) {
                    double v = rule.centre() + side * m * rule.spread();
                    pen.dashedSegment(v, 0, v, 0.9, ink.deriveColor(0, 1, 1, 0.45), 1.4);
                    pen.label(v, 0.86, (side < 0 ? "−" : "+") + m + "σ", ink, 12);
                }
            }
        }
        for (double fence : new double[] {rule.lowerFence(), rule.upperFence()}) {
            pen.dashedSegment(fence, 0, fence, 0.95, TreeDiagramView.HIGHLIGHT, 3.5);
        }
        Color outlier = ColorMaps.classColor(ScoreField.OUTLIER);
        int flagged = 0;
        for (int i = 0; i < data.n(); i++) {
            if (rule.flags(data.feature(i, j))) {
                flagged++;
                pen.ring(data.feature(i, j), 0.05 + (STRIP - 0.1) * ((i * 0.6180339887498949) % 1), 8, outlier, 2.5);
            }
        }
        pen.caption(15, String.format(Locale.ROOT, "%s: %.3g, %.3g", rule.isIqr() ? "fences"
                : "mean ± 3σ", rule.lowerFence(), rule.upperFence()), flagged + " values beyond");
    }

    private static void box(OverlayPen pen, double q1, double q3, Color ink) {
        pen.segment(q1, BOX_LOW, q3, BOX_LOW, ink, 2);
        pen.segment(q1, BOX_HIGH, q3, BOX_HIGH, ink, 2);
        pen.segment(q1, BOX_LOW, q1, BOX_HIGH, ink, 2);
        pen.segment(q3, BOX_LOW, q3, BOX_HIGH, ink, 2);
    }

    private static double min(double[] v) {
        double m = Double.POSITIVE_INFINITY;
        for (double x : v) {
            m = Math.min(m, x);
        }
        return m;
    }

    private static double max(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            m = Math.max(m, x);
        }
        return m;
    }

    void setDark(boolean dark) { plot.setDark(dark); }
}
