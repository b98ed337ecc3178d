package org.stepwise.algo.bayes;

import org.stepwise.data.Dataset;

/**
 * Each class's count, mean and scatter matrix Σᵢ (xᵢ − μ)(xᵢ − μ)ᵀ over its points, in two passes
 * (the mean first, then the centred products), as NumPy's {@code mean} and {@code var} compute
 * them. The rows of each class are indexed once, so fitting a class visits only its own points.
 */
final class ClassMoments {

    private final double[] x;
    private final int d;
    private final int[] rowsByClass;
    private final int[] classStart;
    /** One point's deviation from its class mean, while a scatter is summed. */
    private final double[] deviation;

    ClassMoments(Dataset data) {
        this.x = data.featuresRowMajor();
        this.d = data.featureCount();
        this.deviation = new double[d];
        int classes = data.classCount();
        int[] labels = data.labels();
        classStart = new int[classes + 1];
        for (int label : labels) {
            classStart[label + 1]++;
        }
        for (int k = 0; k < classes; k++) {
            classStart[k + 1] += classStart[k];
        }
        rowsByClass = new int[labels.length];
        int[] next = classStart.clone();
        for (int i = 0; i < labels.length; i++) {
            rowsByClass[next[labels[i]]++] = i;
        }
    }

    /** The number of points of class k. */
    int count(int k) { return classStart[k + 1] - classStart[k]; }

    /** The row index of the {@code r}-th point of class k, r in [0, count(k)). */
    int row(int k, int r) { return rowsByClass[classStart[k] + r]; }

    /** The feature values of the whole data set, row-major (shared, not copied: do not modify). */
    double[] features() { return x; }

    /**
     * Writes class k's mean to {@code mean[meanAt .. meanAt + d)} and its sums of squared
     * deviations, feature by feature (the scatter matrix's diagonal), to
     * {@code sums[sumsAt .. sumsAt + d)}: naive Bayes's moments. The class must have at least one point.
     */
    void fitDiagonal(int k, double[] mean, int meanAt, double[] sums, int sumsAt) {
        fitMean(k, mean, meanAt);
        for (int j = 0; j < d; j++) {
            sums[sumsAt + j] = 0;
        }
        for (int r = classStart[k]; r < classStart[k + 1]; r++) {
            int row = rowsByClass[r] * d;
            for (int j = 0; j < d; j++) {
                double deviation = x[row + j] - mean[meanAt + j];
                sums[sumsAt + j] += deviation * deviation;
            }
        }
    }

    /**
     * Writes class k's mean to {@code mean[meanAt .. meanAt + d)} and its scatter matrix, row-major
     * d × d, to {@code scatter[scatterAt ..]}. The class must have at least one point. Visits the
     * points row by row, each sum still accumulated over the points in order.
     */
    void fit(int k, double[] mean, int meanAt, double[] scatter, int scatterAt) {
        fitMean(k, mean, meanAt);
        int start = classStart[k];
        int end = classStart[k + 1];
        for (int i = 0; i < d * d; i++) {
            scatter[scatterAt + i] = 0;
        }
        for (int r = start; r < end; r++) {
            int row = rowsByClass[r] * d;
            for (int j = 0; j < d; j++) {
                deviation[j] = x[row + j] - mean[meanAt + j];
            }
            for (int j = 0; j < d; j++) {
                double dj = deviation[j];
                int at = scatterAt + j * d;
                for (int l = j; l < d; l++) {
                    scatter[at + l] += dj * deviation[l];
                }
            }
        }
        for (int j = 0; j < d; j++) {
            for (int l = 0; l < j; l++) {
                scatter[scatterAt + j * d + l] = scatter[scatterAt + l * d + j];
            }
        }
    }

    private void fitMean(int k, double[] mean, int meanAt) {
        int start = classStart[k];
        int end = classStart[k + 1];
        int count = end - start;
        for (int j = 0; j < d; j++) {
            mean[meanAt + j] = 0;
        }
        for (int r = start; r < end; r++) {
            int row = rowsByClass[r] * d;
            for (int j = 0; j < d; j++) {
                mean[meanAt + j] += x[row + j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[meanAt + j] /= count;
        }
    }

    /**
     * The largest population variance of any feature over all points, as {@code np.var(X, axis=0).max()}.
     * Two passes (the means, then the squared deviations), each over the rows in order, so each
     * column's sums are accumulated in the same order as a column-by-column loop, with the rows
     * read as they lie in memory.
     */
    double largestFeatureVariance() {
        int n = x.length / d;
        double[] sums = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                sums[j] += x[i * d + j];
            }
        }
        double[] squares = new double[d];
        for (int j = 0; j < d; j++) {
            sums[j] /= n;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double deviation = x[i * d + j] - sums[j];
                squares[j] += deviation * deviation;
            }
        }
        double largest = 0;
        for (int j = 0; j < d; j++) {
            largest = Math.max(largest, squares[j] / n);
        }
        return largest;
    }
}
