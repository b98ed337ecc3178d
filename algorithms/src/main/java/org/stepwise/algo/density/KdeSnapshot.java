package org.stepwise.algo.density;

import org.stepwise.algo.Metrics;
import org.stepwise.algo.Scalars;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.StepResult;

/**
 * A kernel density estimate after some steps: the estimate (an immutable
 * {@link KernelDensityModel} over the kernels added so far, at the bandwidth of this step), the
 * chosen bandwidth and scikit-learn's two rules for this data, and once every kernel is in, the
 * log-density at each point. For one feature, the estimate sampled along the line (a copy), and
 * the whole estimate at the chosen bandwidth (the engine's, shared: it never changes).
 *
 * <p>Metrics: {@code log_density} (scikit-learn's {@code score_samples(X)} at the bandwidth of
 * this step, once every kernel is added), {@code bandwidth} (this step's h; scikit-learn's
 * {@code bandwidth_} at the end), {@code kernels_added}, {@code mean_log_density} (the mean of
 * {@code log_density}; before, that of the points added so far under the running sum), {@code loo_log_likelihood} (the leave-one-out mean log-density, during the
 * sweep, while finite), {@code bandwidth_scott} and {@code bandwidth_silverman}.
 */
public final class KdeSnapshot implements Snapshot {

    private static final Scalars<KdeSnapshot> SCALARS = Scalars.<KdeSnapshot>builder()
            .scalar("bandwidth", KdeSnapshot::bandwidth)
            .count("kernels_added", KdeSnapshot::kernelsAdded)
            .scalarWhileDefined("mean_log_density", KdeSnapshot::meanLogDensity)
            .scalarWhileDefined("loo_log_likelihood", s -> Double.isFinite(s.state.leaveOneOut())
                    ? s.state.leaveOneOut() : Double.NaN)
            .scalar("bandwidth_scott", KdeSnapshot::scott)
            .scalar("bandwidth_silverman", KdeSnapshot::silverman)
            .build();

    /** What the engine hands over; the arrays that change are copied by the snapshot. */
    record State(int step, StepResult status, KernelDensityModel model, double chosen, String rule, int sweepNotch,
                 double leaveOneOut, double[] logDensity, double partialMean, double[] grid, double[] curve,
                 double[] finalCurve) {
    }

    private final State state;
    private final double[] logDensity;
    private final double[] curve;
    private final double meanLogDensity;

    KdeSnapshot(State state) {
        this.state = state;
        this.logDensity = state.logDensity() == null ? null : state.logDensity().clone();
        this.curve = state.curve().clone();
        double sum = 0;
        if (logDensity != null) {
            for (double v : logDensity) {
                sum += v;
            }
        }
        this.meanLogDensity = logDensity == null ? state.partialMean() : sum / logDensity.length;
    }

    @Override
    public int step() { return state.step(); }

    @Override
    public StepResult status() { return state.status(); }

    @Override
    public String narration() { return KdeNarration.of(this); }

    /** The estimate at this step: the kernels added so far, at this step's bandwidth. */
    public KernelDensityModel model() { return state.model(); }

    public int pointCount() { return state.model().pointCount(); }

    public int featureCount() { return state.model().featureCount(); }

    public DensityKernel kernel() { return state.model().kernel(); }

    public int kernelsAdded() { return state.model().kernelCount(); }

    /** The point whose kernel the last step added, or −1 when the last step added none. */
    public int lastAdded() {
        return state.step() >= 1 && state.step() <= pointCount() ? state.step() - 1 : -1;
    }

    /** This step's bandwidth. */
    public double bandwidth() { return state.model().bandwidth(); }

    /** The bandwidth the parameter chose (the sweep's middle, the run's end). */
    public double chosenBandwidth() { return state.chosen(); }

    /** The parameter as given: "scott", "silverman" or a number's text. */
    public String bandwidthRule() { return state.rule(); }

    public double scott() { return BandwidthRule.scott(pointCount(), featureCount()); }

    public double silverman() { return BandwidthRule.silverman(pointCount(), featureCount()); }

    /** The sweep notch of this step (0 .. {@link #sweepNotches()} − 1), or −1 outside the sweep. */
    public int sweepNotch() { return state.sweepNotch(); }

    public static int sweepNotches() { return KdeEngine.SWEEP_NOTCHES; }

    /** The sweep's smallest and largest bandwidths. */
    public double sweepLow() { return KdeEngine.sweepBandwidth(state.chosen(), 0); }

    public double sweepHigh() { return KdeEngine.sweepBandwidth(state.chosen(), KdeEngine.SWEEP_NOTCHES - 1); }

    /** The leave-one-out mean log-density at this step's bandwidth (−∞ possible), NaN outside the sweep. */
    public double leaveOneOut() { return state.leaveOneOut(); }

    /** Whether every kernel is in, so the log-density at the points is known. */
    public boolean complete() { return logDensity != null; }

    /** log p(xᵢ) (NaN before every kernel is added). */
    public double logDensity(int i) { return logDensity == null ? Double.NaN : logDensity[i]; }

    /**
     * The mean log-density at the points under the estimate of this step: while kernels are
     * added, of the points added so far under the running sum (each kernel 1/n); NaN before the
     * first step.
     */
    public double meanLogDensity() { return meanLogDensity; }

    /** Places along the line where a one-feature estimate is sampled (empty for more features); shared, do not write. */
    public int gridSize() { return state.grid().length; }

    public double gridX(int g) { return state.grid()[g]; }

    /** The running estimate at grid place g (one feature). */
    public double curve(int g) { return curve[g]; }

    /** The whole estimate at the chosen bandwidth at grid place g (one feature): where the running sum ends. */
    public double finalCurve(int g) { return state.finalCurve()[g]; }

    /** The highest value of {@link #finalCurve}, 0 for more than one feature. */
    public double finalCurvePeak() {
        double peak = 0;
        for (double v : state.finalCurve()) {
            peak = Math.max(peak, v);
        }
        return peak;
    }

    /** The height at x of point i's kernel alone, at the chosen bandwidth, as a share 1/n of the density. */
    public double kernelAt(int i, double x) {
        double u = (x - state.model().point(i, 0)) / state.chosen();
        return state.model().kernelPeakAt(state.chosen()) * kernel().valueOfSquared(u * u);
    }

    @Override
    public Metrics metrics() {
        Metrics.Builder metrics = SCALARS.addTo(Metrics.builder(), this);
        if (logDensity != null) {
            metrics.vector("log_density", logDensity);
        }
        return metrics.build();
    }

    @Override
    public double scalar(String name) { return SCALARS.value(this, name); }
}
