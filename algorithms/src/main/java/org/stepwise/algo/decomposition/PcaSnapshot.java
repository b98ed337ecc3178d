package org.stepwise.algo.decomposition;

import java.util.List;
import java.util.Locale;
import org.stepwise.algo.Metrics;
import org.stepwise.algo.Scalars;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.StepResult;

/**
 * PCA after k components have been found: the decomposition (one object for the whole run) and
 * how many of its components are shown.
 *
 * <p>Metrics, named as scikit-learn's fitted attributes and over the k components found so far:
 * {@code explained_variance_ratio}, {@code explained_variance}, {@code singular_values},
 * {@code components} (k × p), {@code mean}; the scalars {@code n_components} (k),
 * {@code cumulative_variance_ratio} (their sum) and {@code reconstruction_error} (the mean squared
 * error of every entry rebuilt from the k components, {@link PcaFit#reconstructionError}).
 */
public final class PcaSnapshot implements Snapshot {

    private static final Scalars<PcaSnapshot> SCALARS = Scalars.<PcaSnapshot>builder()
            .count("n_components", PcaSnapshot::componentCount)
            .scalar("cumulative_variance_ratio", PcaSnapshot::cumulativeRatio)
            .scalar("reconstruction_error", s -> s.fit.reconstructionError(s.step))
            .build();

    private final int step;
    private final StepResult status;
    private final PcaFit fit;
    private final int wanted;
    private final boolean whiten;
    private final List<String> featureNames;

    PcaSnapshot(int step, StepResult status, PcaFit fit, int wanted, boolean whiten, List<String> featureNames) {
        this.step = step;
        this.status = status;
        this.fit = fit;
        this.wanted = wanted;
        this.whiten = whiten;
        this.featureNames = featureNames;
    }

    @Override
    public int step() { return step; }

    @Override
    public StepResult status() { return status; }

    /** The decomposition: the same object at every step of a run. */
    public PcaFit fit() { return fit; }

    /** How many components have been found: the step. */
    public int componentCount() { return step; }

    /** How many the run will find (nComponents, or min(n, p) for 0). */
    public int wanted() { return wanted; }

    public boolean whiten() { return whiten; }

    public List<String> featureNames() { return featureNames; }

    /** The share of the total variance the components found so far explain. */
    public double cumulativeRatio() {
        double sum = 0;
        for (int j = 0; j < step; j++) {
            sum += fit.explainedVarianceRatio(j);
        }
        return sum;
    }

    /**
     * Row i's coordinate on component j as {@code transform} gives it: the score, divided by
     * √(explained variance) when whitening; 0 for a component not found yet.
     */
    public double projection(int row, int j) {
        if (j >= step) {
            return 0;
        }
        double score = fit.score(row, j);
        return whiten ? score / Math.sqrt(fit.explainedVariance(j)) : score;
    }

    /**
     * The coordinate on component j of any row x[offset .. offset + p) (a held-out row as well as
     * a fitted one), as {@code transform} gives it: (x − mean)·vⱼ, divided by √(explained variance)
     * when whitening; 0 for a component not found yet. Allocates nothing.
     */
    public double transform(double[] x, int offset, int j) {
        if (j >= step) {
            return 0;
        }
        double score = 0;
        for (int f = 0; f < fit.features(); f++) {
            score += (x[offset + f] - fit.mean(f)) * fit.component(j, f);
        }
        return whiten ? score / Math.sqrt(fit.explainedVariance(j)) : score;
    }

    @Override
    public String narration() {
        return step == 0 ? "" : PcaNarration.full(this);
    }

    @Override
    public String narration(int characters) {
        if (step == 0) {
            return "";
        }
        String full = PcaNarration.full(this);
        return full.length() <= characters ? full : PcaNarration.brief(this);
    }

    @Override
    public Metrics metrics() {
        int k = step;
        int p = fit.features();
        double[] ratio = new double[k];
        double[] variance = new double[k];
        double[] singular = new double[k];
        double[][] components = new double[k][p];
        for (int j = 0; j < k; j++) {
            ratio[j] = fit.explainedVarianceRatio(j);
            variance[j] = fit.explainedVariance(j);
            singular[j] = fit.singularValue(j);
            for (int f = 0; f < p; f++) {
                components[j][f] = fit.component(j, f);
            }
        }
        double[] mean = new double[p];
        for (int f = 0; f < p; f++) {
            mean[f] = fit.mean(f);
        }
        return SCALARS.addTo(Metrics.builder(), this).vector("explained_variance_ratio", ratio)
                .vector("explained_variance", variance).vector("singular_values", singular)
                .matrix("components", components).vector("mean", mean).build();
    }

    @Override
    public double scalar(String name) {
        return SCALARS.value(this, name);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "PcaSnapshot[step %d of %d, %s]", step, wanted, status);
    }
}
