package org.stepwise.algo.evaluation;

import java.util.Locale;

/** One sentence on a threshold step, with its counts and the metrics they make. */
final class ConfusionMatrixNarration {

    private ConfusionMatrixNarration() {
    }

    static String of(ConfusionMatrixSnapshot s) {
        ConfusionMatrix m = s.matrix();
        int k = s.positive();
        String positive = s.rows().classNames().get(k);
        String lead = (s.status().isFinal() ? "At the chosen threshold " : "Threshold ") + format(s.threshold());
        String sentence = String.format(Locale.ROOT, "%s: %d of the %d '%s' rows score at least it (recall %s), and"
                        + " %d others do (precision %s); accuracy %s.",
                lead, m.truePositives(k), m.support(k), positive, value(s.recall()), m.falsePositives(k),
                value(s.precision()), value(ClassificationMetrics.accuracy(m)));
        return s.problems().isEmpty() ? sentence : sentence + " " + capitalised(s.problems().get(0)) + ".";
    }

    private static String value(Score score) { return format(score.value()); }

    static String format(double value) { return String.format(Locale.ROOT, "%.3f", value); }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
