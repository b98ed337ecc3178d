package org.stepwise.algo.ensemble;

import org.stepwise.algo.ClassProbabilities;
import org.stepwise.algo.tree.DecisionTree;

/**
 * The first {@code count} trees of a forest, immutable: it predicts by averaging the trees' class
 * probabilities, as scikit-learn 1.2.1's {@code ForestClassifier.predict_proba}
 * ({@code sklearn/ensemble/_forest.py}: the sum of each tree's {@code predict_proba}, over the
 * number of trees), and the class is the most probable (the lowest on a tie). The engine appends
 * trees to a shared array; a forest only reads the ones that existed when it was made.
 */
public final class RandomForest implements ClassProbabilities {

    private final DecisionTree[] trees;
    private final int count;
    private final int classes;
    private final MemberGridSums<DecisionTree> gridSums;

    RandomForest(DecisionTree[] trees, int count, int classes, MemberGridSums<DecisionTree> gridSums) {
        this.trees = trees;
        this.count = count;
        this.classes = classes;
        this.gridSums = gridSums;
    }

    public int treeCount() { return count; }

    /** Tree t, the t-th fitted (0-based). */
    public DecisionTree tree(int t) { return trees[t]; }

    @Override
    public int classCount() { return classes; }

    /**
     * The averaged class probabilities over a plane of the two features. A run's forests share
     * their sums over the points last asked about ({@link MemberGridSums}): a boundary grid asked
     * again after a tree was added costs that tree's walk alone.
     */
    @Override
    public void predictProbabilities(double[] xs, double[] ys, int n, double[] out) {
        if (count == 0) {
            java.util.Arrays.fill(out, 0, n * classes, 0.0);
            return;
        }
        gridSums.sums(trees, count, xs, ys, n, out);
        for (int i = 0; i < n * classes; i++) {
            out[i] /= count;
        }
    }

    /**
     * The walk a run's {@link MemberGridSums} makes of one tree: its class probabilities at each
     * point of the plane of the two features, added to the sums.
     */
    static void addProbabilities(DecisionTree tree, int classes, double[] xs, double[] ys, int n, double[] sums) {
        for (int i = 0; i < n; i++) {
            int leaf = tree.leafOf2(xs[i], ys[i]);
            double weight = tree.weight(leaf);
            for (int c = 0; c < classes; c++) {
                sums[i * classes + c] += tree.classCount(leaf, c) / weight;
            }
        }
    }

    /** {@code predict_proba} of the row {@code x[offset .. offset + d)} into {@code out[at .. at + classes)}. */
    public void probabilities(double[] x, int offset, double[] out, int at) {
        java.util.Arrays.fill(out, at, at + classes, 0.0);
        for (int t = 0; t < count; t++) {
            int leaf = trees[t].leafOf(x, offset);
            double weight = trees[t].weight(leaf);
            for (int c = 0; c < classes; c++) {
                out[at + c] += trees[t].classCount(leaf, c) / weight;
            }
        }
        for (int c = 0; c < classes; c++) {
            out[at + c] /= count;
        }
    }

    /** {@code predict}: the class index of the largest averaged probability. */
    public int predict(double[] x, int offset, double[] scratch) {
        probabilities(x, offset, scratch, 0);
        return ClassProbabilities.mostProbable(scratch, 0, classes);
    }

    /**
     * {@code feature_importances_}: the mean of the importances of the trees that split at all
     * (each tree's sums to 1), scaled to sum to 1; all zero when no tree split.
     */
    public double[] featureImportances(int d) {
        double[] mean = new double[d];
        int splitting = 0;
        for (int t = 0; t < count; t++) {
            if (!trees[t].isLeaf(0)) {
                double[] own = trees[t].featureImportances();
                for (int f = 0; f < d; f++) {
                    mean[f] += own[f];
                }
                splitting++;
            }
        }
        if (splitting == 0) {
            return mean;
        }
        double total = 0.0;
        for (int f = 0; f < d; f++) {
            mean[f] /= splitting;
            total += mean[f];
        }
        for (int f = 0; f < d; f++) {
            mean[f] /= total;
        }
        return mean;
    }

}
