package org.stepwise.algo.neighbors;

import java.util.Arrays;
import java.util.Comparator;

/**
 * What a fitted k-nearest-neighbours model is: the training points themselves, with k, the
 * metric and the weighting. {@code fit} only stores them, as scikit-learn's does; the work is in
 * the query. The k nearest are kept in a sorted array of k by insertion, ordered by reduced
 * distance and, at equal distance, by row (the lower row first). That is scikit-learn's answer
 * whenever no two points tie at the k-th neighbour; it breaks such a tie by its tree's order,
 * which no rule can copy, so the fixtures keep ties out.
 *
 * <p>A query of d features visits every training point. A query of two features (the decision
 * boundary's grid: 65,536 of them) visits the points in order of their distance in the first
 * feature alone, outwards from the query, and stops on each side once that distance alone is
 * farther than the k-th neighbour so far: no point beyond can be nearer. The order (distance,
 * row) is total, so the answer is the same as visiting every point.
 *
 * <p>Immutable; queries from several threads at once each use their own scratch arrays (one per
 * thread, made on its first query), so a query allocates nothing.
 */
public abstract class FittedNeighbors {

    private final double[] x;
    private final int n;
    private final int d;
    private final int k;
    private final NeighborMetric metric;
    private final boolean distanceWeights;
    private final ThreadLocal<Scratch> scratch;
    /** For two features: the points sorted by their first feature (then by row): x, y and row. */
    private final double[] sortedX;
    private final double[] sortedY;
    private final int[] sortedRow;

    /** The k nearest of one query: their rows, distances and weights. */
    static final class Scratch {
        final int[] indices;
        final double[] distances;
        final double[] weights;
        /** One query of one feature, for a curve sampled point by point. */
        final double[] one = new double[1];

        Scratch(int k) {
            indices = new int[k];
            distances = new double[k];
            weights = new double[k];
        }
    }

    /**
     * @param x               the training rows, row-major, n × d (kept, not copied: the caller hands it over)
     * @param k               neighbours per query, 1 .. n
     * @param distanceWeights weights 1/d (scikit-learn's {@code weights='distance'}) rather than 1
     */
    FittedNeighbors(double[] x, int n, int d, int k, NeighborMetric metric, boolean distanceWeights) {
        if (k < 1 || k > n) {
            throw new IllegalArgumentException("k must be between 1 and " + n + "; got " + k);
        }
        this.x = x;
        this.n = n;
        this.d = d;
        this.k = k;
        this.metric = metric;
        this.distanceWeights = distanceWeights;
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(k));
        if (d == 2) {
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> x[2 * i]).thenComparingInt(i -> i));
            sortedX = new double[n];
            sortedY = new double[n];
            sortedRow = new int[n];
            for (int i = 0; i < n; i++) {
                sortedRow[i] = order[i];
                sortedX[i] = x[2 * order[i]];
                sortedY[i] = x[2 * order[i] + 1];
            }
        } else {
            sortedX = null;
            sortedY = null;
            sortedRow = null;
        }
    }

    /** Number of training points (scikit-learn's {@code n_samples_fit_}). */
    public int size() { return n; }

    /** Number of features. */
    public int featureCount() { return d; }

    /** k, the number of neighbours that vote. */
    public int nNeighbors() { return k; }

    public NeighborMetric metric() { return metric; }

    /** True for {@code weights='distance'}, false for {@code 'uniform'}. */
    public boolean distanceWeights() { return distanceWeights; }

    /** Feature j of training point i. */
    public double feature(int i, int j) { return x[i * d + j]; }

    /**
     * The training rows, row-major, as the engines query them (each training point classified
     * in turn, as scikit-learn's {@code score(X, y)} does); read only, never modified.
     */
    double[] trainingRows() { return x; }

    /**
     * The k nearest training points to {@code query[at .. at + d)}, nearest first: rows into
     * {@code indices}, distances into {@code distances} (both of length at least k), as
     * scikit-learn's {@code kneighbors}. Allocates nothing.
     */
    public void kneighbors(double[] query, int at, int[] indices, double[] distances) {
        int filled = 0;
        for (int i = 0; i < n; i++) {
            filled = keep(indices, distances, filled, i, metric.reduced(query, at, x, i * d, d));
        }
        toDistances(distances);
    }

    /** The two-feature form of {@link #kneighbors(double[], int, int[], double[])}, for a grid. */
    public void kneighbors(double qx, double qy, int[] indices, double[] distances) {
        if (d != 2) {
            throw new IllegalStateException("a query of two features needs a model of two; this one has " + d);
        }
        // Outwards from the query's place among the points sorted by x, nearer x first.
        int right = lowerBound(qx);
        int left = right - 1;
        int filled = 0;
        while (left >= 0 || right < n) {
            boolean takeLeft = right >= n || (left >= 0 && qx - sortedX[left] <= sortedX[right] - qx);
            int at = takeLeft ? left : right;
            double bound = metric.reducedOfOne(qx - sortedX[at]);
            if (filled == k && bound > distances[k - 1]) {
                // Every point further out on this side is farther still: that side is done.
                if (takeLeft) {
                    left = -1;
                } else {
                    right = n;
                }
                continue;
            }
            filled = keep(indices, distances, filled, sortedRow[at],
                    metric.reduced(qx - sortedX[at], qy - sortedY[at]));
            if (takeLeft) {
                left--;
            } else {
                right++;
            }
        }
        toDistances(distances);
    }

    /**
     * How many training points besides the k nearest lie at exactly the k-th neighbour's distance
     * from {@code query[at .. at + d)}, given its neighbours from {@link #kneighbors}: a tie the
     * lower rows won here, and which scikit-learn's tree may break otherwise. Allocates nothing.
     */
    public int tiesBeyond(double[] query, int at, int[] indices) {
        double kth = metric.reduced(query, at, x, indices[k - 1] * d, d);
        int ties = 0;
        for (int i = 0; i < n; i++) {
            if (metric.reduced(query, at, x, i * d, d) == kth && !contains(indices, i)) {
                ties++;
            }
        }
        return ties;
    }

    private boolean contains(int[] indices, int row) {
        for (int i = 0; i < k; i++) {
            if (indices[i] == row) {
                return true;
            }
        }
        return false;
    }

    /** The first position in the sorted points whose x is at least qx (n when none is). */
    private int lowerBound(double qx) {
        int low = 0;
        int high = n;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sortedX[middle] < qx) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /**
     * Inserts row i at its place among the nearest so far, in the order (reduced distance, row),
     * if it comes before the k-th; returns how many are kept.
     */
    private int keep(int[] indices, double[] reduced, int filled, int i, double r) {
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

    private void toDistances(double[] distances) {
        for (int i = 0; i < k; i++) {
            distances[i] = metric.toDistance(distances[i]);
        }
    }

    /**
     * The weight of each of the k neighbours, as scikit-learn 1.2.1's {@code _get_weights}: 1 for
     * uniform; 1/dᵢ for distance, except that when any neighbour is at distance 0 those at 0
     * weigh 1 and the others 0 (a query on a training point takes its target).
     */
    public void weights(double[] distances, double[] weights) {
        if (!distanceWeights) {
            for (int i = 0; i < k; i++) {
                weights[i] = 1;
            }
            return;
        }
        boolean zero = false;
        for (int i = 0; i < k; i++) {
            zero |= distances[i] == 0;
        }
        for (int i = 0; i < k; i++) {
            weights[i] = zero ? (distances[i] == 0 ? 1 : 0) : 1 / distances[i];
        }
    }

    /** This thread's scratch arrays. */
    Scratch scratch() { return scratch.get(); }
}
