package org.stepwise.viz.lessons.neural;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.scene.paint.Color;
import org.stepwise.algo.Domain;
import org.stepwise.algo.neural.init.ActivationsInitSnapshot;
import org.stepwise.algo.neural.init.SchemeStatistics;
import org.stepwise.viz.view.XYChartView;

/**
 * A per-layer statistic of every compared net against depth, on a log₁₀ axis (a std that halves
 * each layer is a straight line down): the activations' std or the weight gradients' norm.
 */
final class DepthCurves {

    /** Below this a value is drawn at it: a collapsed std of 10⁻⁴⁰ reads as "nothing left". */
    private static final double FLOOR = 1e-30;

    private final XYChartView plot = new XYChartView();
    private final String title;
    private final Function<SchemeStatistics, double[]> statistic;

    DepthCurves(String title, String yName, Function<SchemeStatistics, double[]> statistic) {
        this.title = title;
        this.statistic = statistic;
        plot.setAxisNames("layer", yName);
        plot.setOverlay(pen -> pen.caption(15, this.title));
    }

    XYChartView node() { return plot; }

    void show(ActivationsInitSnapshot s, List<Color> colors) {
        int depth = s.depth();
        if (!s.hasStatistics()) {
            plot.change(() -> {
                plot.setLines(List.of());
                plot.setDomain(new Domain(0.5, depth + 0.5, -1, 1));
            });
            return;
        }
        List<XYChartView.Line> lines = new ArrayList<>();
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        double[] xs = new double[depth];
        for (int l = 0; l < depth; l++) {
            xs[l] = l + 1;
        }
        for (int i = 0; i < s.compared().size(); i++) {
            double[] values = statistic.apply(s.statistics(i));
            double[] ys = new double[depth];
            for (int l = 0; l < depth; l++) {
                ys[l] = Math.log10(Math.max(values[l], FLOOR));
                low = Math.min(low, ys[l]);
                high = Math.max(high, ys[l]);
            }
            lines.add(new XYChartView.Line(xs, ys, depth, colors.get(i), i == s.chosen() ? 4 : 2.5,
                    s.compared().get(i).label()));
        }
        double margin = Math.max(0.5, 0.08 * (high - low));
        // Room left of layer 1 for each line's name, written at its first point.
        Domain domain = new Domain(1 - 0.2 * depth - 0.5, depth + 0.5, low - margin, high + 2 * margin);
        plot.change(() -> {
            plot.setLines(lines);
            plot.setDomain(domain);
        });
    }
}
