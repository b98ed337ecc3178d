package org.stepwise.algo.evaluation;

import java.util.Locale;

/** One sentence on a fold: its sizes, its score, and the estimate so far. */
final class CrossValidationNarration {

    private CrossValidationNarration() {
    }

    static String of(CrossValidationSnapshot s) {
        Split fold = s.folds().get(s.currentFold());
        if (s.done() == 0) {
            return String.format(Locale.ROOT, "%d folds by %s. Fold 1 will fit %s on %d rows and score it on the %d"
                    + " it holds out.", s.folds().size(), s.schemeTitle(), s.modelName(), fold.train().length,
                    fold.test().length);
        }
        int n = fold.test().length;
        String lead = String.format(Locale.ROOT, "Fold %d of %d: %s fitted on %d rows gets %d of its %d validation"
                        + " rows right (accuracy %.3f).", s.done(), s.folds().size(), s.modelName(), fold.train().length,
                n - s.wrong().length, n, s.score(s.currentFold()));
        return String.format(Locale.ROOT, "%s %s %.3f ± %.3f over %d fold%s.", lead,
                s.status().isFinal() ? "Cross-validated accuracy:" : "So far", s.mean(), s.std(), s.done(),
                s.done() == 1 ? "" : "s");
    }
}
