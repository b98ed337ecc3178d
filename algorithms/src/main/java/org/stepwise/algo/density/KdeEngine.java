package org.stepwise.algo.density;

import org.stepwise.algo.Engine;
import org.stepwise.algo.StepResult;

/**
 * A kernel density estimate, p(x) = (1/n) Σᵢ K(‖x − xᵢ‖/h) / (C_d hᵈ) (Silverman,
 * <i>Density Estimation for Statistics and Data Analysis</i>, 1986, §2.4 and §4.2; scikit-learn
 * 1.2.1 {@code sklearn/neighbors/_kde.py} with the kernels and norms of {@link DensityKernel}),
 * built so a learner sees where it comes from and what the bandwidth does:
 * <ol>
 * <li>steps 1 .. n each add one point's kernel, in data order, to the running sum (each kernel
 *     weighs 1/n, so after step n the sum is the estimate; its log-density at the points is then
 *     scikit-learn's {@code score_samples(X)});</li>
 * <li>steps n + 1 .. n + {@value #SWEEP_NOTCHES} move the bandwidth one notch along a
 *     logarithmic sweep from h/10 to 10h (h the chosen bandwidth, met at the middle notch),
 *     scoring each by the training log-density and by the leave-one-out log-likelihood, the
 *     held-out score a cross-validated bandwidth maximises;</li>
 * <li>the last step returns to the chosen h, and the run ends CONVERGED with scikit-learn's
 *     log-densities at the points.</li>
 * </ol>
 * For one feature the engine also keeps the estimate sampled along the line ({@link #GRID}
 * places), updated by one kernel per adding step. Nothing is allocated per step but the
 * snapshot's copies.
 */
final class KdeEngine implements Engine<KdeSnapshot> {

    /** Notches of the bandwidth sweep: h · 10^(2t/(N − 1) − 1), t = 0 .. N − 1. */
    static final int SWEEP_NOTCHES = 25;
    /** Places along the line where a one-feature estimate is sampled for drawing. */
    static final int GRID = 480;

    private final double[] points;
    private final int n;
    private final int d;
    private final DensityKernel kernel;
    private final double chosen;
    private final String rule;
    private final double[] grid;
    private final double[] curve;
    /** The whole estimate at the chosen h along the line: what the running sum grows into. */
    private final double[] finalCurve;
    private final double[] logDensity;
    /**
     * While kernels are added, each point's running log Σ K as a log-sum-exp: the largest log K so
     * far and the sum of exp(log K − largest), so the partial estimate's log-density is exact.
     */
    private final double[] runningMax;
    private final double[] runningSum;
    /** One kernel's height at its centre at the chosen h, 1/(n C_d hᵈ). */
    private final double peak;

    private int step;
    private StepResult status = StepResult.CONTINUE;
    private KernelDensityModel model;
    private double leaveOneOut = Double.NaN;
    private boolean scored;
    /**
     * The mean log-density of the points added so far under the kernels added so far (each point's
     * own kernel is in, so it is finite): it rises as neighbours' kernels pile up.
     */
    private double partialMean = Double.NaN;

    KdeEngine(double[] points, int n, int d, DensityKernel kernel, double chosen, String rule) {
        this.points = points;
        this.n = n;
        this.d = d;
        this.kernel = kernel;
        this.chosen = chosen;
        this.rule = rule;
        this.grid = d == 1 ? lineGrid(points, chosen) : new double[0];
        this.curve = new double[grid.length];
        this.logDensity = new double[n];
        this.runningMax = new double[n];
        this.runningSum = new double[n];
        java.util.Arrays.fill(runningMax, Double.NEGATIVE_INFINITY);
        this.model = new KernelDensityModel(points, n, 0, d, chosen, kernel);
        this.peak = model.kernelPeak();
        this.finalCurve = new double[grid.length];
        if (d == 1) {
            model.withBandwidth(chosen, n).densities(grid, grid.length, finalCurve);
        }
    }

    /** GRID places over the points' range, widened by 3h (at most the range itself, at least a tenth of it). */
    private static double[] lineGrid(double[] points, double h) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (double x : points) {
            low = Math.min(low, x);
            high = Math.max(high, x);
        }
        double range = high - low;
        double pad = range == 0 ? 3 * h : Math.max(0.1 * range, Math.min(3 * h, range));
        double[] grid = new double[GRID];
        for (int g = 0; g < GRID; g++) {
            grid[g] = low - pad + (range + 2 * pad) * g / (GRID - 1);
        }
        return grid;
    }

    @Override
    public KdeSnapshot snapshot() {
        return new KdeSnapshot(new KdeSnapshot.State(step, status, model, chosen, rule, sweepNotch(), leaveOneOut,
                scored ? logDensity : null, partialMean, grid, curve, finalCurve));
    }

    /** The sweep notch the bandwidth is at, or −1 outside the sweep. */
    private int sweepNotch() {
        int notch = step - n - 1;
        return notch >= 0 && notch < SWEEP_NOTCHES ? notch : -1;
    }

    /** The bandwidth of sweep notch t. */
    static double sweepBandwidth(double h, int t) {
        return h * Math.pow(10, 2.0 * t / (SWEEP_NOTCHES - 1) - 1);
    }

    @Override
    public StepResult step() {
        if (status.isFinal()) {
            return status;
        }
        step++;
        if (step <= n) {
            addKernel(step - 1);
            accumulate(step - 1);
            model = model.withBandwidth(chosen, step);
            if (step == n) {
                score();
            }
            return status;
        }
        int notch = sweepNotch();
        double h = notch >= 0 ? sweepBandwidth(chosen, notch) : chosen;
        model = model.withBandwidth(h, n);
        if (d == 1) {
            model.densities(grid, grid.length, curve);
        }
        score();
        leaveOneOut = notch >= 0 ? model.leaveOneOutLogLikelihood() : Double.NaN;
        if (notch < 0) {
            status = StepResult.CONVERGED;
        }
        return status;
    }

    /** Adds point i's kernel, 1/n of a density, to the line's running sum. */
    private void addKernel(int i) {
        if (d != 1) {
            return;
        }
        for (int g = 0; g < grid.length; g++) {
            double u = (grid[g] - points[i]) / chosen;
            curve[g] += peak * kernel.valueOfSquared(u * u);
        }
    }

    /** Adds kernel k's log K at every point to the running log-sums; the partial mean over points 0 .. k. */
    private void accumulate(int k) {
        double logScale = Math.log(peak);
        double total = 0;
        for (int i = 0; i < n; i++) {
            double distance = 0;
            for (int j = 0; j < d; j++) {
                double diff = points[i * d + j] - points[k * d + j];
                distance += diff * diff;
            }
            double log = kernel.logValueOfSquared(distance / (chosen * chosen));
            if (log > runningMax[i]) {
                runningSum[i] = runningSum[i] * Math.exp(runningMax[i] - log) + 1;
                runningMax[i] = log;
            } else if (log > Double.NEGATIVE_INFINITY) {
                runningSum[i] += Math.exp(log - runningMax[i]);
            }
            if (i <= k) {
                total += logScale + runningMax[i] + Math.log(runningSum[i]);
            }
        }
        partialMean = total / (k + 1);
    }

    /** log p at every point under the whole estimate: scikit-learn's score_samples(X). */
    private void score() {
        model.scoreSamples(points, n, logDensity);
        scored = true;
        partialMean = Double.NaN;
    }
}
