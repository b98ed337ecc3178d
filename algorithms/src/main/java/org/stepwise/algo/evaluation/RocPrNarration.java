package org.stepwise.algo.evaluation;

import java.util.Locale;

/**
 * One sentence on a threshold step: how many positive and other rows each classifier predicts
 * positive ("scores at least t"), and the rates that put its point on the curves.
 */
final class RocPrNarration {

    private RocPrNarration() {
    }

    static String of(RocPrSnapshot s) {
        OperatingPoint p = s.point();
        String lead = (s.status().isFinal() ? "The chosen threshold " : "Threshold ") + format(s.threshold());
        return String.format(Locale.ROOT, "%s passes %s's %s of the %s '%s' rows and %s of the %s others"
                        + " (TPR %s, FPR %s, %s)%s.",
                lead, s.curves().name(), count(p.truePositives()), count(p.positives()), s.positiveName(),
                count(p.falsePositives()), count(p.negatives()), format(p.tpr()), format(p.fpr()),
                precision(p), compared(s));
    }

    private static String compared(RocPrSnapshot s) {
        return s.comparedPoint().map(q -> String.format(Locale.ROOT, "; %s's %s and %s (TPR %s, FPR %s)",
                s.comparedCurves().orElseThrow().name(), count(q.truePositives()), count(q.falsePositives()),
                format(q.tpr()), format(q.fpr()))).orElse("");
    }

    /** Precision, or why it has no value: nothing predicted positive (scikit-learn then reports 0 with a warning). */
    private static String precision(OperatingPoint p) {
        return p.precision().isWellDefined() ? "precision " + format(p.precision().value())
                : "precision 0/0 as nothing is predicted positive, reported 0";
    }

    private static String count(double value) { return String.valueOf((long) value); }

    private static String format(double value) { return ConfusionMatrixNarration.format(value); }
}
