package org.stepwise.viz.lessons.tree;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.text.TextAlignment;
import org.stepwise.algo.Domain;
import org.stepwise.algo.ensemble.GradientBoostingModel;
import org.stepwise.algo.ensemble.GradientBoostingSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.view.ColorMaps;
import org.stepwise.viz.view.OverlayPen;
import org.stepwise.viz.view.XYChartView;

/**
 * The loss against rounds: the training loss ({@code train_score}, F₀'s at round 0) and, when the
 * data holds rows out, the same loss of the ensemble on them after each round, the curve that
 * turns up when more rounds start to overfit.
 */
final class BoostingLossChart {

    private final XYChartView chart = new XYChartView();
    private double[] heldOut = new double[0];
    private GradientBoostingModel scored;
    private Dataset scoredData;

    BoostingLossChart() {
        chart.setPoints(new double[0], new double[0], "round", "loss");
    }

    Node node() { return chart; }

    XYChartView chart() { return chart; }

    /** The held-out loss after each round 0 .. m of the shown run; empty without held-out rows. */
    double[] heldOutLoss() { return heldOut.clone(); }

    /**
     * The lines' names in the headroom over round 0, left-aligned there (the chart's own names
     * would follow whatever alignment its tick labels left on the canvas).
     */
    private static void names(OverlayPen pen, boolean withHeldOut) {
        Domain d = pen.transform().domain();
        double x = d.xMin();
        double step = d.height() * 0.1;
        pen.graphics().setTextAlign(TextAlignment.LEFT);
        pen.label(x, d.yMax() - step, "training", ColorMaps.classColor(0), 13);
        if (withHeldOut) {
            pen.label(x, d.yMax() - 2 * step, "held out", ColorMaps.classColor(3), 13);
        }
    }

    void show(GradientBoostingSnapshot s, Dataset data) {
        int m = s.step();
        // New arrays each time: a chart's lines are compared by their arrays, and a new run may repeat a round.
        double[] rounds = new double[m + 1];
        double[] training = new double[m + 1];
        double top = 0.0;
        for (int r = 0; r <= m; r++) {
            rounds[r] = r;
            training[r] = s.trainScore(r);
            top = Math.max(top, s.trainScore(r));
        }
        List<XYChartView.Line> lines = new ArrayList<>(2);
        lines.add(new XYChartView.Line(rounds, training, m + 1, ColorMaps.classColor(0), 2.5, ""));
        Dataset test = data == null || data.heldOutCount() == 0 ? null : data.heldOut();
        if (test == null) {
            heldOut = new double[0];
            scored = null;
        } else {
            if (s.model() != scored || data != scoredData) {
                scored = s.model();
                scoredData = data;
                heldOut = s.model().stagedLoss(test.featuresRowMajor(), test.featureCount(), test.targets());
            }
            for (double loss : heldOut) {
                top = Math.max(top, Double.isFinite(loss) ? loss : 0.0);
            }
            lines.add(new XYChartView.Line(rounds, heldOut, m + 1, ColorMaps.classColor(3), 2.5, ""));
        }
        // Headroom over the curves for their names.
        Domain domain = new Domain(0, Math.max(m, 1), 0, top > 0 ? top * 1.35 : 1);
        chart.change(() -> {
            chart.setAxisNames("round", s.lossName());
            chart.setDomain(domain);
            chart.setLines(lines);
            chart.setOverlay(pen -> names(pen, lines.size() > 1));
        });
    }
}
