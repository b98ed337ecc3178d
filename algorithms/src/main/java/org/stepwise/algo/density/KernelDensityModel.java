package org.stepwise.algo.density;

/**
 * A kernel density estimate over the first m of n points (d features, row-major), with
 * bandwidth h: p(x) = (1/n) Σ_(i &lt; m) K(‖x − xᵢ‖ / h) / (C_d hᵈ) (see {@link DensityKernel}),
 * so with m = n it is scikit-learn 1.2.1's {@code KernelDensity(kernel, bandwidth=h)} fitted on
 * the points, and with m &lt; n the running sum of the kernels added so far (each still weighing
 * 1/n). Immutable and allocation-free: views evaluate it on a grid from the painter thread while
 * the engine builds the next one. The points array is shared, never written.
 */
public final class KernelDensityModel {

    private final double[] points;
    private final int n;
    private final int m;
    private final int d;
    private final double h;
    private final DensityKernel kernel;
    private final double inverseSquaredBandwidth;
    /** log(1/(n C_d hᵈ)): the log of each kernel's weight as a density. */
    private final double logScale;
    private final AxisOrder order;

    KernelDensityModel(double[] points, int n, int m, int d, double h, DensityKernel kernel) {
        this(points, n, m, d, h, kernel, new AxisOrder(points, n, d));
    }

    KernelDensityModel(double[] points, int n, int m, int d, double h, DensityKernel kernel, AxisOrder order) {
        this.points = points;
        this.n = n;
        this.m = m;
        this.d = d;
        this.h = h;
        this.kernel = kernel;
        this.inverseSquaredBandwidth = 1 / (h * h);
        this.logScale = kernel.logNormalisation(h, d) - Math.log(n);
        this.order = order;
    }

    /**
     * The whole estimate over n points of d features (row-major, not copied: not to be written
     * afterwards), scikit-learn's {@code KernelDensity(kernel, bandwidth=h).fit(points)}.
     */
    public static KernelDensityModel fit(double[] points, int n, int d, double h, DensityKernel kernel) {
        if (!(h > 0) || points.length != n * d) {
            throw new IllegalArgumentException("need h > 0 and n × d values; got h = " + h + ", " + points.length
                    + " values for " + n + " × " + d);
        }
        return new KernelDensityModel(points, n, n, d, h, kernel);
    }

    /** The same points, kernel and kernels added at another bandwidth (the points' order is shared). */
    KernelDensityModel withBandwidth(double width, int kernels) {
        return new KernelDensityModel(points, n, kernels, d, width, kernel, order);
    }

    /** log p at {@code count} rows of d features (row-major) into out: scikit-learn's {@code score_samples}. */
    public void scoreSamples(double[] rows, int count, double[] out) {
        for (int q = 0; q < count; q++) {
            out[q] = logDensity(rows, q * d);
        }
    }

    public int pointCount() { return n; }

    /** The kernels summed: the first m points. */
    public int kernelCount() { return m; }

    public int featureCount() { return d; }

    public double bandwidth() { return h; }

    public DensityKernel kernel() { return kernel; }

    /** Feature j of point i. */
    public double point(int i, int j) { return points[i * d + j]; }

    /** The height 1/(n C_d hᵈ) of one kernel at its centre, in density units. */
    public double kernelPeak() { return Math.exp(logScale); }

    /** The height of one kernel at its centre at bandwidth {@code width} instead: 1/(n C_d widthᵈ). */
    public double kernelPeakAt(double width) { return Math.exp(kernel.logNormalisation(width, d) - Math.log(n)); }

    /**
     * log p(x) for the row x[offset .. offset + d), summed in log space (a running log-sum-exp)
     * so that a narrow gaussian far from every point still has its true, tiny density rather
     * than 0; −∞ when no compact kernel reaches x.
     */
    public double logDensity(double[] x, int offset) {
        return logScale + logKernelSum(x, offset, m, -1);
    }

    /**
     * log Σ_(i &lt; count, i ≠ skip) K(‖x − xᵢ‖ / h). A compact kernel sums its values over the
     * points within h along the first feature ({@link AxisOrder}); the others sum e^(log K) over
     * every point, and only when that sum is so small that its terms may have lost digits to
     * underflow (below 10⁻²⁸⁰) is it summed again in log space, exactly.
     */
    private double logKernelSum(double[] x, int offset, int count, int skip) {
        double sum = 0;
        if (kernel.compact()) {
            double reach = h * (1 + 1e-12);
            for (int p = order.firstAtLeast(x[offset] - reach); p < n && order.key(p) <= x[offset] + reach; p++) {
                int i = order.index(p);
                if (i < count && i != skip) {
                    sum += kernel.valueOfSquared(squaredDistance(x, offset, i) * inverseSquaredBandwidth);
                }
            }
            return Math.log(sum);
        }
        boolean gaussian = kernel == DensityKernel.GAUSSIAN;
        for (int i = 0; i < count; i++) {
            if (i != skip) {
                double u2 = squaredDistance(x, offset, i) * inverseSquaredBandwidth;
                // The gaussian, the kernel of nearly every use, without the kernel's dispatch.
                sum += gaussian ? Math.exp(-0.5 * u2) : kernel.valueOfSquared(u2);
            }
        }
        return sum > 1e-280 ? Math.log(sum) : logSumExp(x, offset, count, skip);
    }

    /** log Σ K as a running log-sum-exp: the sum kept relative to the largest term so far, rescaled when a larger one comes. */
    private double logSumExp(double[] x, int offset, int count, int skip) {
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        for (int i = 0; i < count; i++) {
            double log = i == skip ? Double.NEGATIVE_INFINITY
                    : kernel.logValueOfSquared(squaredDistance(x, offset, i) * inverseSquaredBandwidth);
            if (log == Double.NEGATIVE_INFINITY) {
                continue;
            }
            if (log > max) {
                sum = sum * Math.exp(max - log) + 1;
                max = log;
            } else {
                sum += Math.exp(log - max);
            }
        }
        return max == Double.NEGATIVE_INFINITY ? max : max + Math.log(sum);
    }

    /** p at {@code count} places of two features, (xs[i], ys[i]), into out[i]. Allocates nothing. */
    public void densities(double[] xs, double[] ys, int count, double[] out) {
        if (d != 2) {
            throw new IllegalStateException("a density over the plane needs two features; this one has " + d);
        }
        double scale = kernelPeak();
        for (int q = 0; q < count; q++) {
            double sum = 0;
            for (int i = 0; i < m; i++) {
                double dx = xs[q] - points[2 * i];
                double dy = ys[q] - points[2 * i + 1];
                sum += kernel.valueOfSquared((dx * dx + dy * dy) * inverseSquaredBandwidth);
            }
            out[q] = sum * scale;
        }
    }

    /** p on one feature at {@code count} places xs[i], into out[i]. Allocates nothing. */
    public void densities(double[] xs, int count, double[] out) {
        if (d != 1) {
            throw new IllegalStateException("a density along a line needs one feature; this one has " + d);
        }
        double scale = kernelPeak();
        for (int q = 0; q < count; q++) {
            double sum = 0;
            for (int i = 0; i < m; i++) {
                double u = (xs[q] - points[i]) / h;
                sum += kernel.valueOfSquared(u * u);
            }
            out[q] = sum * scale;
        }
    }

    /**
     * The mean over the points of the leave-one-out log-density, (1/n) Σᵢ log[(1/(n − 1))
     * Σ_(j ≠ i) K(‖xᵢ − xⱼ‖/h) / (C_d hᵈ)]: the held-out likelihood a cross-validated bandwidth
     * maximises. −∞ when a point has no other point within a compact kernel's reach; NaN for
     * fewer than two points. Uses all n points (not only the first m).
     */
    public double leaveOneOutLogLikelihood() {
        if (n < 2) {
            return Double.NaN;
        }
        double total = 0;
        double logScaleOut = kernel.logNormalisation(h, d) - Math.log(n - 1);
        for (int i = 0; i < n; i++) {
            double log = logKernelSum(points, i * d, n, i);
            if (log == Double.NEGATIVE_INFINITY) {
                return log;
            }
            total += logScaleOut + log;
        }
        return total / n;
    }

    private double squaredDistance(double[] x, int offset, int i) {
        double sum = 0;
        int row = i * d;
        for (int j = 0; j < d; j++) {
            double diff = x[offset + j] - points[row + j];
            sum += diff * diff;
        }
        return sum;
    }
}
