package org.stepwise.algo.cluster;

/**
 * What one k-means run works on: the rows (row-major, n × d, never changed) and its settings.
 *
 * @param x         the rows, row-major
 * @param init      {@code first}, {@code random} or {@code k-means++}
 * @param miniBatch mini-batch updates instead of Lloyd's
 * @param batchSize rows per mini-batch
 * @param maxIter   Lloyd iterations, or mini-batch epochs (maxIter · n / batchSize batches)
 * @param tol       scikit-learn's tol, before it is scaled by the features' mean variance
 */
record KMeansRun(double[] x, int n, int d, int k, String init, boolean miniBatch, int batchSize, int maxIter,
                 double tol) {

    /** The same run with another number of clusters, by Lloyd's algorithm (one point of the elbow). */
    KMeansRun lloydWith(int clusters) {
        return new KMeansRun(x, n, d, clusters, init, false, batchSize, maxIter, tol);
    }

    /** scikit-learn's {@code max_iter * n_samples // batch_size}: the mini-batch steps allowed. */
    int maxBatches() {
        return Math.max(1, (int) Math.min(Integer.MAX_VALUE, (long) maxIter * n / batchSize));
    }
}
