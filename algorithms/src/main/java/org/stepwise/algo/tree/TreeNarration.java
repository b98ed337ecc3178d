package org.stepwise.algo.tree;

import java.util.Locale;

/**
 * The sentences of a step: "split node 3 (86 rows, gini 0.412) on petal length ≤ 2.45: left 50
 * rows, gini 0 (pure); right 36 rows, gini 0.5; weighted decrease 0.333, the largest of 3 open
 * leaves → accuracy 95.3%, 4 leaves", what pruning removed, or why the root stays a leaf.
 * Written only when asked for.
 */
final class TreeNarration {

    private TreeNarration() {
    }

    static String full(DecisionTreeSnapshot s) {
        DecisionTree tree = s.grown();
        return switch (s.event()) {
            case NONE -> "";
            case ROOT_LEAF -> "The root stays a leaf (" + tree.status(0).why() + "): nothing to split; "
                    + score(s);
            case PRUNED -> pruned(s);
            case SPLIT -> split(s, true);
        };
    }

    /** "node 3 on petal length ≤ 2.45: 50 | 36 rows, Δ 0.333 → 95.3%". */
    static String brief(DecisionTreeSnapshot s) {
        if (s.event() != DecisionTreeSnapshot.Event.SPLIT) {
            return full(s);
        }
        return split(s, false);
    }

    private static String split(DecisionTreeSnapshot s, boolean full) {
        DecisionTree tree = s.grown();
        int node = s.lastSplit();
        int l = tree.left(node);
        int r = tree.right(node);
        String impurity = s.impurityName();
        String rule = s.featureNames().get(tree.feature(node)) + " ≤ " + number(tree.threshold(node));
        if (!full) {
            return "node " + node + " on " + rule + ": " + tree.samples(l) + " | " + tree.samples(r) + " rows, Δ "
                    + number(s.lastDecrease()) + " → " + score(s);
        }
        StringBuilder text = new StringBuilder(200);
        text.append("split node ").append(node).append(" (").append(tree.samples(node)).append(" rows, ")
                .append(impurity).append(' ').append(number(tree.impurity(node))).append(") on ").append(rule)
                .append(": left ").append(side(tree, l, impurity)).append("; right ").append(side(tree, r, impurity))
                .append("; weighted decrease ").append(number(s.lastDecrease()));
        if (s.competing() > 1) {
            text.append(", the largest of ").append(s.competing()).append(" open leaves");
        }
        text.append(" → ").append(score(s));
        if (s.pruning() != null) {
            text.append(s.status().isFinal() ? "; the tree is grown" : "; the tree is grown, pruning next");
        }
        return text.toString();
    }

    private static String side(DecisionTree tree, int node, String impurity) {
        String text = tree.samples(node) + " rows, " + impurity + " " + number(tree.impurity(node));
        NodeStatus status = tree.status(node);
        return status.closedLeaf() ? text + " (" + status.why() + ")" : text;
    }

    private static String pruned(DecisionTreeSnapshot s) {
        CostComplexityPruning pruning = s.pruning();
        int prunings = pruning.prunings(s.ccpAlpha());
        return "pruned " + prunings + (prunings == 1 ? " branch" : " branches") + " whose effective α ≤ ccpAlpha "
                + number(s.ccpAlpha()) + ": " + s.grown().leafCount() + " leaves → " + score(s);
    }

    private static String score(DecisionTreeSnapshot s) {
        int leaves = s.tree().leafCount();
        String count = leaves + (leaves == 1 ? " leaf" : " leaves");
        return s.tree().isClassifier()
                ? String.format(Locale.ROOT, "accuracy %.1f%%, %s", 100 * s.score(), count)
                : String.format(Locale.ROOT, "R² %.3f, %s", s.score(), count);
    }

    /** Three significant digits without trailing zeros ({@link org.stepwise.algo.Digits#three}). */
    static String number(double value) {
        return org.stepwise.algo.Digits.three(value);
    }
}
