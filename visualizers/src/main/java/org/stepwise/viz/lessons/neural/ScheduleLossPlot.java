package org.stepwise.viz.lessons.neural;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.paint.Color;
import org.stepwise.algo.Domain;
import org.stepwise.algo.neural.schedules.ScheduleFactory;
import org.stepwise.algo.neural.schedules.ScheduleSnapshot;
import org.stepwise.viz.view.ColorMaps;
import org.stepwise.viz.view.OverlayPen;
import org.stepwise.viz.view.XYChartView;

/**
 * Each trained schedule's epoch loss against the update, side by side on one chart: a line per
 * schedule in its colour (the highlighted one wider), its name and a dot at its head. The
 * lines read the snapshot's losses into arrays kept per run, refilled only past what they hold.
 */
final class ScheduleLossPlot {

    private final XYChartView plot = new XYChartView();
    private double[] updates = new double[0];
    private double[][] losses = new double[0][];
    private ScheduleSnapshot filledFor;
    private int filled;

    ScheduleLossPlot() {
        plot.setPoints(new double[0], new double[0], "update", "epoch loss");
        plot.setNamesAtEnd(true);
    }

    XYChartView plot() { return plot; }

    /** The colour of a schedule, the same in every picture of the lesson. */
    static Color color(String schedule) {
        return ColorMaps.classColor(ScheduleFactory.SCHEDULES.indexOf(schedule));
    }

    void show(ScheduleSnapshot s) {
        int k = s.schedules().size();
        int t = s.updates();
        if (!s.sameRun(filledFor) || t < filled) {
            updates = new double[s.totalSteps()];
            for (int i = 0; i < updates.length; i++) {
                updates[i] = i + 1;
            }
            losses = new double[k][s.totalSteps()];
            filled = 0;
        }
        for (int j = 0; j < k; j++) {
            for (int i = filled; i < t; i++) {
                losses[j][i] = s.loss(j, i);
            }
        }
        filled = t;
        filledFor = s;
        double high = Double.NEGATIVE_INFINITY;
        double low = Double.POSITIVE_INFINITY;
        List<XYChartView.Line> lines = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            int drawn = s.divergedAt(j) >= 0 ? s.divergedAt(j) : t;
            for (int i = 0; i < drawn; i++) {
                high = Math.max(high, losses[j][i]);
                low = Math.min(low, losses[j][i]);
            }
            String name = drawn == 0 ? "" : s.scheduleLabel(j) + (s.divergedAt(j) >= 0 ? " (diverged)"
                    : String.format(java.util.Locale.ROOT, " %.3f", losses[j][drawn - 1]));
            lines.add(new XYChartView.Line(updates, losses[j], drawn, color(s.schedules().get(j)),
                    j == s.highlighted() ? 4 : 2.5, name));
        }
        double span = t == 0 ? 1 : Math.max(high - low, 0.05);
        // Room on the right for the names at the lines' heads.
        Domain domain = t == 0 ? new Domain(0, s.totalSteps() * 1.45, 0, 1)
                : new Domain(0, s.totalSteps() * 1.45, Math.max(0, low - 0.06 * span), high + 0.06 * span);
        plot.change(() -> {
            plot.setDomain(domain);
            plot.setLines(lines);
            plot.setOverlay(pen -> heads(pen, s));
        });
    }

    /** A dot at each line's head (the names are the lines'). */
    private void heads(OverlayPen pen, ScheduleSnapshot s) {
        if (s.rangeMode()) {
            pen.caption(15, "The range test is running:", "switch it off to train the schedules.");
            return;
        }
        int t = s.updates();
        for (int j = 0; j < s.schedules().size(); j++) {
            int last = s.divergedAt(j) >= 0 ? s.divergedAt(j) - 1 : t - 1;
            if (last >= 0) {
                pen.dot(last + 1, losses[j][last], j == s.highlighted() ? 7 : 5, color(s.schedules().get(j)));
            }
        }
        if (t == 0) {
            pen.caption(15, s.schedules().size() + " schedules, the same starting weights,",
                    "the same batches: press step");
        }
    }
}
