package org.stepwise.algo.neural;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The tiled products equal the plain triple loops bit for bit, tiles and ragged edges alike. */
class MatrixKernelsTest {

    @ParameterizedTest
    @CsvSource({"4, 4, 4", "7, 9, 6", "1, 3, 10", "32, 64, 10", "5, 1, 1"})
    void tiledProductsEqualThePlainLoops(int m, int p, int n) {
        double[] a = GradientCheck.randomAwayFromZero(m * p, 1);
        double[] g = GradientCheck.randomAwayFromZero(m * n, 2);
        int offset = 3;
        double[] b = GradientCheck.randomAwayFromZero(offset + p * n, 3);
        double[] start = GradientCheck.randomAwayFromZero(m * n, 4);

        double[] product = start.clone();
        MatrixKernels.multiplyAdd(a, b, offset, product, m, p, n);
        double[] expected = start.clone();
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < p; k++) {
                    expected[i * n + j] += a[i * p + k] * b[offset + k * n + j];
                }
            }
        }
        assertThat(product).containsExactly(expected);

        double[] weightGradient = new double[offset + p * n];
        MatrixKernels.transposeMultiplyAdd(a, g, weightGradient, offset, m, p, n);
        double[] expectedGradient = new double[offset + p * n];
        for (int i = 0; i < m; i++) {
            for (int k = 0; k < p; k++) {
                for (int j = 0; j < n; j++) {
                    expectedGradient[offset + k * n + j] += a[i * p + k] * g[i * n + j];
                }
            }
        }
        assertThat(weightGradient).containsExactly(expectedGradient);

        double[] inputGradient = GradientCheck.randomAwayFromZero(m * p, 5); // overwritten
        MatrixKernels.multiplyTransposed(g, b, offset, inputGradient, m, n, p);
        double[] expectedInput = new double[m * p];
        for (int i = 0; i < m; i++) {
            for (int k = 0; k < p; k++) {
                for (int j = 0; j < n; j++) {
                    expectedInput[i * p + k] += g[i * n + j] * b[offset + k * n + j];
                }
            }
        }
        assertThat(inputGradient).containsExactly(expectedInput);
    }
}
