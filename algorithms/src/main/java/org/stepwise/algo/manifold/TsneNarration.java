package org.stepwise.algo.manifold;

import java.util.Locale;

/** What one t-SNE iteration did, in a sentence with its numbers. */
final class TsneNarration {

    private TsneNarration() {
    }

    static String full(TsneSnapshot s) {
        String phase = s.lastExaggeration() > 1
                ? String.format(Locale.ROOT, "early exaggeration (P × %s, momentum 0.5, until iteration %d)",
                        plain(s.earlyExaggeration()), s.explorationEnd())
                : "after the exaggeration (momentum 0.8)";
        String text = String.format(Locale.ROOT,
                "Iteration %d of %d, %s: every point moved along −∂KL/∂y with learning rate %s;"
                        + " KL = %.4f, gradient norm %.3g.",
                s.step(), s.nIter(), phase, plain(s.learningRate()), s.klDivergence(), s.gradientNorm());
        return s.ending().isEmpty() ? text : text + " Finished: " + s.ending() + ".";
    }

    static String brief(TsneSnapshot s) {
        return String.format(Locale.ROOT, "Iteration %d%s: KL %.4f", s.step(),
                s.lastExaggeration() > 1 ? " (exaggerated)" : "", s.klDivergence());
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.4g", v);
    }
}
