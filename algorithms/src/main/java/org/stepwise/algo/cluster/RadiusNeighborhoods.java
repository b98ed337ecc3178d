package org.stepwise.algo.cluster;

import java.util.Arrays;
import org.stepwise.algo.neighbors.NeighborMetric;

/**
 * Every point's ε-neighbourhood: the rows within distance ε of it, itself included, in ascending
 * row order, as scikit-learn's {@code NearestNeighbors(radius=eps).radius_neighbors(X)} finds
 * them for DBSCAN (a distance equal to ε is within). Held as one array of rows and an offset per
 * point (compressed sparse rows).
 *
 * <p>Found without comparing every pair: the points are sorted by the feature of widest range,
 * and a point is compared only with those whose value of that feature is within ε of its own, since
 * one feature's difference never exceeds the Euclidean or Manhattan distance (a sweep, the
 * one-dimensional form of a grid). Each pair is measured twice, once to count and once to fill,
 * so no list of pairs is kept.
 */
final class RadiusNeighborhoods {

    /**
     * Above this many members in all (about 200 MB of rows), ε is refused: it makes nearly every
     * point a neighbour of every other, where DBSCAN finds one cluster anyway.
     */
    static final long LARGEST = 50_000_000L;

    private final int[] start;
    private final int[] members;

    private RadiusNeighborhoods(int[] start, int[] members) {
        this.start = start;
        this.members = members;
    }

    /**
     * The ε-neighbourhoods of the n rows of x (row-major, d features).
     *
     * @throws IllegalArgumentException when ε makes the neighbourhoods larger than {@link #LARGEST}
     */
    static RadiusNeighborhoods of(double[] x, int n, int d, double eps, NeighborMetric metric) {
        return of(x, n, d, eps, metric, LARGEST);
    }

    /** As {@link #of(double[], int, int, double, NeighborMetric)}, refusing more than {@code largest} members. */
    static RadiusNeighborhoods of(double[] x, int n, int d, double eps, NeighborMetric metric, long largest) {
        int axis = widestFeature(x, n, d);
        Integer[] boxed = new Integer[n];
        for (int i = 0; i < n; i++) {
            boxed[i] = i;
        }
        Arrays.sort(boxed, (a, b) -> Double.compare(x[a * d + axis], x[b * d + axis]));
        int[] order = new int[n];
        double[] key = new double[n];
        for (int s = 0; s < n; s++) {
            order[s] = boxed[s];
            key[s] = x[order[s] * d + axis];
        }
        double limit = metric.reducedOfOne(eps);
        int[] count = new int[n];
        long total = sweep(x, d, order, key, eps, limit, metric, count, null, null);
        if (total > largest) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "With eps = %s the points' neighbourhoods hold %,d members, more than %,d: nearly every point is "
                            + "within eps of every other. Choose a smaller eps (the k-distance plot suggests one).",
                    eps, total, largest));
        }
        int[] start = new int[n + 1];
        for (int i = 0; i < n; i++) {
            start[i + 1] = start[i] + count[i];
        }
        int[] members = new int[(int) total];
        int[] next = Arrays.copyOf(start, n);
        sweep(x, d, order, key, eps, limit, metric, null, members, next);
        for (int i = 0; i < n; i++) {
            Arrays.sort(members, start[i], start[i + 1]);
        }
        return new RadiusNeighborhoods(start, members);
    }

    /**
     * Visits each pair within ε once (and each point with itself): counts them into
     * {@code count}, or writes them into {@code members} at {@code next}. Returns the total.
     */
    private static long sweep(double[] x, int d, int[] order, double[] key, double eps, double limit,
                              NeighborMetric metric, int[] count, int[] members, int[] next) {
        int n = order.length;
        long total = 0;
        for (int s = 0; s < n; s++) {
            int i = order[s];
            total += note(i, i, count, members, next);
            for (int t = s + 1; t < n && key[t] - key[s] <= eps; t++) {
                int j = order[t];
                if (metric.reduced(x, i * d, x, j * d, d) <= limit) {
                    total += note(i, j, count, members, next) + note(j, i, count, members, next);
                }
            }
        }
        return total;
    }

    private static int note(int i, int j, int[] count, int[] members, int[] next) {
        if (count != null) {
            count[i]++;
        } else {
            members[next[i]++] = j;
        }
        return 1;
    }

    /** The feature whose values spread widest: sorted along it, the fewest points fall within ε of each other. */
    private static int widestFeature(double[] x, int n, int d) {
        int best = 0;
        double widest = -1;
        for (int j = 0; j < d; j++) {
            double low = Double.POSITIVE_INFINITY;
            double high = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                low = Math.min(low, x[i * d + j]);
                high = Math.max(high, x[i * d + j]);
            }
            if (high - low > widest) {
                widest = high - low;
                best = j;
            }
        }
        return best;
    }

    /** How many points lie within ε of row i, itself included. */
    int size(int i) { return start[i + 1] - start[i]; }

    /** The k-th member of row i's neighbourhood (rows ascending). */
    int member(int i, int k) { return members[start[i] + k]; }

    /** Row i's neighbourhood as a new array (rows ascending). */
    int[] of(int i) { return Arrays.copyOfRange(members, start[i], start[i + 1]); }

    /** The number of members over all neighbourhoods. */
    int total() { return members.length; }
}
