package org.stepwise.viz.lessons.evaluation;

import java.util.Locale;
import javafx.scene.layout.VBox;
import javafx.scene.layout.Priority;
import javafx.scene.paint.Color;
import org.stepwise.algo.Domain;
import org.stepwise.algo.evaluation.HyperparameterSearchSnapshot;
import org.stepwise.viz.view.ColorMaps;
import org.stepwise.viz.view.OverlayPen;
import org.stepwise.viz.view.XYChartView;

/**
 * Every configuration's score against each hyperparameter alone (log₁₀ of C and γ; k and the
 * weights for k-NN): the surface seen from its two edges. A grid of n × n tries only n distinct
 * values of each, so the edge of the parameter that matters has n points; random search's budget
 * points are all distinct there, which is why it finds a narrow optimum of one parameter when the
 * other barely matters (Bergstra and Bengio 2012). Each chart counts the distinct values tried; the
 * best so far is ringed; the configuration just evaluated is marked by a dashed line.
 */
final class ScoreProjections {

    private static final Color BEST = ColorMaps.classColor(3);

    private final XYChartView first = new XYChartView();
    private final XYChartView second = new XYChartView();
    private final VBox box = new VBox(8, first, second);

    ScoreProjections() {
        VBox.setVgrow(first, Priority.ALWAYS);
        VBox.setVgrow(second, Priority.ALWAYS);
        first.setMinSize(160, 120);
        second.setMinSize(160, 120);
    }

    VBox node() { return box; }

    XYChartView first() { return first; }

    XYChartView second() { return second; }

    void setDark(boolean dark) {
        first.setDark(dark);
        second.setDark(dark);
    }

    void drawNow() {
        first.drawNow();
        second.drawNow();
    }

    void show(HyperparameterSearchSnapshot s) {
        int done = s.done();
        double[] xs = new double[done];
        double[] ys = new double[done];
        double[] scores = new double[done];
        double lowest = 0.5;
        for (int c = 0; c < done; c++) {
            xs[c] = axis(s, true, s.x(c));
            ys[c] = axis(s, false, s.y(c));
            scores[c] = s.score(c);
            lowest = Math.min(lowest, Math.floor(scores[c] * 10) / 10);
        }
        boolean log = s.model().xLog();
        String xName = log ? "log₁₀ " + s.model().xName() : s.model().xName();
        String yName = s.model().yLog() ? "log₁₀ " + s.model().yName() : s.model().yName() + " (0 uniform, 1 distance)";
        show(first, s, xs, scores, xName, axis(s, true, s.xLow()), axis(s, true, s.xHigh()), lowest);
        show(second, s, ys, scores, yName, axis(s, false, s.yLow()), axis(s, false, s.yHigh()), lowest);
    }

    private static void show(XYChartView chart, HyperparameterSearchSnapshot s, double[] xs, double[] scores,
                             String name, double low, double high, double lowest) {
        double pad = 0.06 * (high - low) + (high == low ? 0.5 : 0);
        int best = s.best();
        int last = s.done() - 1;
        chart.change(() -> {
            chart.setPoints(xs, scores, name, "mean CV accuracy");
            // Room above 1 for the caption, so it does not cover the best scores.
            chart.setDomain(new Domain(low - pad, high + pad, lowest, 1.12));
            chart.setMarkerX(last >= 0 ? xs[last] : Double.NaN);
            chart.setOverlay(pen -> ringBest(pen, xs, scores, best));
        });
    }

    private static void ringBest(OverlayPen pen, double[] xs, double[] scores, int best) {
        if (best < 0) {
            return;
        }
        long distinct = java.util.Arrays.stream(xs).distinct().count();
        var t = pen.transform();
        var g = pen.graphics();
        double r = 11 * pen.scale();
        g.setStroke(BEST);
        g.setLineWidth(3 * pen.scale());
        g.strokeOval(t.toPixelX(xs[best]) - r, t.toPixelY(scores[best]) - r, 2 * r, 2 * r);
        pen.caption(15, String.format(Locale.ROOT, "%d value%s · best %.3f", distinct, distinct == 1 ? "" : "s",
                scores[best]));
    }

    /** The value as the chart's axis holds it: log₁₀ for a log-scaled hyperparameter. */
    private static double axis(HyperparameterSearchSnapshot s, boolean first, double value) {
        return (first ? s.model().xLog() : s.model().yLog()) ? Math.log10(value) : value;
    }
}
