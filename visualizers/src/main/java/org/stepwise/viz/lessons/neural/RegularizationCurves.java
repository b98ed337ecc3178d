package org.stepwise.viz.lessons.neural;

import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.stepwise.algo.Domain;
import org.stepwise.algo.neural.regularization.DeepRegularizationSnapshot;
import org.stepwise.algo.neural.regularization.Technique;
import org.stepwise.viz.view.ColorMaps;
import org.stepwise.viz.view.OverlayPen;
import org.stepwise.viz.view.XYChartView;

/**
 * Loss against epochs for both networks: each network's training loss thin and its validation loss
 * thick, the regularized network in blue and the baseline in vermillion, over the whole epoch budget
 * so the curves grow across the chart. With early stopping a dashed line marks the best epoch (the
 * weights kept, ringed on the validation curve) and the regularized curves end where training
 * stopped.
 */
final class RegularizationCurves {

    static final Color WITH = ColorMaps.classColor(0);
    static final Color WITHOUT = ColorMaps.classColor(3);

    private final XYChartView chart = new XYChartView();

    RegularizationCurves() {
        chart.setPoints(new double[0], new double[0], "epoch", "loss");
    }

    Node node() { return chart; }

    XYChartView chart() { return chart; }

    void show(DeepRegularizationSnapshot s) {
        double[] trainWith = s.trainLoss(true);
        double[] validWith = s.valLoss(true);
        double[] trainWithout = s.trainLoss(false);
        double[] validWithout = s.valLoss(false);
        double top = Math.max(Math.max(max(trainWith), max(validWith)), Math.max(max(trainWithout), max(validWithout)));
        List<XYChartView.Line> lines = List.of(
                line(trainWithout, WITHOUT, 1.5), line(validWithout, WITHOUT, 3.5),
                line(trainWith, WITH, 1.5), line(validWith, WITH, 3.5));
        boolean stopping = s.technique() == Technique.EARLY_STOPPING && s.bestEpoch() > 0;
        double marker = stopping ? s.bestEpoch() : Double.NaN;
        double kept = stopping ? validWith[s.bestEpoch() - 1] : Double.NaN;
        String technique = s.technique().label();
        String mark = !stopping ? "" : s.stoppedAt() > 0
                ? String.format(Locale.ROOT, "stopped at %d, kept epoch %d", s.stoppedAt(), s.bestEpoch())
                : "best so far: epoch " + s.bestEpoch();
        // Headroom over the curves for the legend.
        Domain domain = new Domain(0, Math.max(s.maxIter(), 1), 0, top > 0 ? top * 1.45 : 1);
        chart.change(() -> {
            chart.setAxisNames("epoch", "loss (cross-entropy)");
            chart.setDomain(domain);
            chart.setLines(lines);
            chart.setMarkerX(marker);
            chart.setOverlay(pen -> {
                legend(pen, technique, mark, marker);
                if (!Double.isNaN(kept)) {
                    pen.ring(marker, kept, 7, WITH, 2.5);
                }
            });
        });
    }

    /** The legend in the headroom, left-aligned: who is which colour, which line is which loss. */
    private static void legend(OverlayPen pen, String technique, String mark, double marker) {
        Domain d = pen.transform().domain();
        double x = d.xMin() + d.width() * 0.02;
        double step = d.height() * 0.075;
        pen.graphics().setTextAlign(TextAlignment.LEFT);
        pen.label(x, d.yMax() - step, "with " + technique, WITH, 15);
        pen.label(x, d.yMax() - 2 * step, "without (baseline)", WITHOUT, 15);
        pen.label(x, d.yMax() - 3 * step, "thin: training · thick: validation", pen.ink(), 13);
        if (!mark.isEmpty()) {
            pen.label(marker + d.width() * 0.01, d.yMax() - 4 * step, mark, pen.ink(), 13);
        }
    }

    /** A curve over epochs 1 .. n; new arrays each time, as a chart compares its lines by their arrays. */
    private static XYChartView.Line line(double[] values, Color color, double width) {
        double[] epochs = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            epochs[i] = i + 1;
        }
        return new XYChartView.Line(epochs, values, values.length, color, width, "");
    }

    private static double max(double[] values) {
        double max = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                max = Math.max(max, v);
            }
        }
        return max;
    }
}
