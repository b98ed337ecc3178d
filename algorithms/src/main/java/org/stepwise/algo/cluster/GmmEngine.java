package org.stepwise.algo.cluster;

import java.util.Arrays;
import java.util.Locale;
import org.stepwise.algo.Engine;
import org.stepwise.algo.StepResult;

/**
 * A Gaussian mixture fitted by expectation–maximization in half-steps (Dempster, Laird &amp; Rubin
 * 1977; Bishop, <i>Pattern Recognition and Machine Learning</i>, §9.2), as scikit-learn 1.2.1's
 * {@code GaussianMixture(n_init=1)}: {@code BaseMixture.fit_predict}'s loop in {@code _base.py}
 * with {@code _e_step} and {@code _m_step} of {@code _gaussian_mixture.py} (the arithmetic is in
 * {@link Gaussians}).
 *
 * <p>Step 0 holds the first parameters: the init's responsibilities followed by one M-step with
 * the weights over n ({@code _initialize}). Then an odd step is an E-step: every point's
 * responsibilities γᵢc = πc N(xᵢ|μc,Σc) / Σⱼ πⱼ N(xᵢ|μⱼ,Σⱼ), and the mean log-likelihood of the
 * parameters it used, which is scikit-learn's {@code lower_bound}. An even step is an M-step: π,
 * μ and Σ re-estimated from the γ (plus {@code regCovar} on each variance). The stopping rule is
 * scikit-learn's: after the M-step, if the lower bound changed by less than {@code tol} since
 * the last iteration (the first iteration never converges), or after {@code maxIter}
 * iterations, one final E-step gives the labels (argmax of γ) of the final parameters; it does
 * not change {@code lower_bound}, as scikit-learn's does not. EM never lowers the
 * log-likelihood; a positive regCovar can, slightly. A covariance that is not positive definite
 * ends the run, STOPPED with a sentence naming regCovar.
 *
 * <p>The means' places after each M-step are kept as a trail ({@link CentroidTrail}). Buffers are
 * allocated in the constructor (the trail grows by doubling); the loops of {@link #step()} allocate nothing.
 */
final class GmmEngine implements Engine<GmmSnapshot> {

    private final GmmRun run;
    private final double[] x;
    private final int n;
    private final int d;
    private final int k;
    private final double[] resp;
    private final int[] labels;
    private final double[] nk;
    private final double[] weights;
    private final double[] logWeights;
    private final double[] means;
    private final double[] covariances;
    private final double[] factors;
    private final double[] logDet;
    private final double[] row;
    private final double[] work;
    private final double[] logLikelihoods;
    private final CentroidTrail trail;

    private int step;
    private StepResult status = StepResult.CONTINUE;
    private EmStep half = EmStep.START;
    private int iterations;
    private double lowerBound = Double.NEGATIVE_INFINITY;
    private double previousLowerBound = Double.NEGATIVE_INFINITY;
    private double finalLogLikelihood = Double.NaN;
    private boolean converged;
    private boolean reachedLimit;
    /** Immutable copies of the responsibilities and labels, shared by snapshots until an E-step changes them. */
    private double[] publishedResp;
    private int[] publishedLabels;

    /** Takes the init's responsibilities (n × k) and makes the first parameters from them. */
    GmmEngine(GmmRun run, double[] initialResponsibilities) {
        this.run = run;
        this.x = run.x();
        this.n = run.n();
        this.d = run.d();
        this.k = run.k();
        int size = run.type().size(k, d);
        this.resp = initialResponsibilities;
        this.labels = new int[n];
        this.nk = new double[k];
        this.weights = new double[k];
        this.logWeights = new double[k];
        this.means = new double[k * d];
        this.covariances = new double[size];
        this.factors = new double[size];
        this.logDet = new double[k];
        this.row = new double[k];
        this.work = new double[d * d];
        this.logLikelihoods = new double[run.maxIter()];
        for (int i = 0; i < n; i++) {
            labels[i] = Gaussians.argmax(resp, i, k);
        }
        if (!maximize(n)) {
            throw new IllegalArgumentException("The first parameters cannot be made: " + GmmParams.singular(run.regCovar())
                    + ".");
        }
        this.trail = new CentroidTrail(means);
    }

    @Override
    public GmmSnapshot snapshot() {
        if (publishedResp == null) {
            publishedResp = resp.clone();
            publishedLabels = labels.clone();
        }
        return new GmmSnapshot(this);
    }

    @Override
    public StepResult step() {
        if (status.isFinal()) {
            return status;
        }
        step++;
        publishedResp = null;
        if (half == EmStep.MAXIMIZE && (converged || reachedLimit)) {
            half = EmStep.FINAL_EXPECT;
            finalLogLikelihood = expect();
            status = converged ? StepResult.CONVERGED : StepResult.stopped(String.format(Locale.ROOT,
                    "reached maxIter = %d iterations before converging (the log-likelihood still changed by "
                            + "%.3g ≥ tol = %.3g); raise maxIter or tol", run.maxIter(), change(), run.tol()));
        } else if (half == EmStep.EXPECT) {
            half = EmStep.MAXIMIZE;
            if (!maximize(Double.NaN)) {
                status = StepResult.stopped(GmmParams.singular(run.regCovar()));
                return status;
            }
            trail.add(means);
            converged = Math.abs(change()) < run.tol();
            reachedLimit = !converged && iterations == run.maxIter();
        } else {
            half = EmStep.EXPECT;
            previousLowerBound = lowerBound;
            lowerBound = expect();
            logLikelihoods[iterations++] = lowerBound;
        }
        return status;
    }

    private double expect() {
        return Gaussians.expect(x, n, d, k, logWeights, means, run.type(), factors, logDet, resp, labels, row);
    }

    /**
     * The M-step from the current responsibilities; the weights are the masses over {@code total},
     * or over their sum when it is NaN ({@code _initialize} divides by n, {@code _m_step} by the sum).
     */
    private boolean maximize(double total) {
        Gaussians.estimate(x, n, d, k, resp, run.regCovar(), run.type(), nk, means, covariances);
        double sum = 0;
        for (int c = 0; c < k; c++) {
            sum += nk[c];
        }
        double divisor = Double.isNaN(total) ? sum : total;
        for (int c = 0; c < k; c++) {
            weights[c] = nk[c] / divisor;
            logWeights[c] = Math.log(weights[c]);
        }
        return Gaussians.precisionFactors(covariances, run.type(), k, d, factors, logDet, work);
    }

    /** The lower bound's change in the last iteration (infinite after the first, as scikit-learn's). */
    private double change() { return lowerBound - previousLowerBound; }

    // Read by GmmSnapshot's constructor, which copies what changes.
    int stepCount() { return step; }
    StepResult status() { return status; }
    EmStep half() { return half; }
    GmmRun run() { return run; }
    double[] weights() { return weights; }
    double[] means() { return means; }
    double[] covariances() { return covariances; }
    double[] publishedResp() { return publishedResp; }
    int[] publishedLabels() { return publishedLabels; }
    double[] logLikelihoods() { return logLikelihoods; }
    int iterations() { return iterations; }
    CentroidTrail trail() { return trail; }
    double lowerBound() { return lowerBound; }
    double lastChange() { return change(); }
    double finalLogLikelihood() { return finalLogLikelihood; }
}
