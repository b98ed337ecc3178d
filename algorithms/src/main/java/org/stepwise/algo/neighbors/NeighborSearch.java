package org.stepwise.algo.neighbors;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The exact k-nearest search of {@link FittedNeighbors}: the same k rows, in the same order
 * (reduced distance, then row), as visiting every training point, but most points are set aside
 * after some of their features, and many never looked at.
 *
 * <p>Two facts make that safe, for every metric. (1) A reduced distance is a sum (Chebyshev: a
 * maximum) of one non-negative term per feature, so no term, and no partial sum, exceeds it.
 * (2) The k-th neighbour so far only gets nearer. So, per query:
 * <ol>
 * <li>the terms of the {@link #LEADING} features of largest variance are summed for every point
 * at once, one feature after another over an array of all points (a loop the JIT turns into
 * vector instructions, where a loop per point could not be);</li>
 * <li>the points, sorted by the feature of largest variance (then by row), are visited outwards
 * from the query's place in that order; once k are kept, a point whose partial sum is beyond the
 * k-th is set aside, the others sum their remaining features until they are (the partial-distance
 * search of Bei &amp; Gray, IEEE Trans. Commun. 33(10), 1985), and on each side the visit stops
 * where that first feature's term alone is beyond the k-th;</li>
 * <li>a point still within has its reduced distance computed again in the training rows' own
 * order, as a search of every point computes it, so a tie or a near-tie falls exactly as there.</li>
 * </ol>
 *
 * <p>Summing in another order rounds differently: by less than d·u relatively for d non-negative
 * terms, u = 2⁻⁵³ (Higham, <i>Accuracy and Stability of Numerical Algorithms</i>, 2nd ed., §4.2).
 * A point is set aside by a partial sum only when it exceeds the k-th by more than 8(d + 1)·u
 * ({@link #slack}), so no point that might be nearer, or tie, is lost. Immutable; queries
 * allocate nothing (their scratch is the caller's).
 */
final class NeighborSearch {

    /**
     * At most this many features (those of largest variance) are summed for every point before
     * any is set aside. On Digits (64 features) that leaves about 50 of 1797 points a query to
     * look at one by one; Digits on itself on one thread took 36 ms with 16, 27 ms with 32 and
     * 31 ms with 48.
     */
    static final int LEADING = 32;

    /**
     * With at most this many features a point's whole distance costs about what a partial sum
     * would, so none is summed ahead: each point in the window is measured as it is visited.
     */
    static final int FEW = 4;

    private final double[] x;
    private final int n;
    private final int d;
    private final int k;
    private final NeighborMetric metric;
    /** The feature indices by decreasing variance (the first is the one the points are sorted by). */
    private final int[] features;
    /** The training rows sorted by that first feature (then by row), each row's features in {@link #features} order. */
    private final double[] sorted;
    /** The training row at each sorted position. */
    private final int[] sortedRow;
    /** The sorted rows' first feature, the one of largest variance. */
    private final double[] first;
    /** How many features, the first in {@link #features} order, are summed for every point at once: none for few features, else min(d, LEADING). */
    private final int leading;
    /** Those features of the sorted rows, a column of n each. */
    private final double[][] leadingColumns;
    /** How much larger than the k-th a partial sum in another order must be to prove the point farther. */
    private final double slack;

    NeighborSearch(double[] x, int n, int d, int k, NeighborMetric metric) {
        this.x = x;
        this.n = n;
        this.d = d;
        this.k = k;
        this.metric = metric;
        this.features = byDecreasingVariance(x, n, d);
        int sortFeature = features[0];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> x[i * d + sortFeature]).thenComparingInt(i -> i));
        this.sorted = new double[n * d];
        this.sortedRow = new int[n];
        for (int position = 0; position < n; position++) {
            int row = order[position];
            sortedRow[position] = row;
            for (int j = 0; j < d; j++) {
                sorted[position * d + j] = x[row * d + features[j]];
            }
        }
        this.leading = d <= FEW ? 0 : Math.min(d, LEADING);
        this.leadingColumns = new double[Math.max(leading, 1)][n];
        for (int j = 0; j < leadingColumns.length; j++) {
            for (int position = 0; position < n; position++) {
                leadingColumns[j][position] = sorted[position * d + j];
            }
        }
        this.first = leadingColumns[0];
        this.slack = 1 + 8.0 * (d + 1) * 0x1p-53;
    }

    private static int[] byDecreasingVariance(double[] x, int n, int d) {
        double[] mean = new double[d];
        double[] variance = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                mean[j] += x[i * d + j] / n;
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double t = x[i * d + j] - mean[j];
                variance[j] += t * t;
            }
        }
        Integer[] order = new Integer[d];
        for (int j = 0; j < d; j++) {
            order[j] = j;
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(j -> -variance[j]).thenComparingInt(j -> j));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    /**
     * The k nearest training rows to {@code query[at .. at + d)} into {@code indices}, their reduced
     * distances into {@code reduced}, nearest first. Scratch: {@code reordered} (length d, the
     * query's features in variance order) and {@code bounds} (length n, each point's partial sum).
     */
    void kneighbors(double[] query, int at, double[] reordered, double[] bounds, int[] indices, double[] reduced) {
        for (int j = 0; j < d; j++) {
            reordered[j] = query[at + features[j]];
        }
        if (leading > 0) {
            Arrays.fill(bounds, 0, n, 0);
            for (int j = 0; j < leading; j++) {
                metric.addTerms(reordered[j], leadingColumns[j], n, bounds);
            }
        }
        double q = reordered[0];
        int right = lowerBound(q);
        int left = right - 1;
        int filled = 0;
        double kth = Double.POSITIVE_INFINITY;
        double limit = Double.POSITIVE_INFINITY;
        while (left >= 0 || right < n) {
            // Outwards, the nearer side first in the sorted feature.
            boolean takeLeft = right >= n || (left >= 0 && q - first[left] <= first[right] - q);
            int position = takeLeft ? left-- : right++;
            if (filled == k) {
                if (metric.reducedOfOne(q - first[position]) > kth) {
                    // Every point further out on this side is farther still: that side is done.
                    if (takeLeft) {
                        left = -1;
                    } else {
                        right = n;
                    }
                    continue;
                }
                if (leading > 0 && (bounds[position] > limit
                        || metric.exceeds(bounds[position], reordered, sorted, position * d, leading, d, limit))) {
                    continue;
                }
            }
            int row = sortedRow[position];
            filled = keep(indices, reduced, filled, k, row, metric.reduced(query, at, x, row * d, d));
            if (filled == k) {
                kth = reduced[k - 1];
                limit = kth * slack;
            }
        }
    }

    /** The first sorted position whose first feature is at least q (n when none is). */
    private int lowerBound(double q) {
        int low = 0;
        int high = n;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (first[middle] < q) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /**
     * Inserts row i at its place among the nearest so far, in the order (reduced distance, row),
     * if it comes before the k-th; returns how many are kept. Shared with {@link KdTree}.
     */
    static int keep(int[] indices, double[] reduced, int filled, int k, int i, double r) {
        int at;
        if (filled < k) {
            at = filled++;
        } else if (r < reduced[k - 1] || (r == reduced[k - 1] && i < indices[k - 1])) {
            at = k - 1;
        } else {
            return filled;
        }
        while (at > 0 && (reduced[at - 1] > r || (reduced[at - 1] == r && indices[at - 1] > i))) {
            reduced[at] = reduced[at - 1];
            indices[at] = indices[at - 1];
            at--;
        }
        reduced[at] = r;
        indices[at] = i;
        return filled;
    }
}
