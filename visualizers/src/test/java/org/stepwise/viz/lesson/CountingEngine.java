package org.stepwise.viz.lesson;

import org.stepwise.algo.Engine;
import org.stepwise.algo.Metrics;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.StepResult;

/** A test engine that counts to a limit, then converges. */
final class CountingEngine implements Engine<CountingEngine.Count> {

    record Count(int step, StepResult status) implements Snapshot {
        @Override
        public String narration() { return "counted to " + step; }

        @Override
        public Metrics metrics() { return Metrics.builder().scalar("count", step).build(); }
    }

    private final int limit;
    private int step;
    private StepResult status = StepResult.CONTINUE;

    CountingEngine(int limit) {
        this.limit = limit;
    }

    @Override
    public Count snapshot() { return new Count(step, status); }

    @Override
    public StepResult step() {
        if (status.isFinal()) {
            return status;
        }
        step++;
        status = step >= limit ? StepResult.CONVERGED : StepResult.CONTINUE;
        return status;
    }
}
