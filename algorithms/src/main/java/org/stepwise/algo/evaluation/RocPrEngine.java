package org.stepwise.algo.evaluation;

import org.stepwise.algo.Engine;
import org.stepwise.algo.StepResult;

/**
 * The decision threshold lowered over held-out scores one notch a step, from 1 (almost nothing
 * predicted positive) down to the chosen threshold t: at step s it is t_s = max(t, 1 − s / notches),
 * the rows scoring at least t_s are predicted positive, and the operating point (FPR, TPR) and
 * (recall, precision) moves along the ROC and precision–recall curves, which are scikit-learn
 * 1.2.1's {@code roc_curve} and {@code precision_recall_curve} computed once ({@link ModelCurves}).
 * Lowering the threshold traces each curve from its (0, 0) or (0, 1) end. The run ends, converged,
 * when the threshold reaches t (by default 0, where every row is predicted positive and both curves
 * are traced whole).
 *
 * <p>A step finds each model's operating point by a binary search of its ranking: no loop over the
 * rows, one small allocation (the snapshot and its points).
 */
final class RocPrEngine implements Engine<RocPrSnapshot> {

    private final ModelCurves first;
    private final ModelCurves second;
    private final double end;
    private final int notches;

    private int step;
    private StepResult status = StepResult.CONTINUE;
    private RocPrSnapshot snapshot;

    /** @param second the compared classifier's curves, or null for none */
    RocPrEngine(ModelCurves first, ModelCurves second, double threshold, int notches) {
        this.first = first;
        this.second = second;
        this.end = threshold;
        this.notches = notches;
        snapshot = snapshotAt(1.0);
    }

    @Override
    public RocPrSnapshot snapshot() { return snapshot; }

    @Override
    public StepResult step() {
        if (status.isFinal()) {
            return status;
        }
        step++;
        double threshold = Math.max(end, 1.0 - (double) step / notches);
        if (threshold <= end) {
            status = StepResult.CONVERGED;
        }
        snapshot = snapshotAt(threshold);
        return status;
    }

    private RocPrSnapshot snapshotAt(double threshold) {
        return new RocPrSnapshot(step, status, threshold, 1.0 / notches, first, first.at(threshold),
                second, second == null ? null : second.at(threshold));
    }
}
