package org.stepwise.algo.linalg;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Eigenvalues and eigenvectors of a symmetric matrix (naive Bayes: a class's or the pooled
 * covariance, 2 to 64 features; spectral clustering: the graph Laplacian, up to a few thousand
 * points), by EJML's symmetric QR algorithm (tridiagonal reduction, then implicit QR steps;
 * Golub &amp; Van Loan, <i>Matrix Computations</i>, 4th ed., §8.3), sorted largest first as
 * scikit-learn's SVD gives its singular values.
 *
 * <p>EJML's buffers are allocated once for a size d and reused by every {@link #decompose}.
 */
public final class SymmetricEigen {

    private final int d;
    private final DMatrixRMaj input;
    private final EigenDecomposition_F64<DMatrixRMaj> decomposition;
    private final int[] order;
    /** Eigenvalues, largest first, after {@link #decompose}. */
    public final double[] values;
    /** Eigenvectors as columns, row-major d × d: vector j is {@code vectors[i * d + j]} over i. */
    public final double[] vectors;

    public SymmetricEigen(int d) {
        this.d = d;
        this.input = new DMatrixRMaj(d, d);
        this.decomposition = DecompositionFactory_DDRM.eig(d, true, true);
        this.order = new int[d];
        this.values = new double[d];
        this.vectors = new double[d * d];
    }

    /**
     * Decomposes the symmetric d × d matrix stored row-major in {@code matrix} from {@code offset}
     * (not modified); false, leaving the results as they were, when EJML reports that its QR
     * iterations did not converge.
     */
    public boolean decompose(double[] matrix, int offset) {
        System.arraycopy(matrix, offset, input.data, 0, d * d);
        if (!decomposition.decompose(input)) {
            return false;
        }
        for (int i = 0; i < d; i++) {
            order[i] = i;
        }
        // Largest first (an insertion sort of d ≤ 64 indices; no boxing).
        for (int i = 1; i < d; i++) {
            int index = order[i];
            double value = decomposition.getEigenvalue(index).getReal();
            int j = i - 1;
            while (j >= 0 && decomposition.getEigenvalue(order[j]).getReal() < value) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = index;
        }
        for (int column = 0; column < d; column++) {
            int index = order[column];
            values[column] = decomposition.getEigenvalue(index).getReal();
            DMatrixRMaj vector = decomposition.getEigenVector(index);
            for (int row = 0; row < d; row++) {
                vectors[row * d + column] = vector.data[row];
            }
        }
        return true;
    }
}
