package org.stepwise.algo.cluster;

import java.util.Arrays;
import org.stepwise.algo.neighbors.NeighborMetric;

/**
 * The k-distance plot's values (Ester et al. 1996, §4.2): for each point the distance to its
 * k-th nearest point, itself counted first (at distance 0), sorted ascending. With k =
 * minSamples, a point is a core point exactly when its k-distance is at most ε, so the bend
 * where the sorted curve turns up is where ε separates the dense points from the strays.
 * Every pair is measured: for the sizes a lesson draws (up to {@link #LARGEST} points).
 */
public final class KDistances {

    /** Beyond this many points the plot is not computed (n² distances: 400 million at 20,000). */
    public static final int LARGEST = 20_000;

    private KDistances() {
    }

    /**
     * The sorted k-distances of the n rows of x (row-major, d features) in the metric named
     * ("euclidean" or "manhattan"); k is at most n.
     */
    public static double[] sorted(double[] x, int n, int d, int k, String metricName) {
        if (k < 1 || k > n) {
            throw new IllegalArgumentException("k must be between 1 and the number of points (" + n + "); got " + k);
        }
        NeighborMetric metric = NeighborMetric.of(metricName, 2);
        double[] result = new double[n];
        double[] nearest = new double[k];
        for (int i = 0; i < n; i++) {
            // The k smallest reduced distances so far, ascending: a candidate below the largest is inserted.
            int kept = 0;
            for (int j = 0; j < n; j++) {
                double r = metric.reduced(x, i * d, x, j * d, d);
                if (kept < k) {
                    kept = insert(nearest, kept, r) ;
                } else if (r < nearest[k - 1]) {
                    insert(nearest, k - 1, r);
                }
            }
            result[i] = metric.toDistance(nearest[k - 1]);
        }
        Arrays.sort(result);
        return result;
    }

    /** Inserts r into the ascending first {@code count} entries; returns the new count. */
    private static int insert(double[] nearest, int count, double r) {
        int at = count;
        while (at > 0 && nearest[at - 1] > r) {
            nearest[at] = nearest[at - 1];
            at--;
        }
        nearest[at] = r;
        return count + 1;
    }
}
