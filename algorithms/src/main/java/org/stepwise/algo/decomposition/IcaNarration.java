package org.stepwise.algo.decomposition;

import java.util.Locale;

/**
 * The sentence of a FastICA step, with its numbers: "iteration 4 (parallel, logcosh): every unit
 * moved at once and was decorrelated again; the largest change |1 − |diag(W⁺Wᵀ)|| is 3.1e-03,
 * above tol 1e-04"; for deflation, which unit moved, its iteration and its change. Written only
 * when asked for.
 */
final class IcaNarration {

    private IcaNarration() {
    }

    static String full(IcaSnapshot s) {
        StringBuilder text = new StringBuilder(220).append(brief(s));
        if (s.parallel()) {
            text.append(": every unit w moved to E{x g(wᵀx)} − E{g′(wᵀx)} w at once, then W was decorrelated"
                    + " symmetrically, W ← (WWᵀ)^(−1/2) W");
        } else {
            text.append(": w moved to E{x g(wᵀx)} − E{g′(wᵀx)} w, lost its part along the units already found"
                    + " and was scaled to length 1");
        }
        text.append(verdict(s));
        if (!s.parallel() && s.unit() != s.movedUnit()) {
            text.append(String.format(Locale.ROOT, "; unit %d is done, and unit %d starts from row %d of w_init",
                    s.movedUnit() + 1, s.unit() + 1, s.unit() + 1));
        }
        return text.toString();
    }

    static String brief(IcaSnapshot s) {
        if (s.parallel()) {
            return String.format(Locale.ROOT, "Iteration %d (parallel, %s), change %.3g", s.iterations(), s.fun(),
                    s.change());
        }
        int j = s.movedUnit();
        return String.format(Locale.ROOT, "Unit %d of %d, its iteration %d (deflation, %s), change %.3g", j + 1,
                s.components(), s.unitIterations(j), s.fun(), s.unitChange(j));
    }

    private static String verdict(IcaSnapshot s) {
        double change = s.parallel() ? s.change() : s.unitChange(s.movedUnit());
        String measure = s.parallel() ? "the largest |1 − |diag(W⁺Wᵀ)||" : "| |w⁺·w| − 1 |";
        String relation = change < s.tol() ? "below" : "not below";
        return String.format(Locale.ROOT, "; %s is %.3g, %s tol = %.3g", measure, change, relation, s.tol());
    }
}
