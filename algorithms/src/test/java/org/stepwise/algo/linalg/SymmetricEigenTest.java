package org.stepwise.algo.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.random.RandomGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stepwise.algo.Randomness;

class SymmetricEigenTest {

    /** A V = V Λ, Vᵀ V = I and the eigenvalues largest first, on random symmetric matrices (one singular). */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 7, 20})
    void decomposesASymmetricMatrix(int d) {
        RandomGenerator random = Randomness.generator(d);
        double[] b = new double[d * d];
        for (int i = 0; i < d * d; i++) {
            b[i] = random.nextGaussian();
        }
        // A = B Bᵀ with B's last column zeroed: positive semi-definite, one eigenvalue 0 when d > 1.
        double[] a = new double[d * d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                double sum = 0;
                for (int l = 0; l < d - 1 || (d == 1 && l < 1); l++) {
                    sum += b[i * d + l] * b[j * d + l];
                }
                a[i * d + j] = sum;
            }
        }
        SymmetricEigen eigen = new SymmetricEigen(d);
        eigen.decompose(a, 0);
        for (int c = 0; c < d; c++) {
            if (c > 0) {
                assertThat(eigen.values[c]).isLessThanOrEqualTo(eigen.values[c - 1]);
            }
            for (int i = 0; i < d; i++) {
                double av = 0;
                for (int j = 0; j < d; j++) {
                    av += a[i * d + j] * eigen.vectors[j * d + c];
                }
                assertThat(av).isCloseTo(eigen.values[c] * eigen.vectors[i * d + c], within(1e-12 * d));
            }
            for (int c2 = 0; c2 < d; c2++) {
                double dot = 0;
                for (int i = 0; i < d; i++) {
                    dot += eigen.vectors[i * d + c] * eigen.vectors[i * d + c2];
                }
                assertThat(dot).isCloseTo(c == c2 ? 1 : 0, within(1e-13));
            }
        }
        if (d > 1) {
            assertThat(eigen.values[d - 1]).isCloseTo(0, within(1e-12 * d));
        }
    }
}
