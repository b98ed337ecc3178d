package org.stepwise.algo.svm;

import java.util.Locale;

/**
 * The sentences of an SMO step: "setosa vs versicolor: updated rows 12 and 45 (y·α = 0.83,
 * −0.83); largest KKT violation m − M = 0.52 > tol 0.001; dual objective −12.3; 14 support
 * vectors; accuracy 92.0%". Written only when asked for.
 */
final class SvmNarration {

    private SvmNarration() {
    }

    static String full(SvmSnapshot s) {
        StringBuilder text = new StringBuilder(200);
        SvmSnapshot.PairUpdate u = s.update();
        switch (s.event()) {
            case START -> text.append("α = 0: no support vectors yet. Each step picks the pair of α's that"
                    + " violates the optimality (KKT) conditions most, by second-order selection, and solves for it");
            case SOLVED -> text.append(String.format(Locale.ROOT, "optimal: the largest KKT violation m − M = %.3g"
                    + " is below tol %.3g", s.violation(), s.tol()));
            default -> {
                if (s.event() == SvmSnapshot.Event.NEXT_PAIR && s.problem() > 0) {
                    text.append(problemName(s, s.problem() - 1)).append(" solved; now ");
                }
                text.append(problemName(s, s.problem())).append(": ");
                if (u.updated()) {
                    text.append(String.format(Locale.ROOT, "updated %s and %s (y·α = %.3g, %.3g); ",
                            variable(s, u.rowI(), u.coefI()), variable(s, u.rowJ(), u.coefJ()), u.coefI(), u.coefJ()));
                }
                text.append(String.format(Locale.ROOT, "largest KKT violation m − M = %.3g > tol %.3g",
                        s.violation(), s.tol()));
            }
        }
        text.append(String.format(Locale.ROOT, "; dual objective %.5g; %d support vectors; %s",
                s.objective(), s.supportCount(), score(s)));
        return text.toString();
    }

    /** "rows 12, 45: m − M = 0.52; 14 SVs; 92.0%". */
    static String brief(SvmSnapshot s) {
        SvmSnapshot.PairUpdate u = s.update();
        String pair = u.updated() ? "rows " + u.rowI() + ", " + u.rowJ() + ": " : "";
        return pair + String.format(Locale.ROOT, "m − M = %.3g; %d SVs; %s", s.violation(), s.supportCount(),
                score(s));
    }

    private static String problemName(SvmSnapshot s, int p) {
        SvmModel model = s.model();
        if (!model.isClassifier()) {
            return "ε-SVR";
        }
        String pair = s.classNames().get(model.classA(p)) + " vs " + s.classNames().get(model.classB(p));
        return model.problems() == 1 ? pair : String.format(Locale.ROOT, "pair %d of %d (%s)", p + 1,
                model.problems(), pair);
    }

    /** "row 12" for a class problem; "row 12 (α)" or "row 12 (α*)" for ε-SVR (below or above the tube). */
    private static String variable(SvmSnapshot s, int row, double coef) {
        return s.isClassifier() ? "row " + row : "row " + row + (coef >= 0 ? " (α)" : " (α*)");
    }

    private static String score(SvmSnapshot s) {
        return s.isClassifier() ? String.format(Locale.ROOT, "training accuracy %.1f%%", 100 * s.score())
                : String.format(Locale.ROOT, "training R² %.4f", s.score());
    }
}
