package org.stepwise.algo.cluster;

/**
 * The arithmetic of a Gaussian mixture on row-major arrays (n rows of d features, k components),
 * as scikit-learn 1.2.1's {@code sklearn/mixture/_gaussian_mixture.py}:
 * {@code _estimate_gaussian_parameters} (with its 10·ε added to every component's mass),
 * {@code _compute_precision_cholesky}, {@code _compute_log_det_cholesky} and
 * {@code _estimate_log_gaussian_prob}, and {@code _base.py}'s {@code _estimate_log_prob_resp}
 * (a log-sum-exp per point). Covariances are stored as {@link CovarianceType#size} numbers in
 * scikit-learn's layout. For {@code full} and {@code tied} the precision factor kept is L⁻¹, the
 * inverse of the covariance's lower Cholesky factor L (scikit-learn keeps its transpose), so that
 * the squared Mahalanobis distance is ‖L⁻¹(x − μ)‖²; for {@code diag} and {@code spherical} it is
 * 1/σ. Nothing here allocates: the E- and M-steps call these in their loops.
 */
final class Gaussians {

    /** numpy's {@code 10 * np.finfo(np.float64).eps}, added to each component's mass. */
    static final double MASS_FLOOR = 10 * Math.ulp(1.0);
    private static final double LOG_TWO_PI = Math.log(2 * Math.PI);

    private Gaussians() {
    }

    /**
     * The M-step's estimates from responsibilities {@code resp} (n × k): masses {@code nk} (each
     * plus 10·ε), means (k × d) and covariances (each with {@code reg} on the diagonal), by
     * scikit-learn's formulas (tied and diag by its expanded sums, so the roundings agree).
     */
    static void estimate(double[] x, int n, int d, int k, double[] resp, double reg, CovarianceType type,
                         double[] nk, double[] means, double[] cov) {
        java.util.Arrays.fill(nk, 0);
        java.util.Arrays.fill(means, 0);
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < k; c++) {
                double r = resp[i * k + c];
                nk[c] += r;
                for (int j = 0; j < d; j++) {
                    means[c * d + j] += r * x[i * d + j];
                }
            }
        }
        for (int c = 0; c < k; c++) {
            nk[c] += MASS_FLOOR;
            for (int j = 0; j < d; j++) {
                means[c * d + j] /= nk[c];
            }
        }
        switch (type) {
            case FULL -> full(x, n, d, k, resp, reg, nk, means, cov);
            case TIED -> tied(x, n, d, k, reg, nk, means, cov);
            case DIAG, SPHERICAL -> diagonal(x, n, d, k, resp, reg, nk, means, cov, type == CovarianceType.SPHERICAL);
        }
    }

    /** Σᵢ rᵢc (xᵢ − μc)(xᵢ − μc)ᵀ / nk_c + reg·I. */
    private static void full(double[] x, int n, int d, int k, double[] resp, double reg, double[] nk,
                             double[] means, double[] cov) {
        java.util.Arrays.fill(cov, 0);
        for (int c = 0; c < k; c++) {
            int base = c * d * d;
            for (int i = 0; i < n; i++) {
                double r = resp[i * k + c];
                for (int a = 0; a < d; a++) {
                    double da = r * (x[i * d + a] - means[c * d + a]);
                    for (int b = 0; b < d; b++) {
                        cov[base + a * d + b] += da * (x[i * d + b] - means[c * d + b]);
                    }
                }
            }
            for (int a = 0; a < d * d; a++) {
                cov[base + a] /= nk[c];
            }
            for (int a = 0; a < d; a++) {
                cov[base + a * d + a] += reg;
            }
        }
    }

    /** (XᵀX − Σc nk_c μc μcᵀ) / Σ nk + reg·I: {@code _estimate_gaussian_covariances_tied}. */
    private static void tied(double[] x, int n, int d, int k, double reg, double[] nk, double[] means, double[] cov) {
        double total = 0;
        for (int c = 0; c < k; c++) {
            total += nk[c];
        }
        for (int a = 0; a < d; a++) {
            for (int b = 0; b < d; b++) {
                double squares = 0;
                for (int i = 0; i < n; i++) {
                    squares += x[i * d + a] * x[i * d + b];
                }
                double meanSquares = 0;
                for (int c = 0; c < k; c++) {
                    meanSquares += nk[c] * means[c * d + a] * means[c * d + b];
                }
                cov[a * d + b] = (squares - meanSquares) / total + (a == b ? reg : 0);
            }
        }
    }

    /**
     * diag: Σᵢ rᵢc xᵢ² / nk_c − 2 μc² + μc² + reg per feature ({@code _estimate_gaussian_covariances_diag});
     * spherical: the mean of those over the features.
     */
    private static void diagonal(double[] x, int n, int d, int k, double[] resp, double reg, double[] nk,
                                 double[] means, double[] cov, boolean spherical) {
        for (int c = 0; c < k; c++) {
            double sum = 0;
            for (int j = 0; j < d; j++) {
                double squares = 0;
                double weighted = 0;
                for (int i = 0; i < n; i++) {
                    double r = resp[i * k + c];
                    squares += r * x[i * d + j] * x[i * d + j];
                    weighted += r * x[i * d + j];
                }
                double mean = means[c * d + j];
                double variance = squares / nk[c] - 2 * (mean * (weighted / nk[c])) + mean * mean + reg;
                if (spherical) {
                    sum += variance;
                } else {
                    cov[c * d + j] = variance;
                }
            }
            if (spherical) {
                cov[c] = sum / d;
            }
        }
    }

    /**
     * The precision factors of the covariances (see the class comment) and each component's
     * log-determinant of that factor, log|L⁻¹| = −½ log|Σ|. Returns false, leaving them partly
     * written, when a covariance is not positive definite (scikit-learn's "ill-defined empirical
     * covariance" error).
     */
    static boolean precisionFactors(double[] cov, CovarianceType type, int k, int d, double[] factor,
                                    double[] logDet, double[] work) {
        return switch (type) {
            case FULL -> {
                for (int c = 0; c < k; c++) {
                    if (!inverseCholesky(cov, c * d * d, d, factor, work)) {
                        yield false;
                    }
                    logDet[c] = logDiagonal(factor, c * d * d, d);
                }
                yield true;
            }
            case TIED -> {
                if (!inverseCholesky(cov, 0, d, factor, work)) {
                    yield false;
                }
                java.util.Arrays.fill(logDet, 0, k, logDiagonal(factor, 0, d));
                yield true;
            }
            case DIAG, SPHERICAL -> {
                int perComponent = type == CovarianceType.DIAG ? d : 1;
                for (int c = 0; c < k; c++) {
                    double sum = 0;
                    for (int j = 0; j < perComponent; j++) {
                        double variance = cov[c * perComponent + j];
                        if (!(variance > 0)) {
                            yield false;
                        }
                        factor[c * perComponent + j] = 1 / Math.sqrt(variance);
                        sum += Math.log(factor[c * perComponent + j]);
                    }
                    logDet[c] = type == CovarianceType.DIAG ? sum : d * sum;
                }
                yield true;
            }
        };
    }

    private static double logDiagonal(double[] matrix, int base, int d) {
        double sum = 0;
        for (int j = 0; j < d; j++) {
            sum += Math.log(matrix[base + j * d + j]);
        }
        return sum;
    }

    /**
     * L⁻¹ of the d × d matrix at {@code cov[base..]} into {@code out[base..]}, lower triangular,
     * L its Cholesky factor (kept in {@code work}); false when a pivot is not positive.
     */
    private static boolean inverseCholesky(double[] cov, int base, int d, double[] out, double[] work) {
        for (int a = 0; a < d; a++) {
            for (int b = 0; b <= a; b++) {
                double sum = cov[base + a * d + b];
                for (int l = 0; l < b; l++) {
                    sum -= work[a * d + l] * work[b * d + l];
                }
                if (a == b) {
                    if (!(sum > 0)) {
                        return false;
                    }
                    work[a * d + a] = Math.sqrt(sum);
                } else {
                    work[a * d + b] = sum / work[b * d + b];
                }
            }
        }
        // Forward substitution, column by column of the identity: L · L⁻¹ = I.
        for (int col = 0; col < d; col++) {
            for (int a = 0; a < d; a++) {
                double sum = a == col ? 1 : 0;
                for (int l = col; l < a; l++) {
                    sum -= work[a * d + l] * out[base + l * d + col];
                }
                out[base + a * d + col] = a < col ? 0 : sum / work[a * d + a];
            }
        }
        return true;
    }

    /**
     * The E-step: every point's responsibilities (n × k, summing to 1) and most likely component
     * ({@code labels}, the first on a tie as numpy's argmax); returns the mean over the points of
     * log Σc πc N(xᵢ | μc, Σc), scikit-learn's {@code log_prob_norm}. {@code row} holds k numbers.
     */
    static double expect(double[] x, int n, int d, int k, double[] logWeights, double[] means, CovarianceType type,
                         double[] factor, double[] logDet, double[] resp, int[] labels, double[] row) {
        double total = 0;
        for (int i = 0; i < n; i++) {
            double max = Double.NEGATIVE_INFINITY;
            int best = 0;
            for (int c = 0; c < k; c++) {
                double value = -0.5 * (d * LOG_TWO_PI + mahalanobis(x, i, d, c, means, type, factor))
                        + logDet[c] + logWeights[c];
                row[c] = value;
                if (value > max) {
                    max = value;
                    best = c;
                }
            }
            double sum = 0;
            for (int c = 0; c < k; c++) {
                sum += Math.exp(row[c] - max);
            }
            double norm = Math.log(sum) + max;
            for (int c = 0; c < k; c++) {
                resp[i * k + c] = Math.exp(row[c] - norm);
            }
            labels[i] = best;
            total += norm;
        }
        return total / n;
    }

    /** (xᵢ − μc)ᵀ Σc⁻¹ (xᵢ − μc) through the precision factor. */
    private static double mahalanobis(double[] x, int i, int d, int c, double[] means, CovarianceType type,
                                      double[] factor) {
        double sum = 0;
        switch (type) {
            case FULL, TIED -> {
                int base = type == CovarianceType.FULL ? c * d * d : 0;
                for (int a = 0; a < d; a++) {
                    double y = 0;
                    for (int l = 0; l <= a; l++) {
                        y += factor[base + a * d + l] * (x[i * d + l] - means[c * d + l]);
                    }
                    sum += y * y;
                }
            }
            case DIAG -> {
                for (int j = 0; j < d; j++) {
                    double y = (x[i * d + j] - means[c * d + j]) * factor[c * d + j];
                    sum += y * y;
                }
            }
            case SPHERICAL -> {
                for (int j = 0; j < d; j++) {
                    double y = (x[i * d + j] - means[c * d + j]) * factor[c];
                    sum += y * y;
                }
            }
        }
        return sum;
    }

    /** The component of the largest responsibility of point i: the first on a tie, as numpy's argmax. */
    static int argmax(double[] resp, int i, int k) {
        int best = 0;
        for (int c = 1; c < k; c++) {
            if (resp[i * k + c] > resp[i * k + best]) {
                best = c;
            }
        }
        return best;
    }
}
