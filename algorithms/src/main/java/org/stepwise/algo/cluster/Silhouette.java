package org.stepwise.algo.cluster;

/**
 * The silhouette of a clustering (Rousseeuw 1987), as scikit-learn 1.2.1's
 * {@code silhouette_samples} and {@code silhouette_score} with the Euclidean metric: for point i,
 * a = its mean distance to the other points of its cluster, b = the smallest mean distance to
 * the points of another cluster, s = (b − a) / max(a, b), and s = 0 in a cluster of one point.
 * The score is the mean of s. Defined for 2 ≤ (clusters present) ≤ n − 1; O(n²) distances.
 */
public final class Silhouette {

    private Silhouette() {
    }

    /** Whether the silhouette is defined for these labels (labels 0 .. k − 1). */
    public static boolean defined(int[] labels, int k) {
        int present = 0;
        for (int size : sizes(labels, k)) {
            if (size > 0) {
                present++;
            }
        }
        return present >= 2 && present <= labels.length - 1;
    }

    /**
     * Each point's silhouette s(i).
     *
     * @param x      the rows, row-major, n × d
     * @param labels each row's cluster, 0 .. k − 1
     */
    public static double[] samples(double[] x, int d, int[] labels, int k) {
        int n = labels.length;
        int[] sizes = sizes(labels, k);
        // sums[i·k + c] = Σ distances from row i to the rows of cluster c; each pair measured once.
        double[] sums = new double[n * k];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double distance = Math.sqrt(Centroids.squaredDistance(x, i, x, j, d));
                sums[i * k + labels[j]] += distance;
                sums[j * k + labels[i]] += distance;
            }
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            int own = labels[i];
            if (sizes[own] <= 1) {
                continue;
            }
            double a = sums[i * k + own] / (sizes[own] - 1);
            double b = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                if (c != own && sizes[c] > 0) {
                    b = Math.min(b, sums[i * k + c] / sizes[c]);
                }
            }
            double denominator = Math.max(a, b);
            out[i] = denominator == 0 ? 0 : (b - a) / denominator;
        }
        return out;
    }

    /** The mean silhouette, scikit-learn's {@code silhouette_score}. */
    public static double score(double[] samples) {
        double sum = 0;
        for (double s : samples) {
            sum += s;
        }
        return sum / samples.length;
    }

    static int[] sizes(int[] labels, int k) {
        int[] sizes = new int[k];
        for (int label : labels) {
            sizes[label]++;
        }
        return sizes;
    }
}
