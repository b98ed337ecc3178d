package org.stepwise.algo.tree;

/**
 * A tree grown best first: every node, once made, is either closed as a leaf or holds its best
 * split as a candidate; {@link #splitBest} splits the candidate with the largest weighted impurity
 * decrease (the lower node on a tie). A node's split depends only on its own rows, so the fully
 * grown tree is scikit-learn 1.2.1's {@code DepthFirstTreeBuilder}'s ({@code sklearn/tree/_tree.pyx})
 * whatever the order; its rule for a leaf is copied: depth ≥ {@code max_depth}, fewer rows than
 * {@code min_samples_split} or than {@code 2·min_samples_leaf}, impurity ≤ machine epsilon, no
 * allowed split, or a decrease with {@code improvement + EPSILON < min_impurity_decrease}.
 *
 * <p>Rows carry sample weights ({@link TreeData#w}): a node's class counts, sums and impurity are
 * weighted, its row count ({@code n_node_samples}, which the leaf rules read) is not.
 *
 * <p>Node arrays are sized for the largest tree (2n − 1 nodes) up front: {@link #splitBest}
 * allocates nothing.
 */
final class TreeGrower {

    /** {@code np.finfo('double').eps}, scikit-learn's EPSILON in the builder. */
    static final double EPSILON = Math.ulp(1.0);

    final TreeData data;
    final int classes;
    private final int width;
    private final int maxDepth;
    private final int minSamplesSplit;
    private final int minSamplesLeaf;
    private final double minImpurityDecrease;
    private final NodeSplitter splitter;

    int nodes;
    final int[] start;
    final int[] end;
    final int[] depth;
    final int[] parent;
    final int[] leftChild;
    final int[] rightChild;
    final int[] feature;
    final double[] threshold;
    final double[] impurity;
    /** Class counts (classification, {@code classes} per node) or the mean target. */
    final double[] value;
    /** The node's total weight, scikit-learn's {@code weighted_n_node_samples}. */
    final double[] weight;
    final double[] sum;
    final double[] squares;
    final NodeStatus[] closed;
    // The candidate split of each open node.
    final int[] candidateFeature;
    final int[] candidatePos;
    final double[] candidateThreshold;
    final double[] candidateImpurityLeft;
    final double[] candidateImpurityRight;
    final double[] improvement;

    TreeGrower(TreeData data, SplitCriterion criterion, int classes, int maxDepth, int minSamplesSplit,
               int minSamplesLeaf, double minImpurityDecrease) {
        this(data, criterion, classes, maxDepth, minSamplesSplit, minSamplesLeaf, minImpurityDecrease,
                new NodeSplitter(data, criterion, classes, minSamplesLeaf));
    }

    TreeGrower(TreeData data, SplitCriterion criterion, int classes, int maxDepth, int minSamplesSplit,
               int minSamplesLeaf, double minImpurityDecrease, NodeSplitter splitter) {
        this.data = data;
        this.classes = classes;
        this.width = Math.max(classes, 1);
        this.maxDepth = maxDepth;
        this.minSamplesSplit = minSamplesSplit;
        this.minSamplesLeaf = minSamplesLeaf;
        this.minImpurityDecrease = minImpurityDecrease;
        this.splitter = splitter;
        int capacity = Math.max(2 * data.n - 1, 1);
        start = new int[capacity];
        end = new int[capacity];
        depth = new int[capacity];
        parent = new int[capacity];
        leftChild = new int[capacity];
        rightChild = new int[capacity];
        feature = new int[capacity];
        threshold = new double[capacity];
        impurity = new double[capacity];
        value = new double[capacity * width];
        weight = new double[capacity];
        sum = new double[capacity];
        squares = new double[capacity];
        closed = new NodeStatus[capacity];
        candidateFeature = new int[capacity];
        candidatePos = new int[capacity];
        candidateThreshold = new double[capacity];
        candidateImpurityLeft = new double[capacity];
        candidateImpurityRight = new double[capacity];
        improvement = new double[capacity];
        int root = add(0, data.n, 0, -1);
        impurity[root] = classes > 0 ? criterion.classImpurity(value, 0, classes, weight[root])
                : SplitCriterion.squaredError(sum[root], squares[root], weight[root]);
        evaluate(root);
    }

    /** The best split's weighted decrease of an open node, or of one closed for too small a decrease. */
    double improvement(int node) { return improvement[node]; }

    /** The open node with the largest decrease (the lowest on a tie), or -1 when the tree is grown. */
    int best() {
        int best = -1;
        for (int node = 0; node < nodes; node++) {
            if (closed[node] == NodeStatus.OPEN && (best < 0 || improvement[node] > improvement[best])) {
                best = node;
            }
        }
        return best;
    }

    /** Splits {@link #best()} (which must exist) into two new nodes, each closed or given its candidate; returns it. */
    int splitBest() {
        int node = best();
        int f = candidateFeature[node];
        int pos = candidatePos[node];
        data.partition(f, start[node], pos, end[node]);
        feature[node] = f;
        threshold[node] = candidateThreshold[node];
        closed[node] = NodeStatus.SPLIT;
        int left = add(start[node], pos, depth[node] + 1, node);
        impurity[left] = candidateImpurityLeft[node];
        int right = add(pos, end[node], depth[node] + 1, node);
        impurity[right] = candidateImpurityRight[node];
        leftChild[node] = left;
        rightChild[node] = right;
        evaluate(left);
        evaluate(right);
        return node;
    }

    /** Makes a node of rows [from, to) with its counts or sums; feature -1 until split. */
    private int add(int from, int to, int nodeDepth, int parentNode) {
        int node = nodes++;
        start[node] = from;
        end[node] = to;
        depth[node] = nodeDepth;
        parent[node] = parentNode;
        leftChild[node] = -1;
        rightChild[node] = -1;
        feature[node] = -1;
        double total = 0.0;
        double totalSquares = 0.0;
        double totalWeight = 0.0;
        for (int p = from; p < to; p++) {
            int row = data.sortedRow(0, p);
            double w = data.w[row];
            double y = data.y[row];
            totalWeight += w;
            if (classes > 0) {
                value[node * width + (int) y] += w;
            } else {
                total += w * y;
                totalSquares += w * y * y;
            }
        }
        weight[node] = totalWeight;
        sum[node] = total;
        squares[node] = totalSquares;
        if (classes == 0) {
            value[node] = total / totalWeight;
        }
        return node;
    }

    /** The builder's leaf test, then the splitter: closes the node or stores its candidate. */
    private void evaluate(int node) {
        int rows = end[node] - start[node];
        NodeStatus why = depth[node] >= maxDepth ? NodeStatus.MAX_DEPTH
                : rows < minSamplesSplit ? NodeStatus.MIN_SAMPLES_SPLIT
                : rows < 2 * minSamplesLeaf ? NodeStatus.MIN_SAMPLES_LEAF
                : impurity[node] <= EPSILON ? NodeStatus.PURE : NodeStatus.OPEN;
        if (why == NodeStatus.OPEN) {
            if (!splitter.find(start[node], end[node], weight[node], value, node * width, sum[node], squares[node],
                    impurity[node])) {
                why = NodeStatus.NO_SPLIT;
            } else if (splitter.improvement + EPSILON < minImpurityDecrease) {
                why = NodeStatus.MIN_DECREASE;
            }
        }
        closed[node] = why;
        if (why == NodeStatus.OPEN || why == NodeStatus.MIN_DECREASE) {
            candidateFeature[node] = splitter.feature;
            candidatePos[node] = splitter.pos;
            candidateThreshold[node] = splitter.threshold;
            candidateImpurityLeft[node] = splitter.impurityLeft;
            candidateImpurityRight[node] = splitter.impurityRight;
            improvement[node] = splitter.improvement;
        }
    }
}
