package org.stepwise.algo.evaluation;

import org.stepwise.algo.Engine;
import org.stepwise.algo.StepResult;

/**
 * The decision threshold swept over a classifier's held-out scores, one notch a step, from 0 (every
 * row predicted positive) up to the chosen threshold t: at step s it is t_s = min(t, s / notches),
 * each scored row is predicted by
 * {@link ScoredRows#predict} (the positive class when P(positive) ≥ t_s, else the most probable
 * other class) and the K × K confusion matrix of those predictions is counted; the snapshot reads
 * every metric from it ({@link ClassificationMetrics}). The run ends, converged, when the
 * threshold reaches t, so that a run to its end reports the metrics at the chosen threshold
 * (at the default 0.5, those of scikit-learn's {@code predict} for two classes). Only the matrix changes between steps: the threshold-free metrics are
 * computed once, with the scores ({@link ScoredRows}).
 *
 * <p>A step counts the matrix with {@link ScoredRows#matrixAt} (binary searches of the rows sorted
 * once), the same count a threshold the learner drags gets, so the two agree to the row.
 */
final class ConfusionMatrixEngine implements Engine<ConfusionMatrixSnapshot> {

    private final ScoredRows rows;
    private final double end;
    private final int notches;

    private int step;
    private StepResult status = StepResult.CONTINUE;
    private ConfusionMatrixSnapshot snapshot;

    ConfusionMatrixEngine(ScoredRows rows, double threshold, int notches) {
        this.rows = rows;
        this.end = threshold;
        this.notches = notches;
        snapshot = snapshotAt(0.0);
    }

    @Override
    public ConfusionMatrixSnapshot snapshot() { return snapshot; }

    @Override
    public StepResult step() {
        if (status.isFinal()) {
            return status;
        }
        step++;
        double threshold = Math.min(end, (double) step / notches);
        if (threshold >= end) {
            status = StepResult.CONVERGED;
        }
        snapshot = snapshotAt(threshold);
        return status;
    }

    private ConfusionMatrixSnapshot snapshotAt(double threshold) {
        return new ConfusionMatrixSnapshot(step, status, rows, threshold, 1.0 / notches, rows.matrixAt(threshold));
    }
}
