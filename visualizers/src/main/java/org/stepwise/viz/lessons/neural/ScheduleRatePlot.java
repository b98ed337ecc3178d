package org.stepwise.viz.lessons.neural;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stepwise.algo.Domain;
import org.stepwise.algo.neural.schedules.ScheduleSnapshot;
import org.stepwise.viz.view.OverlayPen;
import org.stepwise.viz.view.XYChartView;

/**
 * The schedules' curves, learning rate against update over the whole run: the highlighted one
 * wide, the others thin, a dashed line at the current update and a dot where the highlighted
 * schedule stands, its rate written beside. The curves are sampled once per run.
 */
final class ScheduleRatePlot {

    private final XYChartView plot = new XYChartView();
    private ScheduleSnapshot sampledFor;
    private List<XYChartView.Line> curves = List.of();
    private double highest;

    ScheduleRatePlot() {
        plot.setPoints(new double[0], new double[0], "update", "learning rate");
    }

    XYChartView plot() { return plot; }

    void show(ScheduleSnapshot s) {
        if (!s.sameRun(sampledFor)) {
            sample(s);
        }
        sampledFor = s;
        int t = s.updates();
        Domain domain = new Domain(0, s.totalSteps() * 1.04, 0, highest * 1.2);
        plot.change(() -> {
            plot.setDomain(domain);
            plot.setLines(curves);
            plot.setMarkerX(s.rangeMode() ? Double.NaN : Math.max(t, 1));
            plot.setOverlay(pen -> current(pen, s));
        });
    }

    private void sample(ScheduleSnapshot s) {
        int n = s.totalSteps();
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = i + 1;
        }
        List<XYChartView.Line> lines = new ArrayList<>();
        highest = 0;
        for (int k = 0; k < s.schedules().size(); k++) {
            double[] ys = new double[n];
            for (int i = 0; i < n; i++) {
                ys[i] = s.rate(k, i);
                highest = Math.max(highest, ys[i]);
            }
            XYChartView.Line line = new XYChartView.Line(xs, ys, n, ScheduleLossPlot.color(s.schedules().get(k)),
                    k == s.highlighted() ? 4 : 1.5, "");
            if (k == s.highlighted()) {
                lines.add(line);
            } else {
                lines.add(0, line);
            }
        }
        curves = List.copyOf(lines);
    }

    private void current(OverlayPen pen, ScheduleSnapshot s) {
        int h = s.highlighted();
        int t = Math.max(s.updates() - 1, 0);
        double rate = s.rate(h, t);
        pen.dot(t + 1, rate, 8, ScheduleLossPlot.color(s.schedules().get(h)));
        pen.ring(t + 1, rate, 8, pen.ink(), 2);
        pen.caption(15, String.format(Locale.ROOT, "%s: η = %s", s.scheduleLabel(h), format(rate)));
    }

    static String format(double value) {
        return String.format(Locale.ROOT, "%.3g", value);
    }
}
