package org.stepwise.algo.neural;

import java.util.Arrays;

/**
 * The three products a dense layer needs, on row-major arrays with offsets, written as 4 × 4 tiles
 * whose sixteen sums stay in registers over the whole inner dimension (two loads per four
 * multiply-adds instead of two loads and a store per one). Each sum still adds its terms in the
 * order of the inner index, so results equal those of the plain triple loop bit for bit.
 */
final class MatrixKernels {

    private static final int TILE = 4;

    private MatrixKernels() {
    }

    /**
     * C += A B with A m × p (from {@code a[aStart]}), B p × n ({@code b[bStart]}), C m × n
     * ({@code c[0]}). Modified: {@code c}.
     */
    static void multiplyAdd(double[] a, double[] b, int bStart, double[] c, int m, int p, int n) {
        int rowEnd = m - m % TILE;
        int columnEnd = n - n % TILE;
        for (int i = 0; i < rowEnd; i += TILE) {
            for (int j = 0; j < columnEnd; j += TILE) {
                tile(a, i * p, 1, p, b, bStart + j, n, 1, c, i * n + j, n, p);
            }
            for (int j = columnEnd; j < n; j++) {
                for (int row = i; row < i + TILE; row++) {
                    c[row * n + j] = dot(a, row * p, 1, b, bStart + j, n, p, c[row * n + j]);
                }
            }
        }
        for (int i = rowEnd; i < m; i++) {
            for (int j = 0; j < n; j++) {
                c[i * n + j] = dot(a, i * p, 1, b, bStart + j, n, p, c[i * n + j]);
            }
        }
    }

    /**
     * C += Aᵀ G with A m × p ({@code a[0]}), G m × n ({@code g[0]}), C p × n (from
     * {@code c[cStart]}): the weight gradient xᵀ δ. Modified: {@code c}.
     */
    static void transposeMultiplyAdd(double[] a, double[] g, double[] c, int cStart, int m, int p, int n) {
        int rowEnd = p - p % TILE;
        int columnEnd = n - n % TILE;
        for (int k = 0; k < rowEnd; k += TILE) {
            for (int j = 0; j < columnEnd; j += TILE) {
                tile(a, k, p, 1, g, j, n, 1, c, cStart + k * n + j, n, m);
            }
            for (int j = columnEnd; j < n; j++) {
                for (int row = k; row < k + TILE; row++) {
                    c[cStart + row * n + j] = dot(a, row, p, g, j, n, m, c[cStart + row * n + j]);
                }
            }
        }
        for (int k = rowEnd; k < p; k++) {
            for (int j = 0; j < n; j++) {
                c[cStart + k * n + j] = dot(a, k, p, g, j, n, m, c[cStart + k * n + j]);
            }
        }
    }

    /**
     * C = G Bᵀ with G m × n ({@code g[0]}), B p × n (from {@code b[bStart]}), C m × p ({@code c[0]}),
     * overwritten: the input gradient δ Wᵀ. Modified: {@code c}.
     */
    static void multiplyTransposed(double[] g, double[] b, int bStart, double[] c, int m, int n, int p) {
        int rowEnd = m - m % TILE;
        int columnEnd = p - p % TILE;
        for (int i = 0; i < rowEnd; i += TILE) {
            for (int k = 0; k < columnEnd; k += TILE) {
                for (int row = i; row < i + TILE; row++) {
                    Arrays.fill(c, row * p + k, row * p + k + TILE, 0);
                }
                tile(g, i * n, 1, n, b, bStart + k * n, 1, n, c, i * p + k, p, n);
            }
            for (int k = columnEnd; k < p; k++) {
                for (int row = i; row < i + TILE; row++) {
                    c[row * p + k] = dot(g, row * n, 1, b, bStart + k * n, 1, n, 0);
                }
            }
        }
        for (int i = rowEnd; i < m; i++) {
            for (int k = 0; k < p; k++) {
                c[i * p + k] = dot(g, i * n, 1, b, bStart + k * n, 1, n, 0);
            }
        }
    }

    /** start + Σ_t x[xStart + t·xStride] y[yStart + t·yStride], t &lt; length, in order. */
    private static double dot(double[] x, int xStart, int xStride, double[] y, int yStart, int yStride, int length,
                              double start) {
        double sum = start;
        for (int t = 0, xi = xStart, yi = yStart; t < length; t++, xi += xStride, yi += yStride) {
            sum += x[xi] * y[yi];
        }
        return sum;
    }

    /**
     * One 4 × 4 tile of C (at {@code cStart}, row stride {@code cStride}) plus the sum over t &lt;
     * {@code length} of left(row, t) right(t, column), where left(row, t) =
     * left[leftStart + row·leftRowStride + t·leftStep] and right(t, column) =
     * right[rightStart + t·rightStep + column·rightColumnStride].
     */
    private static void tile(double[] left, int leftStart, int leftStep, int leftRowStride,
                             double[] right, int rightStart, int rightStep, int rightColumnStride,
                             double[] c, int cStart, int cStride, int length) {
        int cs = rightColumnStride;
        int c1 = cStart + cStride;
        int c2 = c1 + cStride;
        int c3 = c2 + cStride;
        double s00 = c[cStart], s01 = c[cStart + 1], s02 = c[cStart + 2], s03 = c[cStart + 3];
        double s10 = c[c1], s11 = c[c1 + 1], s12 = c[c1 + 2], s13 = c[c1 + 3];
        double s20 = c[c2], s21 = c[c2 + 1], s22 = c[c2 + 2], s23 = c[c2 + 3];
        double s30 = c[c3], s31 = c[c3 + 1], s32 = c[c3 + 2], s33 = c[c3 + 3];
        int l0 = leftStart;
        int l1 = l0 + leftRowStride;
        int l2 = l1 + leftRowStride;
        int l3 = l2 + leftRowStride;
        int r = rightStart;
        for (int t = 0; t < length; t++, l0 += leftStep, l1 += leftStep, l2 += leftStep, l3 += leftStep, r += rightStep) {
            double a0 = left[l0], a1 = left[l1], a2 = left[l2], a3 = left[l3];
            double b0 = right[r], b1 = right[r + cs], b2 = right[r + 2 * cs], b3 = right[r + 3 * cs];
            s00 += a0 * b0; s01 += a0 * b1; s02 += a0 * b2; s03 += a0 * b3;
            s10 += a1 * b0; s11 += a1 * b1; s12 += a1 * b2; s13 += a1 * b3;
            s20 += a2 * b0; s21 += a2 * b1; s22 += a2 * b2; s23 += a2 * b3;
            s30 += a3 * b0; s31 += a3 * b1; s32 += a3 * b2; s33 += a3 * b3;
        }
        c[cStart] = s00; c[cStart + 1] = s01; c[cStart + 2] = s02; c[cStart + 3] = s03;
        c[c1] = s10; c[c1 + 1] = s11; c[c1 + 2] = s12; c[c1 + 3] = s13;
        c[c2] = s20; c[c2 + 1] = s21; c[c2 + 2] = s22; c[c2 + 3] = s23;
        c[c3] = s30; c[c3 + 1] = s31; c[c3 + 2] = s32; c[c3 + 3] = s33;
    }
}
