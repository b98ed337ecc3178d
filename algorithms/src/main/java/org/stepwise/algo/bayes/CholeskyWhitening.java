package org.stepwise.algo.bayes;

/**
 * The whitening W = L⁻ᵀ of a symmetric positive-definite Σ = L Lᵀ (Cholesky), so that
 * W Wᵀ = Σ⁻¹ and ‖(x − μ)ᵀ W‖² is the squared Mahalanobis distance, with log |Σ| = 2 Σ log L_ii
 * (Golub &amp; Van Loan, <i>Matrix Computations</i>, 4th ed., §4.2). A third of the work of an
 * eigen-decomposition, for the covariances that need no rank decision: QDA's regularised
 * (1 − r)Σ_k + r·I, which equals scikit-learn's rotation-and-scaling form whenever the class has
 * more points than features (the factory requires it), and LDA's per-class covariances shown
 * before pooling. W is upper-triangular: W[j][c] = 0 for j &gt; c.
 *
 * <p>The factor's buffer is allocated once; {@link #whiten} allocates nothing.
 */
final class CholeskyWhitening {

    private final int d;
    private final double[] lower;

    CholeskyWhitening(int d) {
        this.d = d;
        this.lower = new double[d * d];
    }

    /**
     * Writes W for the d × d matrix {@code sigma[sigmaAt ..]} (row-major) to {@code w[wAt ..]} and
     * returns log |Σ|, or NaN (W then undefined) when Σ is not positive definite.
     */
    double whiten(double[] sigma, int sigmaAt, double[] w, int wAt) {
        double logDeterminant = 0;
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = sigma[sigmaAt + i * d + j];
                for (int m = 0; m < j; m++) {
                    sum -= lower[i * d + m] * lower[j * d + m];
                }
                if (i == j) {
                    if (!(sum > 0)) {
                        return Double.NaN;
                    }
                    lower[i * d + i] = Math.sqrt(sum);
                    logDeterminant += Math.log(sum);
                } else {
                    lower[i * d + j] = sum / lower[j * d + j];
                }
            }
        }
        // Column c of L⁻¹ by forward substitution: L y = e_c; W[j][c] = (L⁻¹)[c][j] = y of column j at row c.
        for (int i = 0; i < d * d; i++) {
            w[wAt + i] = 0;
        }
        for (int c = 0; c < d; c++) {
            for (int i = c; i < d; i++) {
                double sum = i == c ? 1 : 0;
                for (int m = c; m < i; m++) {
                    sum -= lower[i * d + m] * w[wAt + c * d + m];
                }
                // y_i of column c, stored for now as w[c][i] (row c of W holds (L⁻¹)[i][c] = W[c][i]).
                w[wAt + c * d + i] = sum / lower[i * d + i];
            }
        }
        return logDeterminant;
    }
}
