package org.stepwise.algo.decomposition;

import java.util.List;
import org.stepwise.algo.Engine;
import org.stepwise.algo.StepResult;

/**
 * Principal component analysis, one more component per step (Pearson 1901; Jolliffe,
 * <i>Principal Component Analysis</i>, 2nd ed., §3.5 on the SVD; scikit-learn 1.2.1
 * {@code PCA(svd_solver="full")}, {@code sklearn/decomposition/_pca.py} {@code _fit_full}).
 *
 * <p>The data is centred and decomposed once ({@link PcaFit}); step k reveals component k: the
 * direction of greatest variance orthogonal to the k − 1 before it, the variance it explains
 * (added to the scree) and what rebuilding every row from the first k components still misses.
 * After {@code nComponents} steps the run has converged and every metric is scikit-learn's fitted
 * attribute ({@code components_}, {@code explained_variance_}, {@code explained_variance_ratio_},
 * {@code singular_values_}, {@code mean_}). Data without variance (every row the same point), or
 * an SVD that did not converge, stops the run at its first step.
 *
 * <p>{@link #step()} allocates nothing: it moves a counter over the decomposition.
 */
final class PcaEngine implements Engine<PcaSnapshot> {

    private final PcaFit fit;
    private final int wanted;
    private final boolean whiten;
    private final List<String> featureNames;
    private int step;
    private StepResult status = StepResult.CONTINUE;

    PcaEngine(PcaFit fit, int wanted, boolean whiten, List<String> featureNames) {
        this.fit = fit;
        this.wanted = wanted;
        this.whiten = whiten;
        this.featureNames = List.copyOf(featureNames);
    }

    @Override
    public PcaSnapshot snapshot() {
        return new PcaSnapshot(step, status, fit, wanted, whiten, featureNames);
    }

    @Override
    public StepResult step() {
        if (status.isFinal()) {
            return status;
        }
        if (!fit.decomposed()) {
            status = StepResult.stopped("the singular value decomposition did not converge on this data");
            return status;
        }
        if (!(fit.totalVariance() > 0)) {
            status = StepResult.stopped("every row is the same point: there is no variance for a component to explain");
            return status;
        }
        step++;
        if (step == wanted) {
            status = StepResult.CONVERGED;
        }
        return status;
    }
}
