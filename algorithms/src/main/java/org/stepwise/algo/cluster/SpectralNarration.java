package org.stepwise.algo.cluster;

import java.util.Locale;

/** The sentence that explains a spectral clustering stage with its numbers, and a shorter form of it. */
final class SpectralNarration {

    private SpectralNarration() {
    }

    static String full(SpectralSnapshot s) {
        return switch (s.stage()) {
            case START -> "";
            case AFFINITY -> s.rbf()
                    ? format("Affinity: every pair of the %d points scored A = exp(−γ‖xᵢ − xⱼ‖²) with γ = %s; "
                    + "the matrix sums to %s.", s.pointCount(), number(s.gamma()), number(s.affinitySum()))
                    : format("Affinity: each point joined to its %d nearest points (itself included), A = ½(C + Cᵀ): "
                    + "1 both ways, ½ one way; the matrix sums to %s.", s.neighbours(), number(s.affinitySum()));
            case LAPLACIAN -> format("Laplacian L = I − D^−½(A − diag A)D^−½ from the degrees (%s to %s). %s",
                    number(minDegree(s)), number(maxDegree(s)), components(s));
            case EIGENVECTORS -> format("Eigenvectors: the %d smallest eigenvalues of L are %s; %s. Each point's "
                    + "entries in their eigenvectors, divided by √degree, are its coordinates in the embedding.",
                    s.clusterCount(), values(s), gap(s));
            case KMEANS -> "k-means in the embedding. " + KMeansNarration.full(s.kmeans());
        };
    }

    static String brief(SpectralSnapshot s) {
        return switch (s.stage()) {
            case START -> "";
            case AFFINITY -> format("Affinity matrix, sum %s", number(s.affinitySum()));
            case LAPLACIAN -> s.componentCount() == 1 ? "Laplacian: the graph is connected"
                    : format("Laplacian: %d separate pieces", s.componentCount());
            case EIGENVECTORS -> format("Eigenvectors of the %d smallest eigenvalues", s.clusterCount());
            case KMEANS -> "k-means: " + KMeansNarration.brief(s.kmeans());
        };
    }

    private static String components(SpectralSnapshot s) {
        if (s.componentCount() == 1) {
            return "The graph is connected.";
        }
        return format("The graph is not connected: it falls into %d separate pieces, so the eigenvalue 0 repeats "
                + "%d times and its eigenvectors are any mix of the pieces' indicators (scikit-learn warns: "
                + "\"Graph is not fully connected\").", s.componentCount(), s.componentCount());
    }

    private static String gap(SpectralSnapshot s) {
        double[] values = s.eigenvalues();
        int k = s.clusterCount();
        if (values.length <= k) {
            return "there is no next eigenvalue to compare";
        }
        return format("the next is %s, a gap of %s", number(values[k]), number(values[k] - values[k - 1]));
    }

    private static String values(SpectralSnapshot s) {
        double[] values = s.eigenvalues();
        StringBuilder text = new StringBuilder();
        for (int c = 0; c < s.clusterCount(); c++) {
            text.append(c == 0 ? "" : ", ").append(number(Math.abs(values[c]) < 1e-12 ? 0 : values[c]));
        }
        return text.toString();
    }

    private static double minDegree(SpectralSnapshot s) {
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < s.pointCount(); i++) {
            min = Math.min(min, s.degree(i));
        }
        return min;
    }

    private static double maxDegree(SpectralSnapshot s) {
        double max = 0;
        for (int i = 0; i < s.pointCount(); i++) {
            max = Math.max(max, s.degree(i));
        }
        return max;
    }

    private static String number(double value) {
        return format("%.4g", value);
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
