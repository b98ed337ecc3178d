package org.stepwise.algo.anomaly;

import org.stepwise.algo.neighbors.TrainingNeighbors;

/**
 * The local outlier factor (Breunig, Kriegel, Ng &amp; Sander, SIGMOD 2000), as scikit-learn
 * 1.2.1's {@code LocalOutlierFactor(n_neighbors).fit(X)} ({@code sklearn/neighbors/_lof.py}):
 * with N_k(p) the k nearest other points of p and k-dist(o) o's distance to its k-th,
 * reach-dist(p, o) = max(k-dist(o), d(p, o)); lrd(p) = 1/(mean over N_k(p) of reach-dist + 1e-10)
 * (scikit-learn's guard against duplicates); LOF(p) = mean over N_k(p) of lrd(o)/lrd(p), about 1
 * inside a cluster and well above 1 for a point in a sparser place than its neighbours.
 * {@link #negativeOutlierFactor} is −LOF, scikit-learn's {@code negative_outlier_factor_}.
 *
 * <p>{@link #scoreNew} scores a new place as scikit-learn's {@code score_samples} does with
 * {@code novelty=True}: the place's k nearest training points, its reach-distances to them and
 * their lrd. Immutable.
 */
public final class LocalOutlierFactor {

    /** scikit-learn's guard: lrd = 1/(mean reach-distance + 1e-10). */
    static final double GUARD = 1e-10;

    private final TrainingNeighbors neighbors;
    private final int n;
    private final int k;
    private final int[] indices;
    private final double[] distances;
    private final double[] kDistance;
    private final double[] lrd;
    private final double[] nof;

    private LocalOutlierFactor(TrainingNeighbors neighbors, int n, int k, int[] indices, double[] distances) {
        this.neighbors = neighbors;
        this.n = n;
        this.k = k;
        this.indices = indices;
        this.distances = distances;
        this.kDistance = new double[n];
        for (int i = 0; i < n; i++) {
            kDistance[i] = distances[i * k + k - 1];
        }
        this.lrd = new double[n];
        for (int i = 0; i < n; i++) {
            lrd[i] = 1 / (meanReach(i) + GUARD);
        }
        this.nof = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < k; j++) {
                sum += lrd[indices[i * k + j]] / lrd[i];
            }
            nof[i] = -(sum / k);
        }
    }

    /** Fits on the n rows of x (row-major, d features, kept): 1 ≤ k &lt; n. The neighbour search uses both cores. */
    public static LocalOutlierFactor fit(double[] x, int n, int d, int k) {
        TrainingNeighbors neighbors = new TrainingNeighbors(x, n, d, k);
        int[] indices = new int[n * k];
        double[] distances = new double[n * k];
        neighbors.ofTraining(indices, distances);
        return new LocalOutlierFactor(neighbors, n, k, indices, distances);
    }

    private double meanReach(int i) {
        double sum = 0;
        for (int j = 0; j < k; j++) {
            sum += reachDistance(i, j);
        }
        return sum / k;
    }

    public int size() { return n; }

    public int k() { return k; }

    /** The j-th nearest other point of row i. */
    public int neighbour(int i, int j) { return indices[i * k + j]; }

    /** The distance from row i to its j-th nearest other point. */
    public double distance(int i, int j) { return distances[i * k + j]; }

    /** reach-dist(i, its j-th neighbour o) = max(k-dist(o), d(i, o)). */
    public double reachDistance(int i, int j) {
        return Math.max(distances[i * k + j], kDistance[indices[i * k + j]]);
    }

    /** Row i's distance to its k-th nearest other point. */
    public double kDistance(int i) { return kDistance[i]; }

    /** Row i's local reachability density. */
    public double lrd(int i) { return lrd[i]; }

    /** −LOF of row i. */
    public double negativeOutlierFactor(int i) { return nof[i]; }

    /** Every row's −LOF, a copy (scikit-learn's {@code negative_outlier_factor_}). */
    public double[] negativeOutlierFactors() { return nof.clone(); }

    /**
     * −LOF of a new place {@code query[at .. at + d)} against the fitted points (scikit-learn's
     * novelty {@code score_samples}). Scratch: {@code near} and {@code far}, length k each.
     */
    public double scoreNew(double[] query, int at, int[] near, double[] far) {
        neighbors.kneighbors(query, at, near, far);
        double reach = 0;
        for (int j = 0; j < k; j++) {
            reach += Math.max(far[j], kDistance[near[j]]);
        }
        double own = 1 / (reach / k + GUARD);
        double sum = 0;
        for (int j = 0; j < k; j++) {
            sum += lrd[near[j]] / own;
        }
        return -(sum / k);
    }
}
