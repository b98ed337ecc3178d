package org.stepwise.algo.decomposition;

import org.stepwise.algo.linalg.RowDots;
import org.stepwise.algo.linalg.SymmetricEigen;

/**
 * FastICA's fixed-point arithmetic on the whitened data X₁ (k × n), as scikit-learn 1.2.1's
 * {@code _ica_par}, {@code _ica_def}, {@code _sym_decorrelation} and {@code _gs_decorrelation}
 * compute it (Hyvärinen &amp; Oja 2000, §6.3 one unit, §6.4 several units; Hyvärinen, Karhunen &amp;
 * Oja 2001, Tables 8.3 and 8.4):
 * <ul>
 * <li>one unit: w⁺ = E{x g(wᵀx)} − E{g′(wᵀx)} w, then Gram–Schmidt against the rows already found,
 *     then w⁺ / ‖w⁺‖; the change is | |w⁺·w| − 1 |;</li>
 * <li>all units at once: W⁺ = E{g(Wx) xᵀ} − diag(E{g′(Wx)}) W, then the symmetric decorrelation
 *     W⁺ ← (W⁺W⁺ᵀ)^(−1/2) W⁺ (by the eigen-decomposition of W⁺W⁺ᵀ, eigenvalues clipped below at
 *     the smallest normal double as numpy's {@code finfo.tiny}); the change is
 *     maxᵢ | |(W⁺Wᵀ)ᵢᵢ| − 1 |.</li>
 * </ul>
 * Expectations are means over the n rows. The buffers are made once; no update allocates.
 */
final class IcaFixedPoint {

    private final int k;
    private final int n;
    private final double[] x;
    private final IcaContrast contrast;
    private final double[] projected;
    private final double[] g;
    private final double[] meanDerivative;
    private final double[] coefficients;
    private final double[] inverseRoots;
    private final double[] raw;
    private final double[] root;
    private final double[] product;
    private final SymmetricEigen eigen;

    IcaFixedPoint(IcaWhitening whitening, IcaContrast contrast) {
        this.k = whitening.components();
        this.n = whitening.samples();
        this.x = whitening.whitenedRows();
        this.contrast = contrast;
        projected = new double[k * n];
        g = new double[k * n];
        meanDerivative = new double[k];
        coefficients = new double[k];
        inverseRoots = new double[k];
        raw = new double[k * k];
        root = new double[k * k];
        product = new double[k * k];
        eigen = new SymmetricEigen(k);
    }

    /**
     * out = (W Wᵀ)^(−1/2) W for the k × k matrix w (row-major); false when the eigen-decomposition
     * did not converge. {@code w} and {@code out} may be the same array.
     */
    boolean decorrelate(double[] w, double[] out) {
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                double sum = 0;
                for (int c = 0; c < k; c++) {
                    sum += w[a * k + c] * w[b * k + c];
                }
                product[a * k + b] = sum;
            }
        }
        if (!eigen.decompose(product, 0)) {
            return false;
        }
        for (int c = 0; c < k; c++) {
            inverseRoots[c] = 1.0 / Math.sqrt(Math.max(eigen.values[c], Double.MIN_NORMAL));
        }
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                double sum = 0;
                for (int c = 0; c < k; c++) {
                    sum += eigen.vectors[a * k + c] * inverseRoots[c] * eigen.vectors[b * k + c];
                }
                root[a * k + b] = sum;
            }
        }
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                double sum = 0;
                for (int c = 0; c < k; c++) {
                    sum += root[a * k + c] * w[c * k + b];
                }
                product[a * k + b] = sum;
            }
        }
        System.arraycopy(product, 0, out, 0, k * k);
        return true;
    }

    /**
     * One parallel iteration from w into next (both k × k, distinct arrays); returns the change
     * maxᵢ | |Σⱼ next_ij w_ij| − 1 |, or NaN when the decorrelation failed.
     */
    double parallel(double[] w, double[] next) {
        java.util.Arrays.fill(projected, 0);
        int a = 0;
        // Four units at a time: each coordinate's row of X₁ is read once for four of W X₁'s rows.
        for (; a + 3 < k; a += 4) {
            int p0 = a * n;
            for (int c = 0; c < k; c++) {
                double w0 = w[a * k + c];
                double w1 = w[(a + 1) * k + c];
                double w2 = w[(a + 2) * k + c];
                double w3 = w[(a + 3) * k + c];
                int row = c * n;
                for (int i = 0; i < n; i++) {
                    double xi = x[row + i];
                    projected[p0 + i] += w0 * xi;
                    projected[p0 + n + i] += w1 * xi;
                    projected[p0 + 2 * n + i] += w2 * xi;
                    projected[p0 + 3 * n + i] += w3 * xi;
                }
            }
        }
        for (; a < k; a++) {
            for (int c = 0; c < k; c++) {
                double weight = w[a * k + c];
                int row = c * n;
                int out = a * n;
                for (int i = 0; i < n; i++) {
                    projected[out + i] += weight * x[row + i];
                }
            }
        }
        for (int u = 0; u < k; u++) {
            meanDerivative[u] = contrast.apply(projected, u * n, n, g);
        }
        int tiled = k - k % 4;
        for (int u = 0; u < tiled; u += 4) {
            for (int b = 0; b < tiled; b += 4) {
                // raw[u..u+3][b..b+3]: four units' g(projected) against four coordinates, summed over the rows.
                RowDots.tile(g, u, x, b, n, raw, k);
            }
        }
        for (int u = 0; u < k; u++) {
            for (int b = u < tiled ? tiled : 0; b < k; b++) {
                raw[u * k + b] = dot(g, u * n, x, b * n, n);
            }
        }
        for (int u = 0; u < k; u++) {
            for (int b = 0; b < k; b++) {
                raw[u * k + b] = raw[u * k + b] / n - meanDerivative[u] * w[u * k + b];
            }
        }
        if (!decorrelate(raw, next)) {
            return Double.NaN;
        }
        double change = 0;
        for (int u = 0; u < k; u++) {
            double diagonal = 0;
            for (int b = 0; b < k; b++) {
                diagonal += next[u * k + b] * w[u * k + b];
            }
            change = Math.max(change, Math.abs(Math.abs(diagonal) - 1));
        }
        return change;
    }


    /**
     * Σ a[from + i] b[at + i] over i &lt; n, in four running sums: one sum's chain of dependent
     * additions was the limit of the update's two products.
     */
    private static double dot(double[] a, int from, double[] b, int at, int n) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            s0 += a[from + i] * b[at + i];
            s1 += a[from + i + 1] * b[at + i + 1];
            s2 += a[from + i + 2] * b[at + i + 2];
            s3 += a[from + i + 3] * b[at + i + 3];
        }
        for (; i < n; i++) {
            s0 += a[from + i] * b[at + i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /**
     * One deflation iteration of unit j: from w (length k) into next, made orthogonal to the
     * first j rows of found (k × k row-major) and of unit length; returns the change
     * | |next·w| − 1 |.
     */
    double deflation(double[] found, int j, double[] w, double[] next) {
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int c = 0; c < k; c++) {
                sum += w[c] * x[c * n + i];
            }
            projected[i] = sum;
        }
        double derivative = contrast.apply(projected, 0, n, g);
        for (int c = 0; c < k; c++) {
            next[c] = dot(x, c * n, g, 0, n) / n - derivative * w[c];
        }
        // Gram–Schmidt: next −= (next · W[:j]ᵀ) W[:j], the coefficients taken before any is removed.
        for (int r = 0; r < j; r++) {
            double dot = 0;
            for (int c = 0; c < k; c++) {
                dot += next[c] * found[r * k + c];
            }
            coefficients[r] = dot;
        }
        for (int r = 0; r < j; r++) {
            for (int c = 0; c < k; c++) {
                next[c] -= coefficients[r] * found[r * k + c];
            }
        }
        double norm = 0;
        for (int c = 0; c < k; c++) {
            norm += next[c] * next[c];
        }
        norm = Math.sqrt(norm);
        double dot = 0;
        for (int c = 0; c < k; c++) {
            next[c] /= norm;
            dot += next[c] * w[c];
        }
        return Math.abs(Math.abs(dot) - 1);
    }
}
