package org.stepwise.algo.decomposition;

import java.util.Locale;
import org.stepwise.algo.Metrics;
import org.stepwise.algo.Scalars;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.StepResult;

/**
 * FastICA after a number of fixed-point iterations: the whitening (one object for the whole
 * run) and the current unmixing matrix W of the whitened data.
 *
 * <p>Metrics, named as scikit-learn's fitted attributes: {@code components} (k × p) and
 * {@code mixing} (p × k) as {@code FastICA(whiten="unit-variance")} would report them if it
 * stopped at this W ({@link IcaUnmixing}), {@code mean}, and the scalars {@code n_iter} and
 * {@code change} (the last iteration's convergence measure, compared with tol).
 */
public final class IcaSnapshot implements Snapshot {

    private static final Scalars<IcaSnapshot> SCALARS = Scalars.<IcaSnapshot>builder()
            .count("n_iter", IcaSnapshot::iterations)
            .scalar("change", IcaSnapshot::change)
            .build();

    private final IcaProgress progress;
    private final IcaWhitening whitening;
    private final IcaSettings settings;
    private final double[] w;
    private volatile IcaUnmixing unmixing;

    IcaSnapshot(IcaProgress progress, IcaWhitening whitening, IcaSettings settings, double[] w) {
        this.progress = progress;
        this.whitening = whitening;
        this.settings = settings;
        this.w = w;
    }

    @Override
    public int step() { return progress.step(); }

    @Override
    public StepResult status() { return progress.status(); }

    /** The centring and whitening: the same object at every step of a run. */
    public IcaWhitening whitening() { return whitening; }

    /** k, the number of components. */
    public int components() { return whitening.components(); }

    /** W[a][c]: unit a's weight on whitened coordinate c (unit length rows). */
    public double unmixing(int a, int c) { return w[a * components() + c]; }

    /** n_iter: parallel's iterations, or the most any deflation unit has taken. */
    public int iterations() { return progress.iterations(); }

    /** The last step's change (NaN before the first step). */
    public double change() { return progress.change(); }

    public double tol() { return settings.tol(); }

    public int maxIter() { return settings.maxIter(); }

    public String fun() { return settings.contrast().id(); }

    public String algorithm() { return settings.algorithm(); }

    public boolean parallel() { return settings.parallel(); }

    /** Deflation: the unit being found (the last one once done); −1 for parallel. */
    public int unit() { return progress.unit(); }

    /** Deflation: the unit the last step moved (−1 before the first step, and for parallel). */
    public int movedUnit() { return progress.moved(); }

    /**
     * False for a deflation unit that has not taken an iteration yet: its row of W is still its
     * row of w_init scaled to length 1, where it will start. Always true for parallel.
     */
    public boolean started(int a) { return parallel() || progress.unitIterations()[a] > 0; }

    /** Deflation: how many iterations unit j has taken. */
    public int unitIterations(int j) { return progress.unitIterations()[j]; }

    /** Deflation: unit j's last change (NaN before its first iteration). */
    public double unitChange(int j) { return progress.unitChange()[j]; }

    /**
     * What scikit-learn would report for this W: components, mixing and the unit-variance
     * sources; null when the data could not be whitened. Computed once, when first asked for.
     */
    public IcaUnmixing result() {
        if (!whitening.whitens()) {
            return null;
        }
        IcaUnmixing made = unmixing;
        if (made == null) {
            made = new IcaUnmixing(whitening, w);
            unmixing = made;
        }
        return made;
    }

    @Override
    public String narration() {
        return progress.step() == 0 ? "" : IcaNarration.full(this);
    }

    @Override
    public String narration(int characters) {
        if (progress.step() == 0) {
            return "";
        }
        String full = IcaNarration.full(this);
        return full.length() <= characters ? full : IcaNarration.brief(this);
    }

    @Override
    public Metrics metrics() {
        Metrics.Builder metrics = SCALARS.addTo(Metrics.builder(), this);
        IcaUnmixing result = result();
        if (result != null) {
            metrics.matrix("components", result.componentsMatrix()).matrix("mixing", result.mixingMatrix());
        }
        double[] mean = new double[whitening.features()];
        for (int f = 0; f < mean.length; f++) {
            mean[f] = whitening.mean(f);
        }
        return metrics.vector("mean", mean).build();
    }

    @Override
    public double scalar(String name) {
        return SCALARS.value(this, name);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "IcaSnapshot[step %d, %s %s, n_iter %d, %s]", step(), algorithm(), fun(),
                iterations(), status());
    }
}
