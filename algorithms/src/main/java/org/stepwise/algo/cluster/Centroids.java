package org.stepwise.algo.cluster;

/**
 * The arithmetic of k-means on row-major arrays (n rows of d features, k centres of d), shared by
 * the Lloyd and mini-batch steps, the elbow's runs and the benchmark. Nothing here allocates: the
 * steps of a lesson on 10,000 points and the benchmark on 100,000 call these in their hot loops.
 */
final class Centroids {

    private Centroids() {
    }

    /** ‖x_row − c_centre‖², the squared Euclidean distance. */
    static double squaredDistance(double[] x, int row, double[] centres, int centre, int d) {
        double sum = 0;
        int a = row * d;
        int b = centre * d;
        for (int j = 0; j < d; j++) {
            double diff = x[a + j] - centres[b + j];
            sum += diff * diff;
        }
        return sum;
    }

    /**
     * The nearest centre of row {@code row}: the lowest index on a tie, as scikit-learn's
     * {@code _labels_inertia} (which keeps the first strict minimum).
     */
    static int nearest(double[] x, int row, double[] centres, int k, int d) {
        int best = 0;
        double bestDistance = squaredDistance(x, row, centres, 0, d);
        for (int c = 1; c < k; c++) {
            double distance = squaredDistance(x, row, centres, c, d);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = c;
            }
        }
        return best;
    }

    /**
     * Rows {@code from .. to} to their nearest centres (written into {@code labels}); returns
     * their share of the inertia, Σ min_c ‖x − c‖².
     */
    static double assign(double[] x, int from, int to, double[] centres, int k, int d, int[] labels) {
        double inertia = 0;
        if (d == 2) {
            return assignPlane(x, from, to, centres, k, labels);
        }
        for (int i = from; i < to; i++) {
            int c = nearest(x, i, centres, k, d);
            labels[i] = c;
            inertia += squaredDistance(x, i, centres, c, d);
        }
        return inertia;
    }

    /** {@link #assign} for two features, the lesson's plane: the same sums, unrolled. */
    private static double assignPlane(double[] x, int from, int to, double[] centres, int k, int[] labels) {
        double inertia = 0;
        for (int i = from; i < to; i++) {
            double x0 = x[2 * i];
            double x1 = x[2 * i + 1];
            int best = 0;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                double a = x0 - centres[2 * c];
                double b = x1 - centres[2 * c + 1];
                double distance = a * a + b * b;
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = c;
                }
            }
            labels[i] = best;
            inertia += bestDistance;
        }
        return inertia;
    }

    /** Σ ‖x_i − c_{labels[i]}‖² over every row: the inertia of given labels and centres. */
    static double inertia(double[] x, int n, double[] centres, int d, int[] labels) {
        double inertia = 0;
        for (int i = 0; i < n; i++) {
            inertia += squaredDistance(x, i, centres, labels[i], d);
        }
        return inertia;
    }

    /**
     * Each centre moved to the mean of its rows ({@code centres} written, {@code counts} filled);
     * a centre left with no rows takes the row farthest from its own centre in {@code previous},
     * as scikit-learn's {@code _relocate_empty_clusters_dense}: that row leaves its cluster
     * (whose mean is corrected) and its label becomes the empty centre's. Returns how many centres
     * were relocated.
     */
    static int moveToMeans(double[] x, int n, int d, int k, int[] labels, double[] previous, double[] centres,
                           int[] counts) {
        java.util.Arrays.fill(centres, 0, k * d, 0.0);
        java.util.Arrays.fill(counts, 0, k, 0);
        for (int i = 0; i < n; i++) {
            int c = labels[i];
            counts[c]++;
            int a = i * d;
            int b = c * d;
            for (int j = 0; j < d; j++) {
                centres[b + j] += x[a + j];
            }
        }
        int relocated = relocateEmpty(x, n, d, k, labels, previous, centres, counts);
        for (int c = 0; c < k; c++) {
            if (counts[c] > 0) {
                for (int j = 0; j < d; j++) {
                    centres[c * d + j] /= counts[c];
                }
            }
        }
        return relocated;
    }

    /**
     * Gives each empty centre (in index order) the farthest remaining row from its previous centre,
     * farthest first; {@code centres} holds sums, not yet means. Rare: only when a centre attracted
     * no row.
     */
    private static int relocateEmpty(double[] x, int n, int d, int k, int[] labels, double[] previous,
                                     double[] centres, int[] counts) {
        int relocated = 0;
        for (int empty = 0; empty < k; empty++) {
            if (counts[empty] != 0) {
                continue;
            }
            int far = -1;
            double farthest = -1;
            for (int i = 0; i < n; i++) {
                double distance = squaredDistance(x, i, previous, labels[i], d);
                if (distance > farthest && counts[labels[i]] > 1) {
                    farthest = distance;
                    far = i;
                }
            }
            if (far < 0) {
                break;
            }
            int from = labels[far];
            for (int j = 0; j < d; j++) {
                centres[from * d + j] -= x[far * d + j];
                centres[empty * d + j] = x[far * d + j];
            }
            counts[from]--;
            counts[empty] = 1;
            labels[far] = empty;
            relocated++;
        }
        return relocated;
    }

    /** Σ_c ‖a_c − b_c‖²: how far the centres moved in one update, squared. */
    static double shift(double[] a, double[] b, int length) {
        double sum = 0;
        for (int i = 0; i < length; i++) {
            double diff = a[i] - b[i];
            sum += diff * diff;
        }
        return sum;
    }

    /**
     * scikit-learn's {@code _tolerance}: {@code tol} times the mean of the per-feature variances
     * (population variances), so that tol does not depend on the data's scale.
     */
    static double scaledTolerance(double[] x, int n, int d, double tol) {
        if (tol == 0 || n == 0) {
            return 0;
        }
        double total = 0;
        for (int j = 0; j < d; j++) {
            double mean = 0;
            for (int i = 0; i < n; i++) {
                mean += x[i * d + j];
            }
            mean /= n;
            double variance = 0;
            for (int i = 0; i < n; i++) {
                double diff = x[i * d + j] - mean;
                variance += diff * diff;
            }
            total += variance / n;
        }
        return total / d * tol;
    }
}
