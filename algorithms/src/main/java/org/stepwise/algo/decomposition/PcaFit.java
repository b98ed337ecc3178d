package org.stepwise.algo.decomposition;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import org.stepwise.algo.linalg.RowDots;
import org.stepwise.algo.linalg.TallQr;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * The singular value decomposition of the centred data, as scikit-learn 1.2.1's
 * {@code PCA._fit_full} computes it ({@code sklearn/decomposition/_pca.py}): the mean of each
 * column is subtracted, X − mean = U S Vᵀ (thin SVD, singular values in descending order), the
 * signs flipped as {@code svd_flip(U, Vt)} does (each component's sign makes the largest-magnitude
 * entry of its column of U positive), explained variance S²/(n − 1) and its ratio to the total
 * over all min(n, p) components. The SVD is EJML's (Golub–Kahan bidiagonalisation with implicit
 * QR), not LAPACK's divide and conquer, so components agree with scikit-learn's to rounding and,
 * where singular values are zero (beyond the data's rank), are an arbitrary orthonormal
 * completion as LAPACK's are.
 *
 * <p>Immutable after construction; one object serves every snapshot of a run.
 */
public final class PcaFit {

    /** From this many rows the QR and the scores are split across two cores. */
    static final int SPLIT_ROWS = 1024;

    private final int n;
    private final int p;
    private final int r;
    private final double[] mean;
    /** r × p, row-major: component j is row j. */
    private final double[] components;
    private final double[] singularValues;
    private final double[] explainedVariance;
    private final double totalVariance;
    /** n × r, row-major: (X − mean) Vᵀ, the unwhitened scores (sklearn's transform without whiten). */
    private final double[] scores;
    /** Σ_{j ≥ k} S_j², for k = 0 .. r: what the first k components leave out. */
    private final double[] leftOver;
    private final boolean decomposed;

    /**
     * @param x row-major n × p data, n ≥ 2, p ≥ 1 (not modified)
     */
    public PcaFit(double[] x, int n, int p) {
        this.n = n;
        this.p = p;
        this.r = Math.min(n, p);
        mean = new double[p];
        for (int i = 0; i < n; i++) {
            for (int f = 0; f < p; f++) {
                mean[f] += x[i * p + f];
            }
        }
        for (int f = 0; f < p; f++) {
            mean[f] /= n;
        }
        double[] centred = new double[n * p];
        for (int i = 0; i < n; i++) {
            for (int f = 0; f < p; f++) {
                centred[i * p + f] = x[i * p + f] - mean[f];
            }
        }
        components = new double[r * p];
        singularValues = new double[r];
        explainedVariance = new double[r];
        scores = new double[n * r];
        leftOver = new double[r + 1];
        decomposed = decompose(centred);
        double total = 0;
        for (int j = 0; j < r; j++) {
            explainedVariance[j] = singularValues[j] * singularValues[j] / (n - 1);
            total += explainedVariance[j];
        }
        totalVariance = total;
        for (int j = r - 1; j >= 0; j--) {
            leftOver[j] = leftOver[j + 1] + singularValues[j] * singularValues[j];
        }
        if (decomposed) {
            scoreAndFlip(centred);
        }
    }

    /**
     * The SVD without U (V and S only; U's columns are the scores divided by S, computed after),
     * which saves most of the work on a tall matrix; then svd_flip's signs from the scores.
     */
    private boolean decompose(double[] centred) {
        // Tall data: X = QR first; R (p × p) has X's singular values and right vectors, and is cheap to decompose.
        DMatrixRMaj a = n > p ? triangle(centred) : DMatrixRMaj.wrap(n, p, centred.clone());
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(a.numRows, p, false, true,
                true);
        if (!svd.decompose(a)) {
            return false;
        }
        DMatrixRMaj w = svd.getW(null);
        DMatrixRMaj v = svd.getV(null, true);
        SingularOps_DDRM.descendingOrder(null, false, w, v, true);
        for (int j = 0; j < r; j++) {
            singularValues[j] = w.get(j, j);
            for (int f = 0; f < p; f++) {
                components[j * p + f] = v.get(j, f);
            }
        }
        return true;
    }

    /**
     * R of X = QR. Many rows (Digits' 1,797) are split in two halves whose R factors are found
     * on both cores and stacked, and R of the stack is X's (tall-skinny QR: Demmel, Grigori,
     * Hoemmen &amp; Langou, SIAM J. Sci. Comput. 34(1), 2012): the same R up to its rows' signs,
     * which leave the SVD's singular values and right vectors as they are (the components' signs
     * are svd_flip's, set afterwards from the scores). The halves are fixed by n, so the result
     * does not depend on the cores there are.
     */
    private DMatrixRMaj triangle(double[] centred) {
        if (n < SPLIT_ROWS || n < 4 * p) {
            return DMatrixRMaj.wrap(p, p, TallQr.upperTriangle(centred, 0, n, p));
        }
        int half = n / 2;
        ForkJoinTask<double[]> upper = ForkJoinPool.commonPool().submit(() -> TallQr.upperTriangle(centred, 0, half, p));
        double[] lower = TallQr.upperTriangle(centred, half, n, p);
        double[] top = upper.join();
        double[] stacked = new double[2 * p * p];
        System.arraycopy(top, 0, stacked, 0, p * p);
        System.arraycopy(lower, 0, stacked, p * p, p * p);
        return DMatrixRMaj.wrap(p, p, TallQr.upperTriangle(stacked, 0, 2 * p, p));
    }

    /**
     * Every row's scores (X − mean)Vᵀ, and svd_flip(u_based_decision=True)'s signs: U's column j
     * is score column j over S_j, so its largest-magnitude entry (the first of equals) is the
     * scores' own; each component is turned so that entry is positive.
     */
    private void scoreAndFlip(double[] centred) {
        if (n < SPLIT_ROWS) {
            score(centred, 0, n);
        } else {
            // Split at a multiple of four rows, so that both halves are tiled the same way on any machine.
            int half = n / 8 * 4;
            ForkJoinTask<?> upper = ForkJoinPool.commonPool().submit(() -> score(centred, 0, half));
            score(centred, half, n);
            upper.join();
        }
        for (int j = 0; j < r; j++) {
            int largest = 0;
            for (int i = 1; i < n; i++) {
                if (Math.abs(scores[i * r + j]) > Math.abs(scores[largest * r + j])) {
                    largest = i;
                }
            }
            if (scores[largest * r + j] < 0) {
                for (int f = 0; f < p; f++) {
                    components[j * p + f] = -components[j * p + f];
                }
                for (int i = 0; i < n; i++) {
                    scores[i * r + j] = -scores[i * r + j];
                }
            }
        }
    }

    /**
     * Scores of rows [from, to): each (X − mean)ᵢ · vⱼ as a sum over the features in their order,
     * four rows by four components at a time in sixteen running sums. Each pair of loads feeds
     * four multiply-adds and nothing is stored until a sum is done: the loop that added each
     * feature into a row's scores stored a score per multiply-add, and that was the limit.
     */
    private void score(double[] centred, int from, int to) {
        int i = from;
        int tiled = r - r % 4;
        for (; i + 3 < to; i += 4) {
            for (int j = 0; j < tiled; j += 4) {
                RowDots.tile(centred, i, components, j, p, scores, r);
            }
            for (int row = i; row < i + 4; row++) {
                for (int j = tiled; j < r; j++) {
                    scores[row * r + j] = dot(centred, row, j);
                }
            }
        }
        for (; i < to; i++) {
            for (int j = 0; j < r; j++) {
                scores[i * r + j] = dot(centred, i, j);
            }
        }
    }

    private double dot(double[] x, int row, int j) {
        double sum = 0;
        for (int f = 0; f < p; f++) {
            sum += x[row * p + f] * components[j * p + f];
        }
        return sum;
    }

    /** False when the SVD did not converge (EJML's iteration limit): the run stops at its first step. */
    public boolean decomposed() { return decomposed; }

    public int samples() { return n; }

    public int features() { return p; }

    /** min(n, p): how many components the data has. */
    public int rank() { return r; }

    public double mean(int feature) { return mean[feature]; }

    /** Entry {@code feature} of component {@code j} (unit length, orthogonal to the others). */
    public double component(int j, int feature) { return components[j * p + feature]; }

    public double singularValue(int j) { return singularValues[j]; }

    /** S_j² / (n − 1): the variance of the data along component j. */
    public double explainedVariance(int j) { return explainedVariance[j]; }

    /** The sum of every component's explained variance: the data's total variance (n − 1 divisor). */
    public double totalVariance() { return totalVariance; }

    public double explainedVarianceRatio(int j) { return explainedVariance[j] / totalVariance; }

    /** Row i's coordinate on component j, (xᵢ − mean)·vⱼ, unwhitened. */
    public double score(int row, int j) { return scores[row * r + j]; }

    /**
     * The mean squared error over every entry of X when each row is rebuilt from its first k
     * scores (inverse_transform(transform(X)) with k components): Σ_{j ≥ k} S_j² / (n p).
     */
    public double reconstructionError(int k) { return leftOver[k] / ((double) n * p); }

    /**
     * Entry {@code feature} of row {@code row} rebuilt from its first {@code k} components:
     * mean + Σ_{j<k} score_j v_j (the same whitened or not).
     */
    public double reconstruct(int row, int k, int feature) {
        double value = mean[feature];
        for (int j = 0; j < k; j++) {
            value += scores[row * r + j] * components[j * p + feature];
        }
        return value;
    }
}
