package org.stepwise.algo.tree;

import java.util.Arrays;

/**
 * A fitted (or partly grown) decision tree, immutable: scikit-learn's {@code tree_} arrays
 * ({@code feature}, {@code threshold}, {@code children_left/right}, {@code impurity},
 * {@code n_node_samples}, {@code value}) indexed by the order the nodes were made, which every
 * snapshot of a run shares, so a view can follow a node from step to step. Pruning
 * ({@link #prunedAt}) keeps the numbering: a pruned branch's root becomes a leaf and the nodes
 * below it leave the tree ({@link #inTree}).
 *
 * <p>Prediction walks from the root, left when the feature, as float32, is at most the threshold,
 * as {@code Tree.apply} on scikit-learn's float32 copy of X.
 */
public final class DecisionTree implements org.stepwise.algo.ClassProbabilities {

    private final int d;
    private final int classes;
    private final int rows;
    private final int count;
    private final int[] feature;
    private final double[] threshold;
    private final int[] left;
    private final int[] right;
    private final int[] parent;
    private final int[] depth;
    private final double[] impurity;
    private final int[] samples;
    private final double[] weights;
    private final double[] value;
    private final boolean[] inTree;
    private final NodeStatus[] status;
    private final double[] decrease;

    DecisionTree(TreeGrower grown) {
        this.d = grown.data.d;
        this.classes = grown.classes;
        this.rows = grown.data.n;
        this.count = grown.nodes;
        this.feature = Arrays.copyOf(grown.feature, count);
        this.threshold = Arrays.copyOf(grown.threshold, count);
        this.left = Arrays.copyOf(grown.leftChild, count);
        this.right = Arrays.copyOf(grown.rightChild, count);
        this.parent = Arrays.copyOf(grown.parent, count);
        this.depth = Arrays.copyOf(grown.depth, count);
        this.impurity = Arrays.copyOf(grown.impurity, count);
        this.samples = new int[count];
        for (int node = 0; node < count; node++) {
            samples[node] = grown.end[node] - grown.start[node];
        }
        this.weights = Arrays.copyOf(grown.weight, count);
        this.value = Arrays.copyOf(grown.value, count * width());
        this.inTree = new boolean[count];
        Arrays.fill(inTree, true);
        this.status = Arrays.copyOf(grown.closed, count);
        this.decrease = new double[count];
        for (int node = 0; node < count; node++) {
            decrease[node] = status[node].closedLeaf() && status[node] != NodeStatus.MIN_DECREASE ? Double.NaN
                    : grown.improvement(node);
        }
    }

    private DecisionTree(DecisionTree full, boolean[] inTree, int[] left, int[] right) {
        this.d = full.d;
        this.classes = full.classes;
        this.rows = full.rows;
        this.count = full.count;
        this.feature = full.feature;
        this.threshold = full.threshold;
        this.parent = full.parent;
        this.depth = full.depth;
        this.impurity = full.impurity;
        this.samples = full.samples;
        this.weights = full.weights;
        this.value = full.value;
        this.left = left;
        this.right = right;
        this.inTree = inTree;
        this.status = full.status;
        this.decrease = full.decrease;
    }

    private int width() { return Math.max(classes, 1); }

    /** Nodes made so far, pruned ones included (see {@link #inTree}). */
    public int nodeCount() { return count; }

    public int featureCount() { return d; }

    /** Classes of a classifier; 0 for a regressor. */
    @Override
    public int classCount() { return classes; }

    /** Class probabilities on a plane of the two features (the decision-boundary grid); allocates nothing. */
    @Override
    public void predictProbabilities(double[] xs, double[] ys, int n, double[] out) {
        for (int i = 0; i < n; i++) {
            int leaf = leafOf2(xs[i], ys[i]);
            for (int c = 0; c < classes; c++) {
                out[i * classes + c] = value[leaf * classes + c] / weights[leaf];
            }
        }
    }

    public boolean isClassifier() { return classes > 0; }

    /** Rows the tree was fitted on. */
    public int rows() { return rows; }

    public boolean inTree(int node) { return inTree[node]; }

    /** Open, split, or a leaf and why (as grown; a pruned branch's root keeps SPLIT). */
    public NodeStatus status(int node) { return status[node]; }

    /**
     * The weighted impurity decrease of the node's best split: made (a split node), waiting (an
     * open leaf; the next split made is the largest) or refused (below minImpurityDecrease); NaN
     * for other leaves.
     */
    public double candidateDecrease(int node) { return decrease[node]; }

    public boolean isLeaf(int node) { return left[node] < 0; }

    public int left(int node) { return left[node]; }

    public int right(int node) { return right[node]; }

    /** The parent, or -1 for the root. */
    public int parent(int node) { return parent[node]; }

    public int depth(int node) { return depth[node]; }

    /** The split feature of an internal node (of the grown tree: a pruned branch's root keeps it). */
    public int feature(int node) { return feature[node]; }

    public double threshold(int node) { return threshold[node]; }

    public double impurity(int node) { return impurity[node]; }

    /** The training rows at the node ({@code n_node_samples}: rows of positive weight). */
    public int samples(int node) { return samples[node]; }

    /** The rows' total weight at the node ({@code weighted_n_node_samples}; the row count without weights). */
    public double weight(int node) { return weights[node]; }

    /** Class c's training weight at the node (a classifier), as scikit-learn's {@code value}: rows without weights. */
    public double classCount(int node, int c) { return value[node * classes + c]; }

    /** The (weighted) mean target at the node (a regressor). */
    public double mean(int node) { return value[node]; }

    /** The class a classifier's node predicts: the most rows, the lowest on a tie. */
    public int majority(int node) {
        int best = 0;
        for (int c = 1; c < classes; c++) {
            if (value[node * classes + c] > value[node * classes + best]) {
                best = c;
            }
        }
        return best;
    }

    /** The leaf row x[offset .. offset + d) falls in. */
    public int leafOf(double[] x, int offset) {
        int node = 0;
        while (left[node] >= 0) {
            node = (double) (float) x[offset + feature[node]] <= threshold[node] ? left[node] : right[node];
        }
        return node;
    }

    /** The leaf of a row of two features (x, y), for the decision-boundary grid. */
    public int leafOf2(double x, double y) {
        int node = 0;
        while (left[node] >= 0) {
            double v = (double) (float) (feature[node] == 0 ? x : y);
            node = v <= threshold[node] ? left[node] : right[node];
        }
        return node;
    }

    /** {@code predict}: the class index (as a double) or the mean target of the row's leaf. */
    public double predict(double[] x, int offset) {
        int leaf = leafOf(x, offset);
        return classes > 0 ? majority(leaf) : value[leaf];
    }

    /** {@code predict_proba} of one row into {@code out[at .. at + classes)}: its leaf's class shares. */
    public void probabilities(double[] x, int offset, double[] out, int at) {
        int leaf = leafOf(x, offset);
        for (int c = 0; c < classes; c++) {
            out[at + c] = value[leaf * classes + c] / weights[leaf];
        }
    }

    /** Accuracy (a classifier) or R² (a regressor) on the rows fitted, read from the leaves ({@link TreeScores}). */
    public double trainingScore() { return TreeScores.ofLeaves(this)[0]; }

    /** {@code get_n_leaves()}. */
    public int leafCount() {
        int leaves = 0;
        for (int node = 0; node < count; node++) {
            leaves += inTree[node] && left[node] < 0 ? 1 : 0;
        }
        return leaves;
    }

    /** {@code get_depth()}: the depth of the deepest node in the tree. */
    public int maxDepth() {
        int deepest = 0;
        for (int node = 0; node < count; node++) {
            deepest = inTree[node] ? Math.max(deepest, depth[node]) : deepest;
        }
        return deepest;
    }

    /**
     * {@code feature_importances_} ({@code Tree.compute_feature_importances(normalize=True)}): each
     * split's {@code N_t·i_t − N_L·i_L − N_R·i_R} summed by feature, over N, scaled to sum to 1
     * (all zero while the root is a leaf); N are the nodes' weights.
     */
    public double[] featureImportances() {
        double[] importances = new double[d];
        for (int node = 0; node < count; node++) {
            if (inTree[node] && left[node] >= 0) {
                int l = left[node];
                int r = right[node];
                importances[feature[node]] += weights[node] * impurity[node] - weights[l] * impurity[l]
                        - weights[r] * impurity[r];
            }
        }
        double total = 0.0;
        for (int f = 0; f < d; f++) {
            importances[f] /= weights[0];
        }
        for (double importance : importances) {
            total += importance;
        }
        if (total > 0.0) {
            for (int f = 0; f < d; f++) {
                importances[f] /= total;
            }
        }
        return importances;
    }

    /** The nodes in scikit-learn's numbering (depth first, left before right): its node i is {@code preorder()[i]}. */
    public int[] preorder() {
        int[] order = new int[count];
        int[] stack = new int[count];
        int top = 0;
        int size = 0;
        stack[top++] = 0;
        while (top > 0) {
            int node = stack[--top];
            order[size++] = node;
            if (left[node] >= 0) {
                stack[top++] = right[node];
                stack[top++] = left[node];
            }
        }
        return Arrays.copyOf(order, size);
    }

    /**
     * This tree with each node of {@code pruned} made a leaf and its descendants taken out
     * (the same numbering), as {@code _build_pruned_tree} keeps the subtree.
     */
    DecisionTree withPruned(int[] pruned, int howMany) {
        boolean[] kept = inTree.clone();
        int[] newLeft = left.clone();
        int[] newRight = right.clone();
        for (int i = 0; i < howMany; i++) {
            int node = pruned[i];
            for (int below = 0; below < count; below++) {
                if (below != node && descends(below, node)) {
                    kept[below] = false;
                }
            }
            newLeft[node] = -1;
            newRight[node] = -1;
        }
        return new DecisionTree(this, kept, newLeft, newRight);
    }

    private boolean descends(int node, int ancestor) {
        for (int up = parent[node]; up >= 0; up = parent[up]) {
            if (up == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** This tree pruned by minimal cost-complexity pruning at {@code ccpAlpha} ({@link CostComplexityPruning}). */
    public DecisionTree prunedAt(double ccpAlpha) {
        return CostComplexityPruning.of(this).prune(ccpAlpha);
    }
}
