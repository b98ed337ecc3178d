package org.stepwise.algo.tree;

/**
 * A tree's score on the rows it was fitted on, read from its leaves (each training row lies in the
 * leaf that counted it): accuracy {@code Σ_leaves max_k n_k / N}; R² {@code 1 − Σ_leaves N_t·i_t / (N·i_root)},
 * the squared-error impurity of a leaf being its rows' mean squared deviation. The same numbers as
 * scikit-learn's {@code score(X, y)} up to rounding (weighted by the sample weights when there are some).
 */
final class TreeScores {

    private TreeScores() {
    }

    /** {accuracy or R², the mean squared error (NaN for a classifier)}. */
    static double[] ofLeaves(DecisionTree tree) {
        double correct = 0.0;
        double squaredErrors = 0.0;
        for (int node = 0; node < tree.nodeCount(); node++) {
            if (!tree.inTree(node) || !tree.isLeaf(node)) {
                continue;
            }
            if (tree.isClassifier()) {
                correct += tree.classCount(node, tree.majority(node));
            } else {
                squaredErrors += tree.weight(node) * tree.impurity(node);
            }
        }
        double n = tree.weight(0);
        if (tree.isClassifier()) {
            return new double[] {correct / n, Double.NaN};
        }
        double total = n * tree.impurity(0);
        double r2 = total > 0 ? 1 - squaredErrors / total : squaredErrors == 0 ? 1.0 : 0.0;
        return new double[] {r2, squaredErrors / n};
    }
}
