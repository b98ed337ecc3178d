package org.stepwise.algo.cluster;

/**
 * The normalized graph Laplacian of an affinity matrix, as {@code scipy.sparse.csgraph.laplacian(A,
 * normed=True)} followed by scikit-learn 1.2.1's {@code _set_diag(L, 1, norm_laplacian=True)} in
 * {@code spectral_embedding}: L = I − D^−½(A − diag A)D^−½, the degrees d_i = Σ_{j≠i} A_ij leaving
 * the self-affinity out; an isolated point (degree 0) is divided by 1, as scipy does. Also the
 * graph's connected components (points joined by a positive affinity), since the embedding is
 * unique only on a connected graph.
 */
final class GraphLaplacian {

    private GraphLaplacian() {
    }

    /** √d_i, or 1 for a point with no neighbour: what the embedding is divided by. */
    static double[] rootDegrees(double[] a, int n) {
        double[] root = new double[n];
        for (int i = 0; i < n; i++) {
            double degree = 0;
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    degree += a[i * n + j];
                }
            }
            root[i] = degree == 0 ? 1 : Math.sqrt(degree);
        }
        return root;
    }

    /** L, row-major n × n. */
    static double[] normalized(double[] a, double[] rootDegrees, int n) {
        double[] l = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                l[i * n + j] = i == j ? 1 : -a[i * n + j] / (rootDegrees[i] * rootDegrees[j]);
            }
        }
        return l;
    }

    /** Each point's connected component, numbered 0, 1, ... in the order of their first points. */
    static int[] components(double[] a, int n) {
        int[] component = new int[n];
        java.util.Arrays.fill(component, -1);
        int[] stack = new int[n];
        int count = 0;
        for (int start = 0; start < n; start++) {
            if (component[start] >= 0) {
                continue;
            }
            int top = 0;
            stack[top++] = start;
            component[start] = count;
            while (top > 0) {
                int i = stack[--top];
                for (int j = 0; j < n; j++) {
                    if (component[j] < 0 && a[i * n + j] > 0) {
                        component[j] = count;
                        stack[top++] = j;
                    }
                }
            }
            count++;
        }
        return component;
    }
}
