package org.stepwise.algo.decomposition;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * What {@code FastICA(whiten="unit-variance")} reports for an unmixing matrix W of the whitened
 * data (scikit-learn 1.2.1, {@code _fit_transform}): the sources S = W K Xcᵀ, each divided by its
 * (population) standard deviation, and W's rows by the same, so that
 * {@code components_} = W K has rows that give unit-variance sources; {@code mixing_} is its
 * Moore–Penrose pseudo-inverse (p × k), by EJML's SVD as {@code scipy.linalg.pinv} takes it.
 * Made on demand (the metrics, the panel's estimates), not at each step.
 */
public final class IcaUnmixing {

    private final int k;
    private final int p;
    private final int n;
    /** k × p, row-major. */
    private final double[] components;
    /** n × k, row-major: the estimated sources, unit variance. */
    private final double[] sources;
    private final double[] mixing;

    IcaUnmixing(IcaWhitening whitening, double[] w) {
        k = whitening.components();
        p = whitening.features();
        n = whitening.samples();
        components = new double[k * p];
        for (int a = 0; a < k; a++) {
            for (int f = 0; f < p; f++) {
                double sum = 0;
                for (int c = 0; c < k; c++) {
                    sum += w[a * k + c] * whitening.whitening(c, f);
                }
                components[a * p + f] = sum;
            }
        }
        sources = new double[n * k];
        double[] centred = whitening.centredRows();
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < k; a++) {
                double sum = 0;
                for (int f = 0; f < p; f++) {
                    sum += components[a * p + f] * centred[i * p + f];
                }
                sources[i * k + a] = sum;
            }
        }
        for (int a = 0; a < k; a++) {
            double deviation = deviation(a);
            for (int i = 0; i < n; i++) {
                sources[i * k + a] /= deviation;
            }
            for (int f = 0; f < p; f++) {
                components[a * p + f] /= deviation;
            }
        }
        DMatrixRMaj inverse = new DMatrixRMaj(p, k);
        CommonOps_DDRM.pinv(DMatrixRMaj.wrap(k, p, components.clone()), inverse);
        mixing = inverse.data;
    }

    /** Source a's population standard deviation, two passes as numpy's {@code std}. */
    private double deviation(int a) {
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += sources[i * k + a];
        }
        mean /= n;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            double d = sources[i * k + a] - mean;
            squares += d * d;
        }
        return Math.sqrt(squares / n);
    }

    /** {@code components_[a][f]}. */
    public double component(int a, int feature) { return components[a * p + feature]; }

    /** {@code mixing_[f][a]}. */
    public double mixing(int feature, int a) { return mixing[feature * k + a]; }

    /** Row i's estimated source a, with unit variance ({@code transform(X)[i, a]}). */
    public double source(int row, int a) { return sources[row * k + a]; }

    /**
     * The Pearson correlation of estimate a with column j of {@code truth} (n rows): how well the
     * estimate matches a known source, whatever its sign and scale.
     */
    public double correlation(int a, double[][] truth, int j) {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += truth[i][j];
            my += sources[i * k + a];
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = truth[i][j] - mx;
            double dy = sources[i * k + a] - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    double[][] componentsMatrix() { return rows(components, k, p); }

    double[][] mixingMatrix() { return rows(mixing, p, k); }

    private static double[][] rows(double[] flat, int rows, int columns) {
        double[][] out = new double[rows][columns];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(flat, r * columns, out[r], 0, columns);
        }
        return out;
    }
}
