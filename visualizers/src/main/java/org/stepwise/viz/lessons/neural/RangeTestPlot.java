package org.stepwise.viz.lessons.neural;

import javafx.scene.paint.Color;
import org.stepwise.algo.Domain;
import org.stepwise.algo.neural.schedules.RangeRecord;
import org.stepwise.algo.neural.schedules.ScheduleSnapshot;
import org.stepwise.viz.view.OverlayPen;
import org.stepwise.viz.view.XYChartView;

/**
 * The learning-rate range test: each batch's loss (dots) and the smoothed loss (a line) against
 * log₁₀ of the rising rate, the 4 × least-loss line where the test stops, the least smoothed
 * loss (ringed), the suggested rate, a tenth of the least's (dashed, written), and the
 * highlighted schedule's α₀ (a line in its colour) for comparison.
 */
final class RangeTestPlot {

    private static final Color SMOOTHED = XYChartView.CURVE;
    private final XYChartView plot = new XYChartView();

    RangeTestPlot() {
        plot.setPoints(new double[0], new double[0], "log₁₀ learning rate", "loss");
        plot.setPointColor(Color.GRAY);
        plot.points().setStyle(3.5, true, 1, false);
    }

    XYChartView plot() { return plot; }

    void show(ScheduleSnapshot s) {
        RangeRecord r = s.range();
        int n = r.count();
        double[] logRates = new double[n];
        double[] losses = new double[n];
        double low = Double.POSITIVE_INFINITY;
        double best = Double.POSITIVE_INFINITY;
        double first = 0;
        for (int i = 0; i < n; i++) {
            logRates[i] = Math.log10(r.rates()[i]);
            losses[i] = r.losses()[i];
            if (Double.isFinite(r.smoothed()[i])) {
                best = Math.min(best, r.smoothed()[i]);
                low = Math.min(low, Math.min(r.smoothed()[i], Double.isFinite(losses[i]) ? losses[i] : low));
            }
            if (i == 0) {
                first = r.smoothed()[0];
            }
        }
        // Room above the stopping line (4 × the least) for the caption.
        double top = n == 0 ? 1 : Math.max(first * 1.3, Double.isFinite(best) ? 6.5 * best : first * 1.3);
        double bottom = n == 0 || !Double.isFinite(low) ? 0 : Math.max(0, low - 0.1 * (top - low));
        Domain domain = new Domain(Math.log10(r.minimumRate()) - 0.1, Math.log10(r.maximumRate()) + 0.1, bottom, top);
        double bestLoss = best;
        plot.change(() -> {
            plot.setPoints(logRates, losses, "log₁₀ learning rate", "loss");
            plot.setDomain(domain);
            plot.setMarkerX(r.finished() ? Math.log10(r.suggestedRate()) : Double.NaN);
            plot.setOverlay(pen -> marks(pen, s, logRates, bestLoss));
        });
    }

    /** The smoothed loss over the batches' dots, the stopping line, α₀ and the suggestion. */
    private void marks(OverlayPen pen, ScheduleSnapshot s, double[] logRates, double best) {
        RangeRecord r = s.range();
        Domain d = pen.transform().domain();
        pen.path(logRates, r.smoothed(), r.count(), SMOOTHED, 3.5);
        if (Double.isFinite(best)) {
            pen.dashedSegment(d.xMin(), 4 * best, d.xMax(), 4 * best, pen.ink().deriveColor(0, 1, 1, 0.6), 1.5);
            // Under the line, clear of the caption above it.
            double under = pen.transform().toDataY(pen.transform().toPixelY(4 * best) + 24 * pen.scale());
            pen.label(d.xMin(), under, "stop: 4 × least smoothed loss", pen.ink(), 12);
        }
        double base = Math.log10(s.baseRate());
        Color own = ScheduleLossPlot.color(s.schedules().get(s.highlighted()));
        pen.segment(base, d.yMin(), base, d.yMax(), own, 2);
        if (r.finished()) {
            int i = r.suggestedIndex();
            // The least smoothed loss, ringed; the suggestion, a tenth of its rate, is the dashed line.
            pen.ring(logRates[i], r.smoothed()[i], 9, pen.ink(), 2.5);
            pen.label(logRates[i], r.smoothed()[i], "least", pen.ink(), 12);
            pen.caption(15, "Suggested rate " + ScheduleRatePlot.format(r.suggestedRate())
                    + (r.diverged() ? " (stopped: diverged)" : ""), "α₀ = " + ScheduleRatePlot.format(s.baseRate()));
        } else {
            pen.caption(15, "Range test: " + r.plannedSteps() + " batches from " + ScheduleRatePlot.format(
                    r.minimumRate()) + " to " + ScheduleRatePlot.format(r.maximumRate()));
        }
    }
}
