package org.stepwise.algo.cluster;

import java.util.random.RandomGenerator;

/**
 * The first centres, as scikit-learn 1.2.1's {@code KMeans(init=...)} chooses them, with the
 * run's own seeded generator in place of numpy's:
 * <ul>
 *   <li>{@code first}: the first k rows ({@code init=X[:k]}), the deterministic start the fixtures use;</li>
 *   <li>{@code random}: k distinct rows drawn uniformly ({@code random_state.permutation(n)[:k]});</li>
 *   <li>{@code k-means++}: Arthur &amp; Vassilvitskii (2007) with scikit-learn's greedy trials
 *       ({@code _kmeans_plusplus}): the first centre a uniformly drawn row; each next one the best of
 *       {@code 2 + ⌊ln k⌋} candidates, each drawn with probability proportional to D(x)², its squared
 *       distance to the nearest centre chosen so far, "best" meaning the candidate that leaves the
 *       smallest total D². It samples; it is not the farthest-first heuristic.</li>
 * </ul>
 */
final class KMeansInit {

    static final String FIRST = "first";
    static final String RANDOM = "random";
    static final String PLUS_PLUS = "k-means++";

    private KMeansInit() {
    }

    /** The rows chosen as the k first centres, in order. */
    static int[] rows(String init, double[] x, int n, int d, int k, RandomGenerator random) {
        return switch (init) {
            case FIRST -> firstRows(k);
            case RANDOM -> randomRows(n, k, random);
            case PLUS_PLUS -> plusPlusRows(x, n, d, k, random);
            default -> throw new IllegalArgumentException("init must be one of k-means++, random, first; got " + init);
        };
    }

    /** Copies the chosen rows into a row-major k × d array of centres. */
    static double[] centresOf(int[] rows, double[] x, int d) {
        double[] centres = new double[rows.length * d];
        for (int c = 0; c < rows.length; c++) {
            System.arraycopy(x, rows[c] * d, centres, c * d, d);
        }
        return centres;
    }

    private static int[] firstRows(int k) {
        int[] rows = new int[k];
        for (int c = 0; c < k; c++) {
            rows[c] = c;
        }
        return rows;
    }

    /** The first k entries of a uniform random permutation (a partial Fisher–Yates shuffle). */
    private static int[] randomRows(int n, int k, RandomGenerator random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(n - i);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return java.util.Arrays.copyOf(order, k);
    }

    private static int[] plusPlusRows(double[] x, int n, int d, int k, RandomGenerator random) {
        int trials = 2 + (int) Math.log(k);
        int[] rows = new int[k];
        rows[0] = random.nextInt(n);
        double[] closest = new double[n];
        double potential = 0;
        for (int i = 0; i < n; i++) {
            closest[i] = Centroids.squaredDistance(x, i, x, rows[0], d);
            potential += closest[i];
        }
        double[] cumulative = new double[n];
        double[] candidate = new double[n];
        double[] best = new double[n];
        for (int c = 1; c < k; c++) {
            double running = 0;
            for (int i = 0; i < n; i++) {
                running += closest[i];
                cumulative[i] = running;
            }
            double bestPotential = Double.POSITIVE_INFINITY;
            int bestRow = -1;
            for (int t = 0; t < trials; t++) {
                int row = firstAtLeast(cumulative, random.nextDouble() * potential);
                double candidatePotential = 0;
                for (int i = 0; i < n; i++) {
                    candidate[i] = Math.min(closest[i], Centroids.squaredDistance(x, i, x, row, d));
                    candidatePotential += candidate[i];
                }
                // The first of equally good candidates wins, as numpy's argmin.
                if (candidatePotential < bestPotential) {
                    bestPotential = candidatePotential;
                    bestRow = row;
                    System.arraycopy(candidate, 0, best, 0, n);
                }
            }
            rows[c] = bestRow;
            potential = bestPotential;
            System.arraycopy(best, 0, closest, 0, n);
        }
        return rows;
    }

    /** numpy's {@code searchsorted(cumulative, value)} (side left), clipped to the last index. */
    private static int firstAtLeast(double[] cumulative, double value) {
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulative[middle] < value) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
