package org.stepwise.algo.linalg;

/**
 * R of the Householder QR factorisation of a tall matrix (m ≥ p rows), which is all PCA needs of
 * it: R has the matrix's singular values and right singular vectors. The reflections are LAPACK's
 * {@code dlarfg} / {@code dlarf} (Golub &amp; Van Loan, <i>Matrix Computations</i>, 4th ed.,
 * §5.1.2–5.2.2): for column j, H = I − τ v vᵀ with v₀ = 1 maps the column onto β e₀.
 *
 * <p>Why not EJML's Householder QR: its inner products run as one chain of additions, which the
 * JIT cannot overlap. Here each reflection is applied to four columns at once with eight
 * independent sums, which keeps both floating-point units busy, and each column is an array of
 * its own, so that the update c −= f v reads two arrays at one index, which the JIT vectorises
 * (one array at two offsets it does not). R's rows may differ from EJML's by their signs, which
 * leave singular values and right vectors as they are.
 */
public final class TallQr {

    private TallQr() {
    }

    /**
     * The p × p upper triangle R (row-major) of rows [from, to) of a row-major matrix with p
     * columns; needs to − from ≥ p. The input is not modified.
     */
    public static double[] upperTriangle(double[] rows, int from, int to, int p) {
        int m = to - from;
        if (m < p) {
            throw new IllegalArgumentException("a tall QR needs at least as many rows as columns; got " + m + " × " + p);
        }
        double[][] a = new double[p][m];
        for (int i = 0; i < m; i++) {
            int row = (from + i) * p;
            for (int k = 0; k < p; k++) {
                a[k][i] = rows[row + k];
            }
        }
        double[] r = new double[p * p];
        for (int j = 0; j < p; j++) {
            double[] v = a[j];
            double tau = reflect(v, j, m);
            if (tau != 0) {
                int k = j + 1;
                for (; k + 3 < p; k += 4) {
                    applyToFour(v, a[k], a[k + 1], a[k + 2], a[k + 3], j, m, tau);
                }
                for (; k < p; k++) {
                    applyToOne(v, a[k], j, m, tau);
                }
            }
            for (int k = j; k < p; k++) {
                r[j * p + k] = a[k][j];
            }
        }
        return r;
    }

    /**
     * Turns x[at .. m) into β e₀ by H = I − τ v vᵀ (LAPACK's dlarfg): writes β at x[at] and v's
     * tail (v₀ = 1 implied) below it; returns τ, 0 when x's tail is already zero.
     */
    private static double reflect(double[] x, int at, int m) {
        double largest = 0;
        for (int i = at + 1; i < m; i++) {
            largest = Math.max(largest, Math.abs(x[i]));
        }
        if (largest == 0) {
            return 0;
        }
        // Scaled by the largest entry so that squares neither overflow nor underflow.
        double scale = Math.max(largest, Math.abs(x[at]));
        double tailSquares = 0;
        for (int i = at + 1; i < m; i++) {
            double v = x[i] / scale;
            tailSquares += v * v;
        }
        double alpha = x[at] / scale;
        double norm = Math.sqrt(alpha * alpha + tailSquares);
        double beta = alpha >= 0 ? -norm : norm;
        double tau = (beta - alpha) / beta;
        double toV = 1 / ((alpha - beta) * scale);
        for (int i = at + 1; i < m; i++) {
            x[i] *= toV;
        }
        x[at] = beta * scale;
        return tau;
    }

    /**
     * vᵀ c for four columns c at once (v₀ = 1: the diagonal entry, then the tail), in eight
     * independent sums, two per column; then c −= τ (vᵀ c) v.
     */
    private static void applyToFour(double[] v, double[] c1, double[] c2, double[] c3, double[] c4, int j, int m,
                                    double tau) {
        double s1 = c1[j], s2 = c2[j], s3 = c3[j], s4 = c4[j];
        double t1 = 0, t2 = 0, t3 = 0, t4 = 0;
        int i = j + 1;
        for (; i + 1 < m; i += 2) {
            double v0 = v[i];
            double v1 = v[i + 1];
            s1 += v0 * c1[i];
            s2 += v0 * c2[i];
            s3 += v0 * c3[i];
            s4 += v0 * c4[i];
            t1 += v1 * c1[i + 1];
            t2 += v1 * c2[i + 1];
            t3 += v1 * c3[i + 1];
            t4 += v1 * c4[i + 1];
        }
        if (i < m) {
            double v0 = v[i];
            s1 += v0 * c1[i];
            s2 += v0 * c2[i];
            s3 += v0 * c3[i];
            s4 += v0 * c4[i];
        }
        update(v, c1, j, m, tau * (s1 + t1));
        update(v, c2, j, m, tau * (s2 + t2));
        update(v, c3, j, m, tau * (s3 + t3));
        update(v, c4, j, m, tau * (s4 + t4));
    }

    private static void applyToOne(double[] v, double[] c, int j, int m, double tau) {
        double sa = c[j];
        double sb = 0;
        int i = j + 1;
        for (; i + 1 < m; i += 2) {
            sa += v[i] * c[i];
            sb += v[i + 1] * c[i + 1];
        }
        if (i < m) {
            sa += v[i] * c[i];
        }
        update(v, c, j, m, tau * (sa + sb));
    }

    /** c −= f v (v₀ = 1): two arrays at one index, a loop the JIT vectorises. */
    private static void update(double[] v, double[] c, int j, int m, double f) {
        c[j] -= f;
        for (int i = j + 1; i < m; i++) {
            c[i] -= f * v[i];
        }
    }
}
