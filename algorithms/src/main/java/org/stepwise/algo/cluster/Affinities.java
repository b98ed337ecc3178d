package org.stepwise.algo.cluster;

/**
 * The affinity matrices of scikit-learn 1.2.1's {@code SpectralClustering.fit}, dense and
 * row-major n × n: {@code affinity="rbf"}'s {@code pairwise_kernels(X, metric="rbf", gamma)},
 * A_ij = exp(−γ‖x_i − x_j‖²), and {@code affinity="nearest_neighbors"}'s
 * 0.5 (C + Cᵀ) with C = {@code kneighbors_graph(X, n_neighbors, include_self=True)}: C_ij = 1 when
 * j is one of i's n_neighbors nearest points, i itself counted first.
 */
final class Affinities {

    static final String RBF = "rbf";
    static final String NEAREST_NEIGHBORS = "nearest_neighbors";

    private Affinities() {
    }

    static double[] rbf(double[] x, int n, int d, double gamma) {
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            a[i * n + i] = 1;
            for (int j = i + 1; j < n; j++) {
                double value = Math.exp(-gamma * squaredDistance(x, i, j, d));
                a[i * n + j] = value;
                a[j * n + i] = value;
            }
        }
        return a;
    }

    /**
     * The symmetrized k-NN connectivity. A point's neighbours are its {@code neighbours} smallest
     * distances, itself included (distance 0); on a tie the lower index wins (scikit-learn's order
     * on a tie depends on its tree, so the fixtures have none).
     */
    static double[] nearestNeighbors(double[] x, int n, int d, int neighbours) {
        double[] a = new double[n * n];
        double[] distances = new double[n];
        int[] nearest = new int[neighbours];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                distances[j] = j == i ? -1 : squaredDistance(x, i, j, d);
            }
            smallest(distances, neighbours, nearest);
            for (int j : nearest) {
                a[i * n + j] += 0.5;
                a[j * n + i] += 0.5;
            }
        }
        return a;
    }

    /** The indices of the {@code count} smallest values, by insertion into a sorted list (count is small). */
    private static void smallest(double[] values, int count, int[] out) {
        int filled = 0;
        for (int j = 0; j < values.length; j++) {
            double value = values[j];
            if (filled == count && value >= values[out[count - 1]]) {
                continue;
            }
            int at = Math.min(filled, count - 1);
            while (at > 0 && values[out[at - 1]] > value) {
                out[at] = out[at - 1];
                at--;
            }
            out[at] = j;
            filled = Math.min(filled + 1, count);
        }
    }

    private static double squaredDistance(double[] x, int i, int j, int d) {
        double sum = 0;
        for (int f = 0; f < d; f++) {
            double diff = x[i * d + f] - x[j * d + f];
            sum += diff * diff;
        }
        return sum;
    }

    /** Σ_ij A_ij. */
    static double sum(double[] a) {
        double sum = 0;
        for (double value : a) {
            sum += value;
        }
        return sum;
    }
}
