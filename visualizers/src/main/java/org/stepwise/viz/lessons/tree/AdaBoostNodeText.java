package org.stepwise.viz.lessons.tree;

import java.util.ArrayList;
import java.util.List;
import org.stepwise.algo.ensemble.AdaBoostSnapshot;
import org.stepwise.algo.tree.DecisionTree;

/**
 * A boosting round's learner in the tree diagram: each node's rule (or, at a leaf, the class it
 * votes for), its gini impurity, its rows and their share of the weight, and each class's weight
 * ("[0.41, 0.21]"), since the learner counts rows by their weights; the title gives ε and α.
 */
final class AdaBoostNodeText {

    private AdaBoostNodeText() {
    }

    static List<String> of(DecisionTree learner, int node, List<String> features, List<String> classes) {
        List<String> lines = new ArrayList<>(4);
        lines.add(learner.isLeaf(node) ? "→ " + classes.get(learner.majority(node))
                : features.get(learner.feature(node)) + " ≤ " + NodeText.number(learner.threshold(node)));
        lines.add("gini " + NodeText.number(learner.impurity(node)));
        lines.add(learner.samples(node) + " rows · weight " + NodeText.number(learner.weight(node)));
        StringBuilder shares = new StringBuilder("[");
        for (int c = 0; c < learner.classCount(); c++) {
            shares.append(c == 0 ? "" : ", ").append(NodeText.number(learner.classCount(node, c)));
        }
        lines.add(shares.append(']').toString());
        return lines;
    }

    /** "round 3 · ε 0.226 · α 1.23", or why the round's learner was dropped. */
    static String title(AdaBoostSnapshot s) {
        String round = "round " + s.step() + " · ε " + NodeText.number(s.error());
        return s.learnerKept() ? round + " · α " + NodeText.number(s.alpha())
                : round + " ≥ 1 − 1/K: dropped";
    }
}
