package org.stepwise.viz.lesson.run;

import java.util.function.Consumer;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.Params;
import org.stepwise.algo.Snapshot;
import org.stepwise.data.Dataset;

/**
 * A lesson's current run: its inputs (data, parameters, seed) and the runner stepping an engine
 * built from them. A run is never changed in place: new inputs build a new engine from step 0
 * and a new runner, and inputs the engine refuses change nothing. Use from the FX thread.
 */
public final class LessonRun<S extends Snapshot> {

    private final EngineFactory<S> factory;
    private final int historyCapacity;
    /** Told, on the runner's worker, of an exception escaping the engine (a bug). */
    private final Consumer<Throwable> onFailure;
    private Dataset data;
    private Params params;
    private long seed;
    private LessonRunner<S> runner;

    public LessonRun(EngineFactory<S> factory, int historyCapacity, Consumer<Throwable> onFailure,
              Dataset data, Params params, long seed, double stepsPerSecond) {
        this.factory = factory;
        this.historyCapacity = historyCapacity;
        this.onFailure = onFailure;
        replace(data, params, seed, stepsPerSecond);
    }

    /**
     * Starts again from step 0 with these inputs, at this speed; the old runner is closed. The
     * engine is fitted on the training rows of {@code newData} only ({@link #engineData}); the
     * view gets all of it, held-out rows marked. The parameters still at their defaults follow
     * those rows ({@link Params#forData}: logistic regression's solver follows the columns'
     * scales), so {@link #params()} may differ from {@code newParams}. Throws
     * IllegalArgumentException, changing nothing, when the engine refuses them.
     */
    public void replace(Dataset newData, Params newParams, long newSeed, double stepsPerSecond) {
        Dataset fitted = engineData(newData);
        Params followed = newParams.forData(fitted);
        Engine<S> engine = factory.create(fitted, followed, newSeed);
        if (runner != null) {
            runner.close();
        }
        data = newData;
        params = followed;
        seed = newSeed;
        runner = new LessonRunner<>(engine, historyCapacity, onFailure);
        runner.setStepsPerSecond(stepsPerSecond);
    }

    /** What an engine is fitted on: the rows of {@code shown} not held out (null without data). */
    public static Dataset engineData(Dataset shown) {
        return shown == null ? null : shown.training();
    }

    EngineFactory<S> factory() { return factory; }

    /** The run's data as the view draws it: every row, held-out rows marked. */
    public Dataset data() { return data; }

    public Params params() { return params; }

    public long seed() { return seed; }

    public LessonRunner<S> runner() { return runner; }
}
