package org.stepwise.viz.lesson;

import org.stepwise.algo.DataKind;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.Params;
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

    /**
     * How many feature columns the lesson's view draws: 2 on a plane of feature against feature
     * (a classifier's regions), 1 for regression (feature against target), 0 when the lesson uses
     * every column. The data picker, {@code run}, {@code render} and sessions all give the engine
     * the first that many columns of a data set unless the learner picks others (the axis
     * pickers, {@code --features}), so the app and the command line train on the same data.
     */
    default int drawnFeatures() {
        return drawnFor(factory().dataKind());
    }

    /**
     * The data the lesson opens with in the mode {@code params} choose, where the data it takes
     * depends on them ({@code EngineFactory.dataKind(Params)}: k-NN's {@code task=regress} takes a
     * real target): {@link #defaultData()} unless a lesson with such a mode says otherwise.
     */
    default Dataset defaultData(Params params) {
        return defaultData();
    }

    /** The generator options {@link #defaultData(Params)} was made with. */
    default GeneratorOptions defaultGeneratorOptions(Params params) {
        return defaultGeneratorOptions();
    }

    /**
     * {@link #drawnFeatures()} in the mode {@code params} choose: the same while they ask for the
     * default's kind of data, else what a view of that kind draws (1 feature against a real
     * target, 2 on a plane of classes).
     */
    default int drawnFeatures(Params params) {
        DataKind kind = factory().dataKind(params);
        return kind == factory().dataKind() ? drawnFeatures() : drawnFor(kind);
    }

    /** What a view of data of this kind draws: 1 feature against a real target, 2 on a plane, none without data. */
    static int drawnFor(DataKind kind) {
        return switch (kind) {
            case REGRESSION -> 1;
            case CLASSIFICATION, UNLABELLED -> 2;
            case NONE -> 0;
        };
    }

    /** A new view for one panel. Called on the FX thread. */
    LessonView<S> createView();

    /** What the live chart under the view plots: the snapshot's scalars, named, on which axis. */
    LessonChart<S> chart();
}
