package org.stepwise.algo.anomaly;

import java.util.random.RandomGenerator;

/**
 * One isolation tree, in flat arrays as scikit-learn's {@code tree_} holds it (node 0 the root;
 * a leaf's feature −1): grown, as scikit-learn 1.2.1's {@code IsolationForest} grows its
 * {@code ExtraTreeRegressor(max_features=1, splitter="random")}, on a sub-sample of ψ points until
 * each leaf holds one point, its points are all alike, or the depth reaches ⌈log₂ ψ⌉. A split picks
 * a feature at random among those not constant in the node and a threshold uniform in
 * [min, max) of it; a point goes left when its value is at most the threshold.
 *
 * <p>As scikit-learn's trees do, values are compared as float32 with a float64 threshold
 * ({@code _tree.pyx}'s {@code apply} on the {@code float32} copy of X), so trees exported from
 * scikit-learn score here as they score there. Random draws differ from scikit-learn's, so the
 * trees themselves are not the same; the tests score scikit-learn's own trees.
 *
 * <p>{@link #pathLength} is h(x): the edges from the root to x's leaf plus c(leaf size)
 * ({@link PathLength}), as {@code _compute_score_samples} adds it. Immutable once grown.
 */
public final class IsolationTree {

    private final int[] feature;
    private final double[] threshold;
    private final int[] left;
    private final int[] right;
    private final int[] size;
    private final int[] depth;
    private final int nodes;

    private IsolationTree(int[] feature, double[] threshold, int[] left, int[] right, int[] size, int[] depth,
                          int nodes) {
        this.feature = feature;
        this.threshold = threshold;
        this.left = left;
        this.right = right;
        this.size = size;
        this.depth = depth;
        this.nodes = nodes;
    }

    /**
     * A tree given node by node (scikit-learn's {@code tree_.feature}, {@code threshold},
     * {@code children_left}, {@code children_right}, {@code n_node_samples}; a leaf's children −1).
     */
    public static IsolationTree of(int[] feature, double[] threshold, int[] left, int[] right, int[] size) {
        int count = feature.length;
        int[] depth = new int[count];
        for (int node = 0; node < count; node++) {
            if (left[node] >= 0) {
                depth[left[node]] = depth[node] + 1;
                depth[right[node]] = depth[node] + 1;
            }
        }
        return new IsolationTree(feature.clone(), threshold.clone(), left.clone(), right.clone(), size.clone(),
                depth, count);
    }

    /**
     * Grows a tree on the rows {@code rows[0 .. psi)} of x (row-major, d features). Modified:
     * {@code rows} (reordered into the leaves' order), {@code random}'s state.
     */
    static IsolationTree grow(double[] x, int d, int[] rows, int psi, RandomGenerator random) {
        int capacity = 2 * psi - 1;
        int[] feature = new int[capacity];
        double[] threshold = new double[capacity];
        int[] left = new int[capacity];
        int[] right = new int[capacity];
        int[] size = new int[capacity];
        int[] depth = new int[capacity];
        int[] start = new int[capacity];
        int maxDepth = (int) Math.ceil(Math.log(Math.max(psi, 2)) / Math.log(2));
        int[] candidates = new int[d];
        double[] low = new double[d];
        double[] high = new double[d];
        size[0] = psi;
        int count = 1;
        // Nodes are numbered as they are made, depth-first: a node's children follow their parent.
        int[] stack = new int[capacity];
        int top = 0;
        stack[top++] = 0;
        while (top > 0) {
            int node = stack[--top];
            feature[node] = -1;
            left[node] = -1;
            right[node] = -1;
            threshold[node] = -2;
            if (size[node] <= 1 || depth[node] >= maxDepth) {
                continue;
            }
            int from = start[node];
            int to = from + size[node];
            int varying = rangesOf(x, d, rows, from, to, low, high, candidates);
            if (varying == 0) {
                continue;
            }
            int f = candidates[random.nextInt(varying)];
            double t = low[f] + random.nextDouble() * (high[f] - low[f]);
            if (t >= high[f]) {
                t = low[f];
            }
            int split = partition(x, d, rows, from, to, f, t);
            feature[node] = f;
            threshold[node] = t;
            int l = count++;
            int r = count++;
            left[node] = l;
            right[node] = r;
            start[l] = from;
            size[l] = split - from;
            start[r] = split;
            size[r] = to - split;
            depth[l] = depth[node] + 1;
            depth[r] = depth[node] + 1;
            stack[top++] = r;
            stack[top++] = l;
        }
        return new IsolationTree(feature, threshold, left, right, size, depth, count);
    }

    /** Each feature's float32 range over rows[from .. to); returns how many vary, listed in candidates. */
    private static int rangesOf(double[] x, int d, int[] rows, int from, int to, double[] low, double[] high,
                                int[] candidates) {
        int varying = 0;
        for (int j = 0; j < d; j++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = from; i < to; i++) {
                double v = (float) x[rows[i] * d + j];
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            low[j] = min;
            high[j] = max;
            if (max > min) {
                candidates[varying++] = j;
            }
        }
        return varying;
    }

    /** Moves rows whose feature f is at most t before the others; returns where the others start. */
    private static int partition(double[] x, int d, int[] rows, int from, int to, int f, double t) {
        int split = from;
        for (int i = from; i < to; i++) {
            if ((float) x[rows[i] * d + f] <= t) {
                int swap = rows[i];
                rows[i] = rows[split];
                rows[split] = swap;
                split++;
            }
        }
        return split;
    }

    /** The leaf that {@code point[at .. at + d)} falls in. */
    public int leaf(double[] point, int at) {
        int node = 0;
        while (left[node] >= 0) {
            node = (float) point[at + feature[node]] <= threshold[node] ? left[node] : right[node];
        }
        return node;
    }

    /** The leaf that the two-feature place (a, b) falls in. */
    public int leaf(double a, double b) {
        int node = 0;
        while (left[node] >= 0) {
            double v = feature[node] == 0 ? a : b;
            node = (float) v <= threshold[node] ? left[node] : right[node];
        }
        return node;
    }

    /** h(x): the edges to x's leaf plus c(the leaf's size). */
    public double pathLength(double[] point, int at) {
        int leaf = leaf(point, at);
        return depth[leaf] + PathLength.average(size[leaf]);
    }

    /** h at the two-feature place (a, b). */
    public double pathLength(double a, double b) {
        int leaf = leaf(a, b);
        return depth[leaf] + PathLength.average(size[leaf]);
    }

    public int nodeCount() { return nodes; }

    public boolean isLeaf(int node) { return left[node] < 0; }

    public int feature(int node) { return feature[node]; }

    public double threshold(int node) { return threshold[node]; }

    public int left(int node) { return left[node]; }

    public int right(int node) { return right[node]; }

    /** How many sub-sample points reached the node. */
    public int size(int node) { return size[node]; }

    public int depth(int node) { return depth[node]; }
}
