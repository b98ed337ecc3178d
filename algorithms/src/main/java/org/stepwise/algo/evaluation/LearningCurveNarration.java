package org.stepwise.algo.evaluation;

import java.util.Locale;

/** One sentence on a tick: what was cross-validated and its mean scores. */
final class LearningCurveNarration {

    private LearningCurveNarration() {
    }

    static String of(LearningCurveSnapshot s) {
        if (s.done() == 0) {
            return s.isLearningCurve()
                    ? String.format(Locale.ROOT, "k-NN (k = %d) will be cross-validated over %d folds on the first %d"
                    + " to %d training rows of each fold.", s.neighbours(), s.folds(), s.tick(0),
                    s.tick(s.tickCount() - 1))
                    : String.format(Locale.ROOT, "k-NN will be cross-validated over %d folds with k from %d to %d.",
                    s.folds(), s.tick(0), s.tick(s.tickCount() - 1));
        }
        int t = s.done() - 1;
        String what = s.isLearningCurve() ? String.format(Locale.ROOT, "%d training rows", s.tick(t))
                : String.format(Locale.ROOT, "k = %d", s.tick(t));
        return String.format(Locale.ROOT, "With %s, over %d folds: training accuracy %.3f ± %.3f, validation %.3f ±"
                        + " %.3f (a gap of %.3f).", what, s.folds(), s.meanTrain(t), s.stdTrain(t), s.meanTest(t),
                s.stdTest(t), s.meanTrain(t) - s.meanTest(t));
    }
}
