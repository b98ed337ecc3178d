package org.stepwise.viz.lessons.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stepwise.algo.tree.DecisionTree;
import org.stepwise.algo.tree.NodeStatus;

/**
 * A node's lines in the tree diagram, as scikit-learn's {@code plot_tree} writes them: the rule
 * ("petal length ≤ 2.45") or, at a leaf, what it predicts ("→ versicolor", "→ 0.734"); the
 * impurity; the rows; the value (class counts, or the mean). An open leaf says which decrease its
 * split would bring.
 */
final class NodeText {

    private NodeText() {
    }

    static List<String> of(DecisionTree tree, int node, List<String> features, List<String> classes,
                           String impurity) {
        List<String> lines = new ArrayList<>(4);
        if (!tree.isLeaf(node)) {
            lines.add(features.get(tree.feature(node)) + " ≤ " + number(tree.threshold(node)));
        } else {
            lines.add("→ " + (tree.isClassifier() ? classes.get(tree.majority(node)) : number(tree.mean(node))));
        }
        lines.add(impurity + " " + number(tree.impurity(node)));
        lines.add(tree.samples(node) + " rows");
        if (tree.isClassifier()) {
            StringBuilder counts = new StringBuilder("[");
            for (int c = 0; c < tree.classCount(); c++) {
                counts.append(c == 0 ? "" : ", ").append((long) tree.classCount(node, c));
            }
            lines.add(counts.append(']').toString());
        } else {
            lines.add("mean " + number(tree.mean(node)));
        }
        if (tree.isLeaf(node) && tree.inTree(node) && tree.status(node) == NodeStatus.OPEN) {
            lines.set(2, tree.samples(node) + " rows · next Δ " + number(tree.candidateDecrease(node)));
        }
        return lines;
    }

    /** Three significant digits, no trailing zeros. */
    static String number(double value) {
        if (value == 0) {
            return "0";
        }
        String text = String.format(Locale.ROOT, "%.3g", value);
        if (text.contains("e")) {
            return text;
        }
        return text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
    }
}
