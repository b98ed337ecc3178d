package org.stepwise.algo.cluster;

/**
 * What one Gaussian-mixture run works on: the rows (row-major, n × d, never changed) and its settings.
 *
 * @param x        the rows, row-major
 * @param k        components
 * @param type     the covariance type
 * @param regCovar added to every variance
 * @param maxIter  E- and M-step pairs at most
 * @param tol      the change of the mean log-likelihood below which the run has converged
 */
record GmmRun(double[] x, int n, int d, int k, CovarianceType type, double regCovar, int maxIter, double tol) {
}
