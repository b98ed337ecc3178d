package org.stepwise.algo.evaluation;

import java.util.Locale;

/** One sentence on a set: what was drawn and fitted, and the decomposition so far. */
final class BiasVarianceNarration {

    private BiasVarianceNarration() {
    }

    static String of(BiasVarianceSnapshot s) {
        int d = s.degree();
        if (s.drawn() == 0) {
            return String.format(Locale.ROOT, "%d sets of %d noisy points (σ = %.2f) from sin(1.5πx + 0.5) will each be"
                    + " fitted by every degree 1 to %d; degree %d's fits are drawn.",
                    s.sets(), s.trainSize(), s.sigma(), s.maxDegree(), d);
        }
        return String.format(Locale.ROOT, "Set %d of %d drawn (%d points) and fitted. Degree %d over"
                        + " %d set%s: training MSE %.3f; bias² %.3f + variance %.3f + noise %.3f = test MSE %.3f.",
                s.drawn(), s.sets(), s.trainSize(), d, s.drawn(), s.drawn() == 1 ? "" : "s", s.trainMse(d),
                s.biasSquared(d), s.variance(d), s.sigma() * s.sigma(), s.mse(d));
    }
}
