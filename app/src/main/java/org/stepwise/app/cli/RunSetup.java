package org.stepwise.app.cli;

import org.stepwise.algo.Engine;
import org.stepwise.algo.Params;
import org.stepwise.algo.Snapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.RunReplay;

/**
 * A checked request to run a lesson: the state (data, parameters, seed, step count) from which
 * {@link RunReplay} rebuilds the run.
 *
 * @param data  null for lessons without data
 * @param steps steps to take, or -1 to run until the engine ends (at most {@code limit})
 */
record RunSetup(Lesson<?> lesson, Dataset data, Params params, long seed, int steps, int limit) {

    /** Builds the run's engine: data-dependent refusals come here, before anything slow starts. */
    Engine<?> engine() {
        return lesson.factory().create(data, params, seed);
    }

    /** Builds the engine once and drops it, only to refuse what does not fit. */
    void checkFits() {
        engine();
    }

    /** The snapshot of {@code engine} (built by {@link #engine()}) after the requested steps; never touches JavaFX. */
    Snapshot replay(Engine<?> engine) {
        return RunReplay.stepTo(engine, steps, limit);
    }
}
