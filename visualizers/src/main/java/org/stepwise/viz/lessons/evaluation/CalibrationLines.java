package org.stepwise.viz.lessons.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stepwise.algo.evaluation.Calibrated;
import org.stepwise.algo.evaluation.CalibrationSnapshot;
import org.stepwise.algo.evaluation.IsotonicState;
import org.stepwise.algo.evaluation.SigmoidState;
import org.stepwise.viz.view.MetricTableView.Line;

/** The calibration lesson's numbers as lines of the metric table: each calibrator's fit, then the scores before and after. */
final class CalibrationLines {

    private CalibrationLines() {
    }

    static List<Line> of(CalibrationSnapshot s) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("Brier score", "mean (y − p)², raw", number(s.raw().brierScore()), false));
        lines.add(new Line("log loss", "−mean log p(y), raw", number(s.raw().logLoss()), false));
        s.sigmoid().ifPresent(p -> sigmoid(lines, p));
        s.isotonic().ifPresent(iso -> isotonic(lines, iso));
        return lines;
    }

    private static void sigmoid(List<Line> lines, SigmoidState p) {
        lines.add(new Line("Platt A, B", String.format(Locale.ROOT, "%d Newton steps", p.iterations()),
                String.format(Locale.ROOT, "%.3f, %.3f", p.a(), p.b()), false));
        p.result().ifPresent(c -> after(lines, "Platt", c));
    }

    private static void isotonic(List<Line> lines, IsotonicState iso) {
        lines.add(new Line("isotonic poolings", "adjacent violators merged", String.valueOf(iso.poolings()), false));
        iso.result().ifPresent(c -> after(lines, "isotonic", c));
    }

    private static void after(List<Line> lines, String name, Calibrated c) {
        lines.add(new Line("  Brier score", "after " + name, number(c.brierScore()), false));
        lines.add(new Line("  log loss", "after " + name, number(c.logLoss()), false));
    }

    private static String number(double value) { return String.format(Locale.ROOT, "%.4f", value); }
}
