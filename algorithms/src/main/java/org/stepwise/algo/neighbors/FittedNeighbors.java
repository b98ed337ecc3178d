package org.stepwise.algo.neighbors;

/**
 * What a fitted k-nearest-neighbours model is: the training points themselves, with k, the
 * metric and the weighting. {@code fit} only stores them, as scikit-learn's does; the work is in
 * the query. Queries are brute force: every training point's reduced distance, kept in a sorted
 * array of k by insertion (ties at equal distance keep the lower row first). That is
 * scikit-learn's answer whenever no two points tie at the k-th neighbour; it breaks such a tie
 * by its tree's order, which no rule can copy, so the fixtures keep ties out.
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

    /** The k nearest of one query: their rows, distances and weights. */
    static final class Scratch {
        final int[] indices;
        final double[] distances;
        final double[] weights;

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
        int filled = 0;
        for (int i = 0; i < n; i++) {
            filled = keep(indices, distances, filled, i, metric.reduced(qx, qy, x, 2 * i));
        }
        toDistances(distances);
    }

    /** Inserts row i at its place among the nearest so far if it is nearer than the k-th; returns how many are kept. */
    private int keep(int[] indices, double[] reduced, int filled, int i, double r) {
        int at;
        if (filled < k) {
            at = filled++;
        } else if (r < reduced[k - 1]) {
            at = k - 1;
        } else {
            return filled;
        }
        // Strictly greater: a point at the same distance as one kept stays behind it (the lower row first).
        while (at > 0 && reduced[at - 1] > r) {
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
