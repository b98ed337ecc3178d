package org.stepwise.algo.neighbors;

import java.util.stream.IntStream;

/**
 * What a fitted k-nearest-neighbours model is: the training points themselves, with k, the
 * metric and the weighting. {@code fit} only stores them, as scikit-learn's does; the work is in
 * the query. The k nearest are those first in the order (reduced distance, row): at equal
 * distance the lower row comes first. That is scikit-learn's answer whenever no two points tie at
 * the k-th neighbour; it breaks such a tie by its tree's order, which no rule can copy, so the
 * fixtures keep ties out.
 *
 * <p>The answer is that of visiting every training point, but {@link NeighborSearch} sets most of
 * them aside without summing all their features. A batched predict of many queries is split
 * across the cores ({@link #acrossCores}); a single query (an engine's step) stays on its thread.
 *
 * <p>Immutable; queries from several threads at once each use their own scratch arrays (one per
 * thread, made on its first query), so a query allocates nothing.
 */
public abstract class FittedNeighbors {

    private final double[] x;
    private final int n;
    private final int d;
    private final int k;
    /**
     * Below this many (query, training point) pairs a batched predict stays on the caller's
     * thread: a curve of a few hundred samples is done before the pool would have woken.
     */
    private static final long SHARED_WORK = 1 << 18;

    private final NeighborMetric metric;
    private final boolean distanceWeights;
    private final NeighborSearch search;
    private final ThreadLocal<Scratch> scratch;

    /** The k nearest of one query: their rows, distances and weights. */
    static final class Scratch {
        final int[] indices;
        final double[] distances;
        final double[] weights;
        /** The query's features in the search's order. */
        final double[] reordered;
        /** Each training point's partial distance from the query. */
        final double[] bounds;
        /** One query of one feature, for a curve sampled point by point. */
        final double[] one = new double[1];
        /** One query of two features, for the decision boundary's grid. */
        final double[] two = new double[2];

        Scratch(int k, int n, int d) {
            indices = new int[k];
            distances = new double[k];
            weights = new double[k];
            reordered = new double[d];
            bounds = new double[n];
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
        this.search = new NeighborSearch(x, n, d, k, metric);
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(k, n, d));
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
        Scratch s = scratch();
        search.kneighbors(query, at, s.reordered, s.bounds, indices, distances);
        toDistances(distances);
    }

    /** The two-feature form of {@link #kneighbors(double[], int, int[], double[])}, for a grid. */
    public void kneighbors(double qx, double qy, int[] indices, double[] distances) {
        if (d != 2) {
            throw new IllegalStateException("a query of two features needs a model of two; this one has " + d);
        }
        double[] two = scratch().two;
        two[0] = qx;
        two[1] = qy;
        kneighbors(two, 0, indices, distances);
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

    /** One slice of a batched predict: the queries from .. to − 1. */
    @FunctionalInterface
    interface Slice {
        void run(int from, int to);
    }

    /** Whether a batched predict of {@code count} queries is worth splitting across the cores. */
    boolean worthSplitting(int count) {
        return count > 1 && (long) count * n >= SHARED_WORK;
    }

    /**
     * Runs {@code slice} over the queries 0 .. count − 1 in pieces across the cores (the common
     * fork-join pool), each piece on one thread with that thread's scratch.
     */
    static void acrossCores(int count, Slice slice) {
        int pieces = Math.min(count, 4 * Runtime.getRuntime().availableProcessors());
        IntStream.range(0, pieces).parallel().forEach(piece ->
                slice.run((int) ((long) count * piece / pieces), (int) ((long) count * (piece + 1) / pieces)));
    }

    /** This thread's scratch arrays. */
    Scratch scratch() { return scratch.get(); }
}
