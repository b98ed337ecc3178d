package org.stepwise.algo.neural.schedules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stepwise.algo.StepResult;

/** The lesson's sentences, with the step's real numbers. */
final class ScheduleNarration {

    private ScheduleNarration() {
    }

    static String full(ScheduleSnapshot s) {
        return s.rangeMode() ? range(s) : schedules(s, true);
    }

    static String brief(ScheduleSnapshot s) {
        if (s.rangeMode()) {
            RangeRecord r = s.range();
            return r.count() == 0 ? "Range test: press step for its first batch." + ending(s)
                    : String.format(Locale.ROOT, "Range test batch %d at rate %s: loss %s.", r.count(),
                    number(s.learningRate()), number(s.loss())) + ending(s);
        }
        return schedules(s, false);
    }

    private static String schedules(ScheduleSnapshot s, boolean full) {
        String name = s.scheduleLabel(s.highlighted());
        if (s.updates() == 0) {
            return String.format(Locale.ROOT, "%d schedules start from the same weights and see the same batches of "
                            + "%d rows; %s's first rate is %s. The range test suggests %s.", s.schedules().size(),
                    s.batchSize(), name, number(s.learningRate()), number(s.range().suggestedRate())) + ending(s);
        }
        int t = s.updates();
        int epoch = (t - 1) / s.updatesPerEpoch() + 1;
        String text = String.format(Locale.ROOT, "Update %d of %d (epoch %d): %s's rate %s, training loss %s.", t,
                s.totalSteps(), epoch, name, number(s.learningRate()), number(s.loss()));
        if (!full) {
            return text + ending(s);
        }
        List<String> others = new ArrayList<>();
        for (int k = 0; k < s.schedules().size(); k++) {
            if (k == s.highlighted()) {
                continue;
            }
            others.add(s.divergedAt(k) >= 0
                    ? s.scheduleLabel(k) + " diverged at update " + (s.divergedAt(k) + 1)
                    : s.scheduleLabel(k) + " " + number(s.loss(k, t - 1)) + " at rate " + number(s.rate(k, t - 1)));
        }
        return text + (others.isEmpty() ? "" : " Beside it: " + String.join("; ", others) + ".") + ending(s);
    }

    private static String range(ScheduleSnapshot s) {
        RangeRecord r = s.range();
        if (r.count() == 0) {
            return String.format(Locale.ROOT, "Range test: %d batches at rates rising from %s to %s, each %s times "
                            + "the last; press step for the first.", r.plannedSteps(), number(r.minimumRate()),
                    number(r.maximumRate()), number(Math.pow(r.maximumRate() / r.minimumRate(),
                            1.0 / (r.plannedSteps() - 1)))) + ending(s);
        }
        int i = r.count() - 1;
        String text = String.format(Locale.ROOT, "Range test batch %d of %d at rate %s: loss %s, smoothed %s.",
                r.count(), r.plannedSteps(), number(r.rates()[i]), number(r.losses()[i]), number(r.smoothed()[i]));
        return text + ending(s);
    }

    private static String ending(ScheduleSnapshot s) {
        StepResult status = s.status();
        if (status.status() == StepResult.Status.STOPPED) {
            return " Stopped: " + status.reason() + ".";
        }
        if (status.status() != StepResult.Status.CONVERGED) {
            return "";
        }
        if (s.rangeMode()) {
            RangeRecord r = s.range();
            return (r.diverged() ? " The smoothed loss passed 4 times its least: the rate is too large, the test ends."
                    : " The test reached its last rate.") + " Suggested rate: " + number(r.suggestedRate())
                    + ", a tenth of the rate where the smoothed loss is least.";
        }
        return " The schedules are complete.";
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.4g", value).replaceAll("(\\.\\d*?)0+(e|$)", "$1$2").replace(".e", "e")
                .replaceAll("\\.$", "");
    }
}
