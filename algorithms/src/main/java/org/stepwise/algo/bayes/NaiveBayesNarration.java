package org.stepwise.algo.bayes;

import java.util.Locale;

/** The narration of a {@link NaiveBayesSnapshot}: the class just fitted with its numbers, or the posterior. */
final class NaiveBayesNarration {

    /** Means and spreads are listed for up to this many features, summarised beyond. */
    private static final int LISTED_FEATURES = 3;

    private NaiveBayesNarration() {
    }

    /** The full narration when it fits in {@code characters}, else the short form. */
    static String of(NaiveBayesSnapshot s, int characters) {
        String full = of(s);
        return full.length() <= characters ? full : brief(s);
    }

    /**
     * The short form for a narrow box or presentation mode's large type: "step 2 of 4: class 'b',
     * π = 0.333, mean (1.93, 1.17)" or "step 4: posterior formed, accuracy 98.9%, log loss 0.035".
     */
    static String brief(NaiveBayesSnapshot s) {
        if (s.step() == 0) {
            return "";
        }
        if (s.hasPosterior()) {
            return String.format(Locale.ROOT, "step %d: posterior formed, accuracy %.1f%%, log loss %.3f", s.step(),
                    100 * s.accuracy(), s.logLoss());
        }
        int k = s.lastFittedClass();
        if (k < 0) {
            return "step " + s.step() + ": " + s.status();
        }
        return String.format(Locale.ROOT, "step %d of %d: class '%s', π = %.3f, mean %s", s.step(), s.totalSteps(),
                s.classNames().get(k), s.prior(k), vector(s, k, true));
    }

    static String of(NaiveBayesSnapshot s) {
        if (s.step() == 0) {
            return "";
        }
        if (s.hasPosterior()) {
            return posterior(s);
        }
        int k = s.lastFittedClass();
        if (k < 0) {
            return "step " + s.step() + ": " + s.status();
        }
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "step %d of %d: class '%s', %d of %d points, prior π = %.3f; mean %s; ", s.step(), s.totalSteps(),
                s.classNames().get(k), (int) s.count(k), s.pointCount(), s.prior(k), vector(s, k, true)));
        int nk = (int) s.count(k);
        switch (s.model()) {
            case "gaussian-nb" -> text.append(String.format(Locale.ROOT,
                    "variances %s (ε = %.2g added), one per feature: independent features, axis-aligned ellipses",
                    vector(s, k, false), s.epsilon()));
            case "lda" -> text.append(nk > 1
                    ? "its scatter joins the pool; its own covariance (÷ " + (nk - 1) + ") " + spread(s, k)
                    : "its scatter (0 for one point) joins the pool");
            default -> text.append("covariance ÷ (n_k − 1) = ").append(nk - 1).append(' ').append(spread(s, k))
                    .append(s.regParam() > 0 ? String.format(Locale.ROOT, ", blended (1 − %s)Σ + %s·I",
                            number(s.regParam()), number(s.regParam())) : "");
        }
        return text.toString();
    }

    private static String posterior(NaiveBayesSnapshot s) {
        StringBuilder text = new StringBuilder("step " + s.step() + ": ");
        if (s.model().equals("lda")) {
            int shared = s.pointCount() - (s.totalSteps() - 1);
            text.append("pooled covariance = Σ scatter ÷ (n − K) = ÷ ").append(shared).append("; ");
        }
        text.append(String.format(Locale.ROOT, "posterior P(k|x) ∝ π_k·N(x; μ_k, Σ%s): accuracy %.1f%%, log loss %.3f",
                s.isShared() ? "" : "_k", 100 * s.accuracy(), s.logLoss()));
        if (s.probeRow() >= 0) {
            text.append("; least certain point #").append(s.probeRow()).append(':');
            for (int k = 0; k < s.classCount(); k++) {
                if (s.isFitted(k)) {
                    text.append(String.format(Locale.ROOT, " %s %.0f%%", s.classNames().get(k),
                            100 * s.probeProbability(k)));
                }
            }
        }
        return text.toString();
    }

    /** The mean (or the naive variances) of class k: "(1.23, −0.45)" or "of 64 features". */
    private static String vector(NaiveBayesSnapshot s, int k, boolean mean) {
        int d = s.featureCount();
        if (d > LISTED_FEATURES) {
            return "of " + d + " features";
        }
        StringBuilder text = new StringBuilder("(");
        for (int j = 0; j < d; j++) {
            text.append(j == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3g",
                    mean ? s.mean(k, j) : s.variance(k, j)));
        }
        return text.append(')').toString();
    }

    /** Standard deviations, and for two features their correlation. */
    private static String spread(NaiveBayesSnapshot s, int k) {
        int d = s.featureCount();
        if (d > LISTED_FEATURES) {
            return "over " + d + " features";
        }
        StringBuilder text = new StringBuilder("sd (");
        for (int j = 0; j < d; j++) {
            text.append(j == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3g", Math.sqrt(s.covariance(k, j, j))));
        }
        text.append(')');
        if (d == 2) {
            double r = s.covariance(k, 0, 1) / Math.sqrt(s.covariance(k, 0, 0) * s.covariance(k, 1, 1));
            text.append(String.format(Locale.ROOT, ", correlation %.2f", r));
        }
        return text.toString();
    }

    private static String number(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
