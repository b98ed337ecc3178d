package org.stepwise.algo.linalg;

/**
 * R of the Householder QR factorisation of a tall matrix (m ≥ p rows), which is all PCA needs of
 * it: R has the matrix's singular values and right singular vectors. The reflections are LAPACK's
 * {@code dlarfg} / {@code dlarf} (Golub &amp; Van Loan, <i>Matrix Computations</i>, 4th ed.,
 * §5.1.2–5.2.2): for column j, H = I − τ v vᵀ with v₀ = 1 maps the column onto β e₀.
 *
 * <p>Why not EJML's Householder QR: its inner products run as one chain of additions, which the
 * JIT cannot vectorise or overlap; here the matrix is held column by column in one array and each
 * reflection is applied to four columns at once with eight independent sums, which keeps both
 * floating-point units busy (about twice EJML's speed on Digits' 1,797 × 64). R's rows may differ
 * from EJML's by their signs, which leave singular values and right vectors as they are.
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
        double[] a = new double[m * p];
        for (int i = 0; i < m; i++) {
            int row = (from + i) * p;
            for (int k = 0; k < p; k++) {
                a[k * m + i] = rows[row + k];
            }
        }
        double[] r = new double[p * p];
        for (int j = 0; j < p; j++) {
            int column = j * m;
            double tau = reflect(a, column + j, m - j);
            if (tau != 0) {
                applyToRest(a, m, j, p, tau);
            }
            for (int k = j; k < p; k++) {
                r[j * p + k] = a[k * m + j];
            }
        }
        return r;
    }

    /**
     * Turns x = a[at .. at + length) into β e₀ by H = I − τ v vᵀ (LAPACK's dlarfg): writes β at
     * a[at] and v's tail (v₀ = 1 implied) below it; returns τ, 0 when x's tail is already zero.
     */
    private static double reflect(double[] a, int at, int length) {
        double largest = 0;
        for (int i = 1; i < length; i++) {
            largest = Math.max(largest, Math.abs(a[at + i]));
        }
        if (largest == 0) {
            return 0;
        }
        // Scaled by the largest entry so that squares neither overflow nor underflow.
        double scale = Math.max(largest, Math.abs(a[at]));
        double tailSquares = 0;
        for (int i = 1; i < length; i++) {
            double v = a[at + i] / scale;
            tailSquares += v * v;
        }
        double alpha = a[at] / scale;
        double norm = Math.sqrt(alpha * alpha + tailSquares);
        double beta = alpha >= 0 ? -norm : norm;
        double tau = (beta - alpha) / beta;
        double toV = 1 / ((alpha - beta) * scale);
        for (int i = 1; i < length; i++) {
            a[at + i] *= toV;
        }
        a[at] = beta * scale;
        return tau;
    }

    /** Applies H_j (v below a[j, j], τ) to columns j + 1 .. p − 1, four at a time. */
    private static void applyToRest(double[] a, int m, int j, int p, double tau) {
        int v = j * m;
        int k = j + 1;
        for (; k + 3 < p; k += 4) {
            applyToFour(a, m, j, v, k * m, tau);
        }
        for (; k < p; k++) {
            applyToOne(a, m, j, v, k * m, tau);
        }
    }

    /**
     * vᵀ c for four columns c at once (v₀ = 1: the diagonal entry, then the tail), in eight
     * independent sums, two per column; then c −= τ (vᵀ c) v.
     */
    private static void applyToFour(double[] a, int m, int j, int v, int c1, double tau) {
        int c2 = c1 + m;
        int c3 = c2 + m;
        int c4 = c3 + m;
        double s1 = a[c1 + j], s2 = a[c2 + j], s3 = a[c3 + j], s4 = a[c4 + j];
        double t1 = 0, t2 = 0, t3 = 0, t4 = 0;
        int i = j + 1;
        for (; i + 1 < m; i += 2) {
            double v0 = a[v + i];
            double v1 = a[v + i + 1];
            s1 += v0 * a[c1 + i];
            s2 += v0 * a[c2 + i];
            s3 += v0 * a[c3 + i];
            s4 += v0 * a[c4 + i];
            t1 += v1 * a[c1 + i + 1];
            t2 += v1 * a[c2 + i + 1];
            t3 += v1 * a[c3 + i + 1];
            t4 += v1 * a[c4 + i + 1];
        }
        if (i < m) {
            double v0 = a[v + i];
            s1 += v0 * a[c1 + i];
            s2 += v0 * a[c2 + i];
            s3 += v0 * a[c3 + i];
            s4 += v0 * a[c4 + i];
        }
        double f1 = tau * (s1 + t1);
        double f2 = tau * (s2 + t2);
        double f3 = tau * (s3 + t3);
        double f4 = tau * (s4 + t4);
        a[c1 + j] -= f1;
        a[c2 + j] -= f2;
        a[c3 + j] -= f3;
        a[c4 + j] -= f4;
        for (i = j + 1; i < m; i++) {
            double vi = a[v + i];
            a[c1 + i] -= f1 * vi;
            a[c2 + i] -= f2 * vi;
            a[c3 + i] -= f3 * vi;
            a[c4 + i] -= f4 * vi;
        }
    }

    private static void applyToOne(double[] a, int m, int j, int v, int c, double tau) {
        double sa = a[c + j];
        double sb = 0;
        int i = j + 1;
        for (; i + 1 < m; i += 2) {
            sa += a[v + i] * a[c + i];
            sb += a[v + i + 1] * a[c + i + 1];
        }
        if (i < m) {
            sa += a[v + i] * a[c + i];
        }
        double t = tau * (sa + sb);
        a[c + j] -= t;
        for (i = j + 1; i < m; i++) {
            a[c + i] -= t * a[v + i];
        }
    }
}
