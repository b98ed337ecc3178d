package org.stepwise.algo.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;
import org.junit.jupiter.api.Test;

/** R equals EJML's Householder R up to the signs of its rows, and RᵀR = AᵀA. */
class TallQrTest {

    private static double[] randomRows(int m, int p, long seed, boolean withZeroColumn) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] a = new double[m * p];
        for (int i = 0; i < a.length; i++) {
            a[i] = withZeroColumn && i % p == 1 ? 0 : random.nextGaussian() * (1 + i % p);
        }
        return a;
    }

    private static double[] ejmlR(double[] rows, int from, int to, int p) {
        DMatrixRMaj a = new DMatrixRMaj(to - from, p);
        System.arraycopy(rows, from * p, a.data, 0, (to - from) * p);
        QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(to - from, p);
        qr.decompose(a);
        return qr.getR(null, true).data;
    }

    @Test
    void equalsEjmlsTriangleUpToRowSigns() {
        int[][] shapes = {{7, 7}, {40, 5}, {301, 64}, {300, 63}, {65, 1}};
        for (int[] shape : shapes) {
            int m = shape[0];
            int p = shape[1];
            for (boolean zeroColumn : new boolean[] {false, true}) {
                double[] rows = randomRows(m + 3, p, m * 31L + p, zeroColumn && p > 1);
                double[] ours = TallQr.upperTriangle(rows, 2, m + 2, p);
                double[] theirs = ejmlR(rows, 2, m + 2, p);
                double largest = 0;
                for (double v : theirs) {
                    largest = Math.max(largest, Math.abs(v));
                }
                for (int j = 0; j < p; j++) {
                    double sign = Math.signum(ours[j * p + j]) * Math.signum(theirs[j * p + j]);
                    if (sign == 0) {
                        sign = 1;
                    }
                    for (int k = 0; k < p; k++) {
                        assertEquals(theirs[j * p + k], sign * ours[j * p + k], 1e-12 * largest,
                                m + "×" + p + " R[" + j + "][" + k + "]");
                    }
                }
            }
        }
    }

    @Test
    void itsGramMatrixIsTheDatas() {
        int m = 200;
        int p = 9;
        double[] rows = randomRows(m, p, 5, true);
        double[] r = TallQr.upperTriangle(rows, 0, m, p);
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) {
                double data = 0;
                for (int i = 0; i < m; i++) {
                    data += rows[i * p + a] * rows[i * p + b];
                }
                double triangle = 0;
                for (int k = 0; k < p; k++) {
                    triangle += r[k * p + a] * r[k * p + b];
                }
                assertEquals(data, triangle, 1e-10 * Math.max(1, Math.abs(data)));
            }
            for (int below = a + 1; below < p; below++) {
                assertEquals(0.0, r[below * p + a]);
            }
        }
    }

    @Test
    void refusesAWideMatrix() {
        assertThrows(IllegalArgumentException.class, () -> TallQr.upperTriangle(new double[12], 0, 3, 4));
    }
}
