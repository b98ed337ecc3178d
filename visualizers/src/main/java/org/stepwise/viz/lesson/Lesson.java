package org.stepwise.viz.lesson;

import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.Snapshot;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;

/**
 * One interactive lesson: an engine factory, the view that draws its snapshots, the data it
 * opens with and its explanation card (the resource {@code /org/stepwise/viz/cards/<id>.md}).
 *
 * <p>Found through {@link java.util.ServiceLoader}; implementations carry a {@link LessonEntry}
 * (the catalog lists them from it without building them), have a public no-argument
 * constructor, keep no static state and do no work in their constructor, so the command line
 * can run one without starting JavaFX:
 * {@link #info()}, {@link #factory()} and {@link #defaultData()} never touch JavaFX.
 *
 * @param <S> the snapshot type of its engine
 */
public interface Lesson<S extends Snapshot> {

    /** The catalog entry, read from the class's {@link LessonEntry}. */
    default LessonInfo info() {
        return LessonInfo.of(getClass());
    }

    /** The engine factory; its {@code params()} generate the parameter sheet. */
    EngineFactory<S> factory();

    /**
     * The data the lesson opens with, or {@code null} when the engine needs none. For 2D views
     * this has two feature columns.
     */
    Dataset defaultData();

    /**
     * The generator options {@link #defaultData()} was made with, when it comes from a
     * generator: the data picker shows them, so its controls describe the points on screen.
     */
    default GeneratorOptions defaultGeneratorOptions() {
        return GeneratorOptions.defaults();
    }

    /** A new view for one panel. Called on the FX thread. */
    LessonView<S> createView();
}
