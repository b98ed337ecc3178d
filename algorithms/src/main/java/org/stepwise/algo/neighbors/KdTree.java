package org.stepwise.algo.neighbors;

/**
 * An exact Euclidean k-nearest search by a k-d tree (Friedman, Bentley &amp; Finkel, ACM TOMS
 * 3(3), 1977), for the few features (two, on a plane) where it beats {@link NeighborSearch}'s
 * sorted strip: the points are split at the median of their widest feature until a leaf holds
 * at most {@link #LEAF} points, and a query visits the near side first and the far side only
 * when the splitting plane is no farther than its k-th so far. The k nearest come in the order
 * (squared distance summed in feature order, then row), as a search of every point gives them:
 * the far side is skipped only when the plane is farther than the k-th by more than a rounding
 * margin, so no point that ties is lost. Immutable; a query allocates nothing.
 */
final class KdTree {

    static final int LEAF = 16;
    /** A far side is skipped only beyond this factor of the k-th squared distance (rounding of the plane's). */
    private static final double SLACK = 1 + 1e-9;

    private final double[] x;
    private final int d;
    private final int k;
    /** The rows in tree order: each leaf's rows are a range of it. */
    private final int[] rows;
    /** The points' features in tree order, row after row. */
    private final double[] points;
    private final int[] splitFeature;
    private final double[] splitValue;
    private final int[] left;
    private final int[] right;
    private final int[] from;
    private final int[] to;
    private int nodes;

    KdTree(double[] x, int n, int d, int k) {
        this.x = x;
        this.d = d;
        this.k = k;
        this.rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        int capacity = 2 * (n / LEAF + 1) * 2 + 1;
        splitFeature = new int[capacity];
        splitValue = new double[capacity];
        left = new int[capacity];
        right = new int[capacity];
        from = new int[capacity];
        to = new int[capacity];
        build(0, n);
        points = new double[n * d];
        for (int i = 0; i < n; i++) {
            System.arraycopy(x, rows[i] * d, points, i * d, d);
        }
    }

    private int build(int start, int end) {
        int node = nodes++;
        from[node] = start;
        to[node] = end;
        left[node] = -1;
        right[node] = -1;
        if (end - start <= LEAF) {
            return node;
        }
        int feature = widest(start, end);
        int middle = (start + end) >>> 1;
        select(start, end - 1, middle, feature);
        splitFeature[node] = feature;
        splitValue[node] = x[rows[middle] * d + feature];
        int l = build(start, middle);
        int r = build(middle, end);
        left[node] = l;
        right[node] = r;
        return node;
    }

    private int widest(int start, int end) {
        int best = 0;
        double bestSpread = -1;
        for (int j = 0; j < d; j++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int i = start; i < end; i++) {
                double v = x[rows[i] * d + j];
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            if (hi - lo > bestSpread) {
                bestSpread = hi - lo;
                best = j;
            }
        }
        return best;
    }

    /** Hoare's selection: rows[lo..hi] reordered so position m holds the value it would hold sorted. */
    private void select(int lo, int hi, int m, int feature) {
        while (lo < hi) {
            double pivot = x[rows[(lo + hi) >>> 1] * d + feature];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (x[rows[i] * d + feature] < pivot) {
                    i++;
                }
                while (x[rows[j] * d + feature] > pivot) {
                    j--;
                }
                if (i <= j) {
                    int swap = rows[i];
                    rows[i++] = rows[j];
                    rows[j--] = swap;
                }
            }
            if (m <= j) {
                hi = j;
            } else if (m >= i) {
                lo = i;
            } else {
                return;
            }
        }
    }

    /**
     * The k nearest rows to {@code query[at .. at + d)}: rows into {@code indices}, squared
     * distances into {@code reduced}, nearest first (length at least k each).
     */
    void kneighbors(double[] query, int at, int[] indices, double[] reduced) {
        visit(0, query, at, indices, reduced, 0);
    }

    private int visit(int node, double[] query, int at, int[] indices, double[] reduced, int filled) {
        if (left[node] < 0) {
            for (int p = from[node]; p < to[node]; p++) {
                double r = 0;
                for (int j = 0; j < d; j++) {
                    double t = query[at + j] - points[p * d + j];
                    r += t * t;
                }
                filled = NeighborSearch.keep(indices, reduced, filled, k, rows[p], r);
            }
            return filled;
        }
        double diff = query[at + splitFeature[node]] - splitValue[node];
        int near = diff <= 0 ? left[node] : right[node];
        int far = diff <= 0 ? right[node] : left[node];
        filled = visit(near, query, at, indices, reduced, filled);
        if (filled < k || diff * diff <= reduced[k - 1] * SLACK) {
            filled = visit(far, query, at, indices, reduced, filled);
        }
        return filled;
    }
}
