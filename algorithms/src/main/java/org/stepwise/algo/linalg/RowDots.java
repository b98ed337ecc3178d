package org.stepwise.algo.linalg;

/**
 * Dot products of the rows of two row-major matrices that share a row length, four rows of each
 * at a time: sixteen running sums, so each pair of loads feeds four multiply-adds, where one dot
 * product at a time loaded two numbers for one (PCA's scores, FastICA's E[g(wᵀx) x]).
 */
public final class RowDots {

    private RowDots() {
    }

    /**
     * out[(a + s) * stride + b + t] = Σ_f left[(a + s) * length + f] · right[(b + t) * length + f]
     * for s, t in 0..3: rows a..a+3 of {@code left} against rows b..b+3 of {@code right}.
     */
    public static void tile(double[] left, int a, double[] right, int b, int length, double[] out, int stride) {
        int a0 = a * length;
        int a1 = a0 + length;
        int a2 = a1 + length;
        int a3 = a2 + length;
        int b0 = b * length;
        int b1 = b0 + length;
        int b2 = b1 + length;
        int b3 = b2 + length;
        double s00 = 0, s01 = 0, s02 = 0, s03 = 0, s10 = 0, s11 = 0, s12 = 0, s13 = 0;
        double s20 = 0, s21 = 0, s22 = 0, s23 = 0, s30 = 0, s31 = 0, s32 = 0, s33 = 0;
        for (int f = 0; f < length; f++) {
            double u0 = left[a0 + f], u1 = left[a1 + f], u2 = left[a2 + f], u3 = left[a3 + f];
            double v0 = right[b0 + f], v1 = right[b1 + f], v2 = right[b2 + f], v3 = right[b3 + f];
            s00 += u0 * v0; s01 += u0 * v1; s02 += u0 * v2; s03 += u0 * v3;
            s10 += u1 * v0; s11 += u1 * v1; s12 += u1 * v2; s13 += u1 * v3;
            s20 += u2 * v0; s21 += u2 * v1; s22 += u2 * v2; s23 += u2 * v3;
            s30 += u3 * v0; s31 += u3 * v1; s32 += u3 * v2; s33 += u3 * v3;
        }
        int o = a * stride + b;
        out[o] = s00; out[o + 1] = s01; out[o + 2] = s02; out[o + 3] = s03;
        o += stride;
        out[o] = s10; out[o + 1] = s11; out[o + 2] = s12; out[o + 3] = s13;
        o += stride;
        out[o] = s20; out[o + 1] = s21; out[o + 2] = s22; out[o + 3] = s23;
        o += stride;
        out[o] = s30; out[o + 1] = s31; out[o + 2] = s32; out[o + 3] = s33;
    }
}
