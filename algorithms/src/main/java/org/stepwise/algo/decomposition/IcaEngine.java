package org.stepwise.algo.decomposition;

import java.util.Locale;
import org.stepwise.algo.Engine;
import org.stepwise.algo.StepResult;

/**
 * FastICA, one fixed-point iteration per step (Hyvärinen &amp; Oja, "Independent component
 * analysis: algorithms and applications", Neural Networks 13(4–5), 2000; scikit-learn 1.2.1
 * {@code FastICA(whiten="unit-variance", whiten_solver="svd")}, {@code _ica_par} and
 * {@code _ica_def} in {@code sklearn/decomposition/_fastica.py}).
 *
 * <p>The data is centred and whitened once ({@link IcaWhitening}). {@code parallel}: the start is
 * the symmetric decorrelation of w_init, and each step updates every unit at once
 * ({@link IcaFixedPoint#parallel}); the run converges when maxᵢ |1 − |diag(W⁺Wᵀ)ᵢ|| &lt; tol, and
 * stops, as scikit-learn warns, after maxIter iterations that did not. {@code deflation}: unit j
 * starts from row j of w_init scaled to unit length, and each step is one iteration of that unit
 * ({@link IcaFixedPoint#deflation}); a unit is done when | |w⁺·w| − 1 | &lt; tol or after maxIter
 * of its iterations, and the next begins; n_iter is the most any unit took. The run stops at its
 * first step when the data has fewer independent directions than components.
 *
 * <p>A step allocates one k × k copy of W for its snapshot.
 */
final class IcaEngine implements Engine<IcaSnapshot> {

    private final IcaWhitening whitening;
    private final IcaFixedPoint fixedPoint;
    private final IcaSettings settings;
    private final int k;
    private final double[] start;
    private double[] w;
    private double[] next;
    /** Deflation only: the unit being found, and each unit's iterations so far. */
    private int unit;
    private int moved = -1;
    private final int[] unitIterations;
    private final double[] unitChange;
    private int iterations;
    private double change = Double.NaN;
    private int step;
    private StepResult status = StepResult.CONTINUE;

    /**
     * @param wInit k × k row-major, scikit-learn's {@code w_init} (not modified)
     */
    IcaEngine(IcaWhitening whitening, IcaSettings settings, double[] wInit) {
        this.whitening = whitening;
        this.settings = settings;
        this.k = whitening.components();
        this.fixedPoint = new IcaFixedPoint(whitening, settings.contrast());
        this.start = wInit.clone();
        unitIterations = new int[k];
        unitChange = new double[k];
        java.util.Arrays.fill(unitChange, Double.NaN);
        w = new double[k * k];
        next = new double[k * k];
        if (settings.parallel()) {
            if (whitening.whitens() && !fixedPoint.decorrelate(start, w)) {
                status = StepResult.stopped("the eigen-decomposition of W Wᵀ did not converge on w_init");
            }
        } else {
            for (int j = 0; j < k; j++) {
                setUnitStart(j);
            }
        }
    }

    /** Row j of W becomes row j of w_init over its length, where deflation starts unit j. */
    private void setUnitStart(int j) {
        double norm = 0;
        for (int c = 0; c < k; c++) {
            norm += start[j * k + c] * start[j * k + c];
        }
        norm = Math.sqrt(norm);
        for (int c = 0; c < k; c++) {
            w[j * k + c] = start[j * k + c] / norm;
        }
    }

    @Override
    public IcaSnapshot snapshot() {
        return new IcaSnapshot(new IcaProgress(step, status, iterations, change, settings.parallel() ? -1 : unit,
                moved, unitIterations.clone(), unitChange.clone()), whitening, settings, w.clone());
    }

    @Override
    public StepResult step() {
        if (status.isFinal()) {
            return status;
        }
        if (!whitening.whitens()) {
            status = StepResult.stopped(String.format(Locale.ROOT, "the data has only %d independent direction%s"
                    + " (singular values above %.0e of the largest) and %d components were asked for: set"
                    + " nComponents to at most %d", whitening.rank(), whitening.rank() == 1 ? "" : "s",
                    IcaWhitening.RANK_TOLERANCE, k, whitening.rank()));
            return status;
        }
        step++;
        status = settings.parallel() ? parallelStep() : deflationStep();
        return status;
    }

    private StepResult parallelStep() {
        iterations++;
        change = fixedPoint.parallel(w, next);
        if (!Double.isFinite(change)) {
            return StepResult.stopped("the update left numbers that are not finite (the symmetric decorrelation"
                    + " failed): try fun=logcosh");
        }
        double[] swap = w;
        w = next;
        next = swap;
        if (change < settings.tol()) {
            return StepResult.CONVERGED;
        }
        if (iterations == settings.maxIter()) {
            return StepResult.stopped(String.format(Locale.ROOT, "FastICA did not converge in maxIter = %d"
                    + " iterations (the change %.3g is not below tol = %.3g): raise maxIter or tol",
                    settings.maxIter(), change, settings.tol()));
        }
        return StepResult.CONTINUE;
    }

    private StepResult deflationStep() {
        int row = unit * k;
        System.arraycopy(w, row, next, 0, k);
        double[] current = next;
        double[] updated = new double[k];
        change = fixedPoint.deflation(w, unit, current, updated);
        if (!Double.isFinite(change)) {
            return StepResult.stopped(String.format(Locale.ROOT, "unit %d's update left numbers that are not"
                    + " finite: try fun=logcosh", unit + 1));
        }
        System.arraycopy(updated, 0, w, row, k);
        moved = unit;
        unitIterations[unit]++;
        unitChange[unit] = change;
        iterations = Math.max(iterations, unitIterations[unit]);
        if (change < settings.tol() || unitIterations[unit] == settings.maxIter()) {
            unit++;
        }
        if (unit < k) {
            return StepResult.CONTINUE;
        }
        unit = k - 1;
        StringBuilder unconverged = new StringBuilder();
        for (int j = 0; j < k; j++) {
            if (!(unitChange[j] < settings.tol())) {
                unconverged.append(unconverged.length() == 0 ? "" : ", ").append(j + 1);
            }
        }
        return unconverged.length() == 0 ? StepResult.CONVERGED : StepResult.stopped(String.format(Locale.ROOT,
                "unit %s did not converge in maxIter = %d iterations (tol = %.3g): raise maxIter or tol",
                unconverged, settings.maxIter(), settings.tol()));
    }
}
