package org.stepwise.algo.cluster;

import java.util.Arrays;
import java.util.Locale;
import org.stepwise.algo.Metrics;
import org.stepwise.algo.Scalars;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.StepResult;

/**
 * A Gaussian mixture after some half-steps: the weights, means and covariances, every point's
 * responsibilities and most likely component, and the mean log-likelihood of each iteration.
 *
 * <p>The responsibilities and labels are immutable copies shared by the snapshots between two
 * E-steps; the log-likelihoods are an append-only array read up to the count this snapshot saw.
 *
 * <p>Metrics, as scikit-learn's fitted attributes: {@code lower_bound} (the mean log-likelihood
 * of the last iteration's E-step, from the parameters before its M-step), {@code n_iter}, the
 * arrays {@code weights}, {@code means} (k × d), {@code covariances} (full: k rows of d·d;
 * tied: d × d; diag: k × d; spherical: k) and {@code labels}; and {@code change} (the lower
 * bound's change in the last iteration, against tol) and {@code log_likelihood} (of the
 * parameters shown, once the final E-step has computed it).
 */
public final class GmmSnapshot implements Snapshot {

    private static final Scalars<GmmSnapshot> SCALARS = Scalars.<GmmSnapshot>builder()
            .scalarWhileDefined("lower_bound", GmmSnapshot::lowerBound)
            .count("n_iter", GmmSnapshot::nIter)
            .scalarWhileDefined("change", GmmSnapshot::change)
            .scalarWhileDefined("log_likelihood", s -> s.finalLogLikelihood)
            .build();

    private final int step;
    private final StepResult status;
    private final EmStep half;
    private final int k;
    private final int d;
    private final CovarianceType type;
    private final double tol;
    private final double regCovar;
    private final double[] weights;
    private final double[] means;
    private final double[] covariances;
    private final double[] resp;
    private final int[] labels;
    private final double[] logLikelihoods;
    private final int iterations;
    private final double[] trail;
    private final int trailCount;
    private final double lowerBound;
    private final double change;
    private final double finalLogLikelihood;

    GmmSnapshot(GmmEngine engine) {
        GmmRun run = engine.run();
        step = engine.stepCount();
        status = engine.status();
        half = engine.half();
        k = run.k();
        d = run.d();
        type = run.type();
        tol = run.tol();
        regCovar = run.regCovar();
        weights = engine.weights().clone();
        means = engine.means().clone();
        covariances = engine.covariances().clone();
        resp = engine.publishedResp();
        labels = engine.publishedLabels();
        logLikelihoods = engine.logLikelihoods();
        iterations = engine.iterations();
        trail = engine.trail().positions();
        trailCount = engine.trail().count();
        lowerBound = engine.lowerBound();
        change = engine.lastChange();
        finalLogLikelihood = engine.finalLogLikelihood();
    }

    @Override
    public int step() { return step; }

    @Override
    public StepResult status() { return status; }

    /** What the last step did. */
    public EmStep half() { return half; }

    public int componentCount() { return k; }

    public int featureCount() { return d; }

    public int pointCount() { return labels.length; }

    /** {@code full}, {@code tied}, {@code diag} or {@code spherical}. */
    public String covarianceType() { return type.id(); }

    public double tol() { return tol; }

    public double regCovar() { return regCovar; }

    /** The mixing weight πc. */
    public double weight(int c) { return weights[c]; }

    /** The weights, summing to 1 (a copy). */
    public double[] weights() { return weights.clone(); }

    /** Feature j of mean μc. */
    public double mean(int c, int j) { return means[c * d + j]; }

    /** Entry (a, b) of component c's covariance Σc, whatever the covariance type. */
    public double covariance(int c, int a, int b) {
        return switch (type) {
            case FULL -> covariances[(c * d + a) * d + b];
            case TIED -> covariances[a * d + b];
            case DIAG -> a == b ? covariances[c * d + a] : 0;
            case SPHERICAL -> a == b ? covariances[c] : 0;
        };
    }

    /** The covariances in scikit-learn's layout, flattened row-major (a copy). */
    public double[] covariancesFlat() { return covariances.clone(); }

    /** γᵢc, point i's responsibility of component c (from the init before the first E-step). */
    public double responsibility(int i, int c) { return resp[i * k + c]; }

    /** Point i's most likely component: the argmax of its responsibilities. */
    public int label(int i) { return labels[i]; }

    /** The labels, one per point (a copy). */
    public int[] labels() { return labels.clone(); }

    /** How many places each mean has had, the first included: the trail's length. */
    public int trailLength() { return trailCount; }

    /** Feature j of mean c at its {@code position}-th place (0 = the init's). */
    public double trail(int position, int c, int j) {
        if (position >= trailCount) {
            throw new IndexOutOfBoundsException("position " + position + " of " + trailCount);
        }
        return trail[(position * k + c) * d + j];
    }

    /** scikit-learn's n_iter_: the E-steps of the loop so far, the final one not counted. */
    public int nIter() { return iterations; }

    /** The mean log-likelihood of iteration {@code i} (0-based), computed by its E-step. */
    public double logLikelihood(int i) {
        if (i >= iterations) {
            throw new IndexOutOfBoundsException("iteration " + i + " of " + iterations);
        }
        return logLikelihoods[i];
    }

    /** scikit-learn's lower_bound_: the last iteration's mean log-likelihood; NaN before the first E-step. */
    public double lowerBound() { return iterations == 0 ? Double.NaN : lowerBound; }

    /** The lower bound's change in the last iteration; NaN until the second. */
    public double change() { return iterations < 2 ? Double.NaN : change; }

    /** The mean log-likelihood of the final parameters, from the final E-step; NaN before it. */
    public double finalLogLikelihood() { return finalLogLikelihood; }

    @Override
    public String narration() { return GmmNarration.full(this); }

    @Override
    public String narration(int characters) {
        String full = GmmNarration.full(this);
        return full.length() <= characters ? full : GmmNarration.brief(this);
    }

    @Override
    public Metrics metrics() {
        Metrics.Builder metrics = SCALARS.addTo(Metrics.builder(), this);
        metrics.vector("weights", weights.clone());
        metrics.matrix("means", rows(means, k, d));
        switch (type) {
            case FULL -> metrics.matrix("covariances", rows(covariances, k, d * d));
            case TIED -> metrics.matrix("covariances", rows(covariances, d, d));
            case DIAG -> metrics.matrix("covariances", rows(covariances, k, d));
            case SPHERICAL -> metrics.vector("covariances", covariances.clone());
        }
        metrics.vector("labels", Arrays.stream(labels).asDoubleStream().toArray());
        return metrics.build();
    }

    private static double[][] rows(double[] flat, int count, int width) {
        double[][] rows = new double[count][];
        for (int r = 0; r < count; r++) {
            rows[r] = Arrays.copyOfRange(flat, r * width, (r + 1) * width);
        }
        return rows;
    }

    @Override
    public double scalar(String name) { return SCALARS.value(this, name); }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "GmmSnapshot[step %d, %s, %s]", step, half, status);
    }
}
