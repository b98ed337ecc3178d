package org.stepwise.algo.bayes;

/**
 * Eigenvalues and eigenvectors of a small symmetric matrix by the cyclic Jacobi method (Golub &amp;
 * Van Loan, <i>Matrix Computations</i>, 4th ed., §8.5; the rotation and the skipping of negligible
 * elements as in Press et al., <i>Numerical Recipes</i>, 3rd ed., §11.1). Jacobi's rotations give
 * the small eigenvalues to high relative accuracy, which the singular-covariance checks need, and
 * the d of this lesson (2 to 64 features) makes its cubic cost per sweep negligible.
 *
 * <p>Buffers are allocated once for a size d; {@link #decompose(double[], int)} allocates nothing.
 */
final class SymmetricEigen {

    private static final int MAX_SWEEPS = 100;

    private final int d;
    private final double[] a;
    /** Eigenvalues, largest first, after {@link #decompose}. */
    final double[] values;
    /** Eigenvectors as columns, row-major d × d: vector j is {@code vectors[i * d + j]} over i. */
    final double[] vectors;

    SymmetricEigen(int d) {
        this.d = d;
        this.a = new double[d * d];
        this.values = new double[d];
        this.vectors = new double[d * d];
    }

    /** Decomposes the symmetric d × d matrix stored row-major in {@code matrix} from {@code offset}; not modified. */
    void decompose(double[] matrix, int offset) {
        System.arraycopy(matrix, offset, a, 0, d * d);
        for (int i = 0; i < d * d; i++) {
            vectors[i] = i / d == i % d ? 1 : 0;
        }
        for (int sweep = 0; sweep < MAX_SWEEPS && offDiagonal() > 0; sweep++) {
            for (int p = 0; p < d - 1; p++) {
                for (int q = p + 1; q < d; q++) {
                    double apq = a[p * d + q];
                    double g = 100 * Math.abs(apq);
                    double app = a[p * d + p];
                    double aqq = a[q * d + q];
                    if (sweep > 3 && Math.abs(app) + g == Math.abs(app) && Math.abs(aqq) + g == Math.abs(aqq)) {
                        // Below the diagonal's last bit: setting it to zero changes nothing representable.
                        a[p * d + q] = 0;
                        a[q * d + p] = 0;
                    } else if (apq != 0) {
                        rotate(p, q, app, aqq, apq);
                    }
                }
            }
        }
        for (int i = 0; i < d; i++) {
            values[i] = a[i * d + i];
        }
        sortDescending();
    }

    /** The rotation P with A ← PᵀAP that zeroes a_pq (tan φ = t, the smaller root), and V ← VP. */
    private void rotate(int p, int q, double app, double aqq, double apq) {
        double theta = (aqq - app) / (2 * apq);
        double t = 1 / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        if (theta < 0) {
            t = -t;
        }
        double c = 1 / Math.sqrt(t * t + 1);
        double s = t * c;
        for (int k = 0; k < d; k++) {
            double akp = a[k * d + p];
            double akq = a[k * d + q];
            a[k * d + p] = c * akp - s * akq;
            a[k * d + q] = s * akp + c * akq;
        }
        for (int k = 0; k < d; k++) {
            double apk = a[p * d + k];
            double aqk = a[q * d + k];
            a[p * d + k] = c * apk - s * aqk;
            a[q * d + k] = s * apk + c * aqk;
        }
        a[p * d + q] = 0;
        a[q * d + p] = 0;
        for (int k = 0; k < d; k++) {
            double vkp = vectors[k * d + p];
            double vkq = vectors[k * d + q];
            vectors[k * d + p] = c * vkp - s * vkq;
            vectors[k * d + q] = s * vkp + c * vkq;
        }
    }

    private double offDiagonal() {
        double sum = 0;
        for (int p = 0; p < d; p++) {
            for (int q = p + 1; q < d; q++) {
                sum += Math.abs(a[p * d + q]);
            }
        }
        return sum;
    }

    private void sortDescending() {
        for (int i = 0; i < d - 1; i++) {
            int largest = i;
            for (int j = i + 1; j < d; j++) {
                if (values[j] > values[largest]) {
                    largest = j;
                }
            }
            if (largest != i) {
                double swap = values[i];
                values[i] = values[largest];
                values[largest] = swap;
                for (int k = 0; k < d; k++) {
                    swap = vectors[k * d + i];
                    vectors[k * d + i] = vectors[k * d + largest];
                    vectors[k * d + largest] = swap;
                }
            }
        }
    }
}
