package org.stepwise.viz.lesson.run;

import org.stepwise.algo.Engine;
import org.stepwise.algo.Params;
import org.stepwise.algo.Snapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.Lesson;

/**
 * Replays a run from its state (data, parameters, seed, step count): engines are
 * deterministic, so this is how sessions are restored and how {@code run} and {@code render}
 * reach a step. Never touches JavaFX.
 */
public final class RunReplay {

    private RunReplay() {
    }

    /**
     * Builds the lesson's engine and steps it {@code steps} times, or until it ends when
     * {@code steps} is negative (then at most {@code limit} steps).
     *
     * @throws IllegalArgumentException when data and parameters do not fit the engine
     */
    public static <S extends Snapshot> S replay(Lesson<S> lesson, Dataset data, Params params, long seed,
                                                int steps, int limit) {
        return stepTo(lesson.factory().create(data, params, seed), steps, limit);
    }

    /**
     * Steps an engine built for the run {@code steps} times, or until it ends when {@code steps}
     * is negative (then at most {@code limit} steps), and returns its snapshot.
     */
    public static <S extends Snapshot> S stepTo(Engine<S> engine, int steps, int limit) {
        int target = steps < 0 ? limit : steps;
        for (int i = 0; i < target; i++) {
            if (engine.step().isFinal()) {
                break;
            }
        }
        return engine.snapshot();
    }
}
