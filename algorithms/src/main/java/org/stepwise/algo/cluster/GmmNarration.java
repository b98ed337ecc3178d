package org.stepwise.algo.cluster;

import java.util.Locale;

/** The sentence that explains a Gaussian-mixture half-step with its numbers, and a shorter form of it. */
final class GmmNarration {

    private GmmNarration() {
    }

    static String full(GmmSnapshot s) {
        return switch (s.half()) {
            case START -> "";
            case EXPECT -> expect(s);
            case MAXIMIZE -> maximize(s);
            case FINAL_EXPECT -> format("Final E-step: every point's responsibilities from the last parameters; "
                    + "each point labelled by its largest γ. Mean log-likelihood %s (lower_bound stays %s, "
                    + "from iteration %d).", number(s.finalLogLikelihood()), number(s.lowerBound()), s.nIter());
        };
    }

    static String brief(GmmSnapshot s) {
        return switch (s.half()) {
            case START -> "";
            case EXPECT -> format("Iteration %d: E-step, log-likelihood %s", s.nIter(), number(s.lowerBound()));
            case MAXIMIZE -> format("Iteration %d: M-step, π μ Σ re-estimated", s.nIter());
            case FINAL_EXPECT -> format("Final E-step: labels; log-likelihood %s", number(s.finalLogLikelihood()));
        };
    }

    private static String expect(GmmSnapshot s) {
        String rise = s.nIter() == 1 ? ""
                : format(" (%s%s since the last iteration)", s.change() >= 0 ? "+" : "", number(s.change()));
        return format("Iteration %d, E-step: each point's responsibility γ for component c is πc·N(x | μc, Σc) "
                + "over the sum for all components; the mean log-likelihood of these parameters is %s%s.",
                s.nIter(), number(s.lowerBound()), rise);
    }

    private static String maximize(GmmSnapshot s) {
        String weights = weights(s);
        if (s.status().isFinal()) {
            return format("Iteration %d, M-step: a covariance could not be inverted; %s.", s.nIter(),
                    s.status().reason());
        }
        String next = s.nIter() < 2 ? ""
                : Math.abs(s.change()) < s.tol() ? format("; the log-likelihood changed by %s < tol = %s: converged, "
                        + "a final E-step gives the labels", number(Math.abs(s.change())), number(s.tol()))
                : "";
        return format("Iteration %d, M-step: each weight π is its points' share of γ (%s), each mean μ their "
                + "γ-weighted mean, each covariance Σ their γ-weighted scatter%s%s.", s.nIter(), weights,
                s.regCovar() > 0 ? " plus regCovar" : "", next);
    }

    private static String weights(GmmSnapshot s) {
        StringBuilder text = new StringBuilder("π = ");
        for (int c = 0; c < s.componentCount(); c++) {
            text.append(c == 0 ? "" : ", ").append(format("%.3f", s.weight(c)));
        }
        return text.toString();
    }

    private static String number(double value) {
        return format("%.6g", value);
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
