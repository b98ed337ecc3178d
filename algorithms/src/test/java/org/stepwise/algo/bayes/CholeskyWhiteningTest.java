package org.stepwise.algo.bayes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stepwise.algo.Randomness;
import org.stepwise.algo.linalg.SymmetricEigen;

class CholeskyWhiteningTest {

    /** Σ = B Bᵀ + I: Wᵀ Σ W = I, W upper-triangular, log |Σ| as the eigenvalues give it. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5, 13})
    void whitensAPositiveDefiniteMatrix(int d) {
        RandomGenerator random = Randomness.generator(d);
        double[] b = new double[d * d];
        for (int i = 0; i < d * d; i++) {
            b[i] = random.nextGaussian();
        }
        double[] sigma = new double[d * d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                double sum = i == j ? 1 : 0;
                for (int l = 0; l < d; l++) {
                    sum += b[i * d + l] * b[j * d + l];
                }
                sigma[i * d + j] = sum;
            }
        }
        double[] w = new double[d * d];
        double logDeterminant = new CholeskyWhitening(d).whiten(sigma, 0, w, 0);
        for (int a = 0; a < d; a++) {
            for (int c = 0; c < d; c++) {
                if (a > c) {
                    assertThat(w[a * d + c]).isZero();
                }
                double sum = 0;
                for (int i = 0; i < d; i++) {
                    for (int j = 0; j < d; j++) {
                        sum += w[i * d + a] * sigma[i * d + j] * w[j * d + c];
                    }
                }
                assertThat(sum).as("(WᵀΣW)[%d][%d]", a, c).isCloseTo(a == c ? 1 : 0, within(1e-10));
            }
        }
        SymmetricEigen eigen = new SymmetricEigen(d);
        eigen.decompose(sigma, 0);
        double expected = 0;
        for (double value : eigen.values) {
            expected += Math.log(value);
        }
        assertThat(logDeterminant).isCloseTo(expected, within(1e-10));
    }

    @Test
    void refusesASingularMatrix() {
        double[] sigma = {1, 1, 1, 1};
        assertThat(new CholeskyWhitening(2).whiten(sigma, 0, new double[4], 0)).isNaN();
    }
}
