package org.stepwise.algo.anomaly;

import org.stepwise.algo.Engine;
import org.stepwise.algo.StepResult;

/**
 * Outlier detection step by step, by one of four methods ({@link OutliersFactory}): one tree of
 * an isolation forest, one point's local outlier factor, or one feature's IQR or z-score rule a
 * step. The run ends (CONVERGED) with the last tree, point or feature, where its scores are
 * scikit-learn's.
 */
final class OutliersEngine implements Engine<OutliersSnapshot> {

    private final String method;
    private final OutlierData data;
    private final MethodRun run;
    private int step;
    private StepResult status = StepResult.CONTINUE;
    private OutliersSnapshot snapshot;

    OutliersEngine(String method, OutlierData data, MethodRun run) {
        this.method = method;
        this.data = data;
        this.run = run;
        this.snapshot = new OutliersSnapshot(0, status, method, data, run.initial());
    }

    @Override
    public OutliersSnapshot snapshot() { return snapshot; }

    @Override
    public StepResult step() {
        if (status.isFinal()) {
            return status;
        }
        step++;
        OutlierStage stage = run.advance(step);
        status = step >= run.steps() ? StepResult.CONVERGED : StepResult.CONTINUE;
        snapshot = new OutliersSnapshot(step, status, method, data, stage);
        return status;
    }
}
