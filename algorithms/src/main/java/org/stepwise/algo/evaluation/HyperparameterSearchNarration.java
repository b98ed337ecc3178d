package org.stepwise.algo.evaluation;

import java.util.Locale;

/** One sentence on a configuration: its values, its fold scores and mean, and the best so far; at the end, a finer range. */
final class HyperparameterSearchNarration {

    private HyperparameterSearchNarration() {
    }

    static String of(HyperparameterSearchSnapshot s) {
        TunedModel m = s.model();
        if (s.done() == 0) {
            String shape = s.isGrid() ? String.format(Locale.ROOT, "a grid of %d × %d", distinctX(s), s.candidates()
                    / distinctX(s)) : "random draws";
            return String.format(Locale.ROOT, "%s search of the %s: %d configurations (%s) over %s, each scored by"
                            + " %d-fold stratified cross-validation.", s.isGrid() ? "Grid" : "Random", m.shortName(),
                    s.candidates(), shape, ranges(s), s.folds());
        }
        int c = s.done() - 1;
        StringBuilder folds = new StringBuilder();
        for (double f : s.lastFolds()) {
            folds.append(folds.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f", f));
        }
        String lead = String.format(Locale.ROOT, "Configuration %d of %d, %s: fold accuracies %s, mean %.3f.",
                s.done(), s.candidates(), configuration(s, c), folds, s.score(c));
        if (!s.status().isFinal()) {
            return String.format(Locale.ROOT, "%s Best so far: %s (%.3f).", lead, configuration(s, s.best()),
                    s.score(s.best()));
        }
        return String.format(Locale.ROOT, "%s Best: %s, mean accuracy %.3f. Coarse to fine: search again %s.", lead,
                configuration(s, s.best()), s.score(s.best()), finer(s));
    }

    static String configuration(HyperparameterSearchSnapshot s, int c) {
        TunedModel m = s.model();
        return m.xName() + " = " + m.format(true, s.x(c)) + ", " + m.yName() + " = " + m.format(false, s.y(c));
    }

    private static String ranges(HyperparameterSearchSnapshot s) {
        TunedModel m = s.model();
        if (m == TunedModel.KNN) {
            return String.format(Locale.ROOT, "n_neighbors from %d to %d and both weights", (int) s.xLow(),
                    (int) s.xHigh());
        }
        return String.format(Locale.ROOT, "C in [%s, %s] and gamma in [%s, %s]", m.format(true, s.xLow()),
                m.format(true, s.xHigh()), m.format(false, s.yLow()), m.format(false, s.yHigh()));
    }

    /** The ranges one lattice cell either side of the best: where a second, finer search should look. */
    static String finer(HyperparameterSearchSnapshot s) {
        TunedModel m = s.model();
        int b = s.best();
        if (m == TunedModel.KNN) {
            int step = Math.max(1, (int) Math.ceil((s.xHigh() - s.xLow()) / Math.max(1, distinctX(s) - 1)));
            return String.format(Locale.ROOT, "n_neighbors from %d to %d", (int) Math.max(1, s.x(b) - step),
                    (int) (s.x(b) + step));
        }
        double cRatio = Math.pow(s.xHigh() / s.xLow(), 1.0 / Math.max(1, s.columns() - (s.isGrid() ? 1 : 0)));
        double gRatio = Math.pow(s.yHigh() / s.yLow(), 1.0 / Math.max(1, s.rows() - (s.isGrid() ? 1 : 0)));
        return String.format(Locale.ROOT, "C in [%s, %s] and gamma in [%s, %s]", m.format(true, limited(s.x(b) / cRatio)),
                m.format(true, limited(s.x(b) * cRatio)), m.format(false, limited(s.y(b) / gRatio)),
                m.format(false, limited(s.y(b) * gRatio)));
    }

    /** A range's end within the sheet's bounds for C and γ ([1e-4, 1e4]). */
    private static double limited(double value) {
        return Math.min(1e4, Math.max(1e-4, value));
    }

    /** How many distinct values of the first hyperparameter the search evaluates. */
    private static int distinctX(HyperparameterSearchSnapshot s) {
        int count = 0;
        for (int c = 0; c < s.candidates(); c++) {
            boolean seen = false;
            for (int e = 0; e < c && !seen; e++) {
                seen = s.x(e) == s.x(c);
            }
            count += seen ? 0 : 1;
        }
        return count;
    }
}
