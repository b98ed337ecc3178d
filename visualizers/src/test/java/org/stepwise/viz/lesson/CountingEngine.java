package org.stepwise.viz.lesson;

import java.util.List;
import org.stepwise.algo.DataKind;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.Metrics;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.StepResult;
import org.stepwise.data.Dataset;

/** A test engine that counts to a limit, then converges. */
public final class CountingEngine implements Engine<CountingEngine.Count> {

    public record Count(int step, StepResult status) implements Snapshot {
        @Override
        public String narration() { return "counted to " + step; }

        @Override
        public Metrics metrics() { return Metrics.builder().scalar("count", step).build(); }
    }

    /** Counts to "limit"; refuses a limit of 0, as an engine refuses inputs it cannot run on. */
    public static final class Factory implements EngineFactory<Count> {
        @Override public List<ParamSpec<?>> params() { return List.of(ParamSpec.integer("limit", 10).between(0, 100)); }
        @Override public DataKind dataKind() { return DataKind.NONE; }
        @Override public Engine<Count> create(Dataset data, Params params, long seed) {
            int limit = params.integer("limit");
            if (limit == 0) {
                throw new IllegalArgumentException("nothing to count");
            }
            return new CountingEngine(limit);
        }
    }

    private final int limit;
    private int step;
    private StepResult status = StepResult.CONTINUE;

    public CountingEngine(int limit) {
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
