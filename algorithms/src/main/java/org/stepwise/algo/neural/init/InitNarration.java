package org.stepwise.algo.neural.init;

import java.util.Locale;
import org.stepwise.algo.StepResult;

/** The lesson's sentences, with the batch's real numbers. */
final class InitNarration {

    private InitNarration() {
    }

    static String full(ActivationsInitSnapshot s) {
        if (!s.hasStatistics()) {
            return opening(s) + ending(s);
        }
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "Batch %d of %d: %d rows of N(0, 1) inputs through %d %s layers of %d, forward then back.",
                s.step(), s.batches(), s.rows(), s.depth(), s.function().label(), s.width()));
        text.append(' ').append(scheme(s, s.chosen()));
        for (int i = 0; i < s.compared().size(); i++) {
            if (i != s.chosen()) {
                text.append(' ').append(scheme(s, i));
            }
        }
        return text + ending(s);
    }

    static String brief(ActivationsInitSnapshot s) {
        if (!s.hasStatistics()) {
            return opening(s) + ending(s);
        }
        return String.format(Locale.ROOT, "Batch %d of %d. ", s.step(), s.batches()) + scheme(s, s.chosen()) + ending(s);
    }

    private static String opening(ActivationsInitSnapshot s) {
        return String.format(Locale.ROOT, "%d %s layers of %d neurons, weights drawn %s side by side; "
                + "press step to pass a batch forward and back.", s.depth(), s.function().label(), s.width(),
                String.join(", ", s.compared().stream().map(WeightScheme::label).toList()));
    }

    /** "Xavier: activation std 0.63 → 0.23 from layer 1 to 10, gradient norm 4.8 → 4.1." */
    private static String scheme(ActivationsInitSnapshot s, int i) {
        SchemeStatistics stats = s.statistics(i);
        int last = s.depth() - 1;
        String text = String.format(Locale.ROOT, "%s: activation std %s → %s from layer 1 to %d, gradient norm %s → %s",
                stats.scheme().label(), number(stats.activationStd()[0]), number(stats.activationStd()[last]),
                s.depth(), number(stats.gradientNorm()[0]), number(stats.gradientNorm()[last]));
        double saturated = stats.saturatedShare()[last];
        if (saturated >= 0.5) {
            text += String.format(Locale.ROOT, ", %.0f %% of the last layer saturated (|a| > 0.99)", 100 * saturated);
        }
        return text + ".";
    }

    private static String ending(ActivationsInitSnapshot s) {
        if (s.status().status() == StepResult.Status.STOPPED) {
            return " Stopped: " + s.status().reason() + ".";
        }
        if (s.status().status() == StepResult.Status.CONVERGED) {
            return " All " + s.batches() + " batches have passed.";
        }
        return "";
    }

    /** Three significant figures, in scientific notation outside [0.001, 10⁴). */
    static String number(double value) {
        double magnitude = Math.abs(value);
        if (value != 0 && (magnitude < 1e-3 || magnitude >= 1e4)) {
            return String.format(Locale.ROOT, "%.2e", value);
        }
        return String.format(Locale.ROOT, "%.3g", value);
    }
}
