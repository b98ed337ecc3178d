package org.stepwise.algo.ensemble;

import java.util.Locale;
import org.stepwise.algo.Digits;
import org.stepwise.algo.tree.DecisionTree;

/**
 * The sentences of a boosting round: "round 3: the stump x1 ≤ 0.41 misses 23 of 120 rows, weighted
 * error ε = 0.226; α = 1·(ln((1 − ε)/ε) + ln(K − 1)) = 1.23; the missed rows' weights grow ×e^α =
 * 3.42, then all are normalized → 3 learners, training accuracy 88.3%", or why boosting ended.
 * Written only when asked for.
 */
final class AdaBoostNarration {

    private AdaBoostNarration() {
    }

    static String full(AdaBoostSnapshot s) {
        return switch (s.event()) {
            case NONE -> "";
            case ROUND -> round(s);
            case PERFECT -> "round " + s.step() + ": " + learner(s) + " classifies every row (ε = 0): it joins with"
                    + " weight α = 1 and boosting ends → " + score(s);
            case NO_BETTER_THAN_CHANCE -> "round " + s.step() + ": " + learner(s) + " has weighted error ε = "
                    + number(s.error()) + " ≥ 1 − 1/K = " + number(1.0 - 1.0 / s.presentClasses())
                    + ", no better than chance: it is dropped and boosting ends → " + score(s);
        };
    }

    /** "round 3: x1 ≤ 0.41, ε 0.226, α 1.23 → 3 learners, 88.3%". */
    static String brief(AdaBoostSnapshot s) {
        if (s.event() != AdaBoostSnapshot.Event.ROUND) {
            return full(s);
        }
        return "round " + s.step() + ": " + rule(s) + ", ε " + number(s.error()) + ", α " + number(s.alpha()) + " → "
                + score(s);
    }

    /** The STOPPED reason when the first learner is no better than chance (scikit-learn raises then). */
    static String noStart(double error, int classes) {
        return "The first weak learner is no better than chance (weighted error " + number(error) + " ≥ 1 − 1/K = "
                + number(1.0 - 1.0 / classes) + "), so boosting cannot start.";
    }

    private static String round(AdaBoostSnapshot s) {
        int classes = s.presentClasses();
        StringBuilder text = new StringBuilder(220);
        text.append("round ").append(s.step()).append(": ").append(learner(s)).append(" misses ")
                .append(s.missedCount()).append(" of ").append(s.rows()).append(" rows, weighted error ε = ")
                .append(number(s.error())).append("; α = ").append(number(s.learningRate()))
                .append(classes > 2 ? "·(ln((1 − ε)/ε) + ln(" + (classes - 1) + "))" : "·ln((1 − ε)/ε)").append(" = ")
                .append(number(s.alpha()));
        if (s.status().isFinal()) {
            text.append("; the last round, so the weights stay");
        } else {
            text.append("; the missed rows' weights grow ×e^α = ").append(number(Math.exp(s.alpha())))
                    .append(", then all are normalized");
        }
        return text.append(" → ").append(score(s)).toString();
    }

    /** "the stump x1 ≤ 0.41" or "a depth-2 tree (split first on x1 ≤ 0.41)". */
    private static String learner(AdaBoostSnapshot s) {
        DecisionTree tree = s.learner();
        if (tree.isLeaf(0)) {
            return "the learner (no split helps)";
        }
        return tree.maxDepth() == 1 ? "the stump " + rule(s)
                : "a depth-" + tree.maxDepth() + " tree (first split " + rule(s) + ")";
    }

    private static String rule(AdaBoostSnapshot s) {
        DecisionTree tree = s.learner();
        return tree.isLeaf(0) ? "no split" : s.featureNames().get(tree.feature(0)) + " ≤ " + number(tree.threshold(0));
    }

    private static String score(AdaBoostSnapshot s) {
        int m = s.ensemble().size();
        return m + (m == 1 ? " learner" : " learners")
                + String.format(Locale.ROOT, ", training accuracy %.1f%%", 100 * s.accuracy());
    }

    private static String number(double value) {
        return Digits.three(value);
    }
}
