package org.stepwise.algo.density;

import java.util.Arrays;

/**
 * Points sorted by their first feature, so a compact kernel's estimate at x visits only the
 * points whose first coordinate lies within h of x's: the others are farther than h and add 0.
 * (scikit-learn's tree prunes the same nodes exactly, its rtol = 0 notwithstanding.) Immutable;
 * shared by the estimates of one run, which differ only in bandwidth and kernels added.
 */
final class AxisOrder {

    /** The points' indices in increasing order of their first feature, and those first features. */
    private final int[] index;
    private final double[] key;

    AxisOrder(double[] points, int n, int d) {
        double[] firsts = new double[n];
        for (int i = 0; i < n; i++) {
            firsts[i] = points[i * d];
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(firsts[a], firsts[b]));
        index = new int[n];
        key = new double[n];
        for (int p = 0; p < n; p++) {
            index[p] = order[p];
            key[p] = firsts[order[p]];
        }
    }

    int size() { return index.length; }

    /** The point at sorted position p. */
    int index(int p) { return index[p]; }

    /** The first feature of the point at sorted position p. */
    double key(int p) { return key[p]; }

    /** The first sorted position whose first feature is at least {@code value} (size() when none is). */
    int firstAtLeast(double value) {
        int low = 0;
        int high = key.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (key[mid] < value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
