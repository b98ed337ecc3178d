package org.stepwise.algo.decomposition;

import java.util.Locale;

/**
 * The sentence of a step: "component 2 of 4: 5.3% of the variance (variance 0.243, singular value
 * 6.01); 2 together explain 97.8%; mean squared reconstruction error 0.023; it loads most on
 * sepal width (+0.73) and sepal length (+0.66)". Says when a component explains nothing (beyond
 * the data's rank its direction is arbitrary). Written only when asked for.
 */
final class PcaNarration {

    /** Below this share of the largest singular value a component explains nothing but rounding. */
    static final double ZERO = 1e-9;

    private PcaNarration() {
    }

    static String full(PcaSnapshot s) {
        PcaFit fit = s.fit();
        int j = s.componentCount() - 1;
        StringBuilder text = new StringBuilder(200);
        text.append(head(s));
        if (explainsNothing(fit, j)) {
            text.append(": it explains no variance (the data has no more independent directions), so its"
                    + " direction is one of many");
            return text.toString();
        }
        text.append(String.format(Locale.ROOT, ": %s of the variance (variance %.4g, singular value %.4g); ",
                percent(fit.explainedVarianceRatio(j)), fit.explainedVariance(j), fit.singularValue(j)));
        text.append(s.componentCount() == 1 ? "alone" : s.componentCount() + " together").append(" explain ")
                .append(percent(s.cumulativeRatio()));
        text.append(String.format(Locale.ROOT, "; mean squared reconstruction error %.4g", fit.reconstructionError(
                s.componentCount())));
        int first = largestLoading(fit, j, -1);
        int second = largestLoading(fit, j, first);
        text.append("; it loads most on ").append(loading(s, j, first));
        if (second >= 0) {
            text.append(" and ").append(loading(s, j, second));
        }
        return text.toString();
    }

    /** "component 2 of 4: 5.3%, 97.8% in all". */
    static String brief(PcaSnapshot s) {
        int j = s.componentCount() - 1;
        return head(s) + ": " + percent(s.fit().explainedVarianceRatio(j)) + ", " + percent(s.cumulativeRatio())
                + " in all";
    }

    static boolean explainsNothing(PcaFit fit, int j) {
        return fit.singularValue(j) <= ZERO * fit.singularValue(0);
    }

    private static String head(PcaSnapshot s) {
        return "component " + s.componentCount() + " of " + s.wanted();
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    private static String loading(PcaSnapshot s, int j, int feature) {
        return String.format(Locale.ROOT, "%s (%+.2f)", s.featureNames().get(feature), s.fit().component(j, feature));
    }

    /** The feature with the largest |loading| on component j other than {@code except}; -1 for none. */
    private static int largestLoading(PcaFit fit, int j, int except) {
        int best = -1;
        for (int f = 0; f < fit.features(); f++) {
            if (f != except && (best < 0 || Math.abs(fit.component(j, f)) > Math.abs(fit.component(j, best)))) {
                best = f;
            }
        }
        return best;
    }
}
