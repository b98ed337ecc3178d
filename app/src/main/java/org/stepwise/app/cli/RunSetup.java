package org.stepwise.app.cli;

import org.stepwise.algo.Engine;
import org.stepwise.algo.Params;
import org.stepwise.algo.Snapshot;
import org.stepwise.data.Dataset;
import org.stepwise.data.Standardizer;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.run.RunReplay;

/**
 * A checked request to run a lesson: the state (data, parameters, seed, step count) from which
 * {@link RunReplay} rebuilds the run.
 *
 * @param data  the data with the columns --features chose, the rows --test-size holds out marked,
 *              before --standardize; null for
 *              lessons without data
 * @param standardize whether the engine gets {@code data} standardized ({@link #engineData()})
 * @param testSize the share of rows --test-size held out (0 for none)
 * @param steps steps to take, or -1 to run until the engine ends (at most {@code limit})
 */
record RunSetup(Lesson<?> lesson, Dataset data, boolean standardize, double testSize, Params params, long seed,
                int steps, int limit) {

    /**
     * Every row as the engine's units have it: {@link #data()}, standardized (fitted on the
     * training rows) after the features were chosen when asked; held-out rows still marked.
     */
    Dataset shownData() {
        return standardize && data != null ? Standardizer.standardized(data) : data;
    }

    /** The data the engine is fitted on: the training rows of {@link #shownData()}. */
    Dataset engineData() {
        Dataset shown = shownData();
        return shown == null ? null : shown.training();
    }

    /** The same request with other parameters (those that follow the data, once it is known). */
    RunSetup withParams(Params newParams) {
        return new RunSetup(lesson, data, standardize, testSize, newParams, seed, steps, limit);
    }

    /** Builds the run's engine: data-dependent refusals come here, before anything slow starts. */
    Engine<?> engine() {
        return lesson.factory().create(engineData(), params, seed);
    }

    /**
     * Refuses data the lesson's view cannot draw: a plane shows two features, so a picture of
     * all four of Iris's is refused with what to ask for instead.
     */
    void checkDrawable() {
        int drawn = lesson.drawnFeatures(params);
        if (data != null && drawn > 0 && data.featureCount() != drawn) {
            throw new IllegalArgumentException("The lesson '" + lesson.info().id() + "' draws " + drawn
                    + (drawn == 1 ? " feature" : " features") + "; --features chose " + data.featureCount()
                    + ". Name " + drawn + " of " + String.join(", ", data.featureNames()) + ", or run it with 'run'.");
        }
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
