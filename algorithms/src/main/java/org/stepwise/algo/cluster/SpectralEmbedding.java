package org.stepwise.algo.cluster;

import org.stepwise.algo.linalg.SymmetricEigen;

/**
 * The spectral embedding of scikit-learn 1.2.1's {@code spectral_embedding(A, n_components=k,
 * norm_laplacian=True, drop_first=False)}: the eigenvectors of the normalized Laplacian's k
 * smallest eigenvalues, each divided point by point by √degree, each signed as
 * {@code _deterministic_vector_sign_flip} does (its largest entry in absolute value, the first on a
 * tie, positive). scikit-learn finds them with ARPACK in shift-invert mode; here EJML's full
 * symmetric eigen decomposition ({@link SymmetricEigen}) finds all of them, which on a connected
 * graph gives the same vectors up to rounding (von Luxburg, "A Tutorial on Spectral Clustering",
 * 2007, §3.2: Ng, Jordan and Weiss's algorithm with the random-walk scaling).
 *
 * @param embedding   row-major n × k: point i's coordinate c at {@code i * k + c}
 * @param eigenvalues L's smallest eigenvalues, ascending (up to {@value #EIGENVALUES_KEPT}; at least k)
 */
record SpectralEmbedding(double[] embedding, double[] eigenvalues) {

    /** Eigenvalues kept for the gap after the k-th (the eigenvalue plot shows ten). */
    static final int EIGENVALUES_KEPT = 10;

    /** The embedding, or null when EJML's QR iterations do not converge. */
    static SpectralEmbedding of(double[] laplacian, double[] rootDegrees, int n, int k) {
        SymmetricEigen eigen = new SymmetricEigen(n);
        if (!eigen.decompose(laplacian, 0)) {
            return null;
        }
        double[] values = new double[Math.min(n, Math.max(k, EIGENVALUES_KEPT))];
        for (int c = 0; c < values.length; c++) {
            values[c] = eigen.values[n - 1 - c];
        }
        double[] embedding = new double[n * k];
        for (int c = 0; c < k; c++) {
            int column = n - 1 - c;
            int largest = 0;
            for (int i = 0; i < n; i++) {
                double value = eigen.vectors[i * n + column] / rootDegrees[i];
                embedding[i * k + c] = value;
                if (Math.abs(value) > Math.abs(embedding[largest * k + c])) {
                    largest = i;
                }
            }
            if (embedding[largest * k + c] < 0) {
                for (int i = 0; i < n; i++) {
                    embedding[i * k + c] = -embedding[i * k + c];
                }
            }
        }
        return new SpectralEmbedding(embedding, values);
    }
}
