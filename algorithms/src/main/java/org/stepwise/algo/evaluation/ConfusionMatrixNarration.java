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
        String lead = s.step() == 0 ? "Threshold " + format(s.threshold()) + " on P(" + positive + ")"
                : "The threshold moves up to " + format(s.threshold());
        String sentence = String.format(Locale.ROOT, "%s: %d of the %d '%s' rows score at least it (recall %s) and %d"
                        + " other rows do too (precision %s); %d rows are classed right (accuracy %s).",
                lead, m.truePositives(k), m.support(k), positive, value(s.recall()), m.falsePositives(k),
                value(s.precision()), m.correct(), value(ClassificationMetrics.accuracy(m)));
        if (s.status().isFinal()) {
            sentence += " The threshold has reached 1: only rows scored exactly 1 are still predicted positive.";
        }
        return s.problems().isEmpty() ? sentence : sentence + " " + capitalised(s.problems().get(0)) + ".";
    }

    private static String value(Score score) { return format(score.value()); }

    static String format(double value) { return String.format(Locale.ROOT, "%.3f", value); }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
