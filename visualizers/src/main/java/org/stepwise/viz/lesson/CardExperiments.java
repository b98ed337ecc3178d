package org.stepwise.viz.lesson;

import java.util.LinkedHashMap;
import java.util.Map;
import org.stepwise.algo.Params;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.data.TrainTestSplit;
import org.stepwise.viz.lesson.card.TryIt;
import org.stepwise.viz.lesson.data.DataPicker;
import org.stepwise.viz.lesson.params.ParameterSheet;

/**
 * The card's "Try it" buttons: sets what an experiment declares, as the learner would, and puts
 * back what it replaced. The parameters go through {@link Params#withAllText} from the lesson's
 * defaults (so values that follow a choice are kept whatever their order) and are shown on the
 * sheet; the data goes through the data picker (test size, standardize, generator options and
 * the source chosen, or the lesson's own data); the run starts again from step 0. The data
 * picker's own Undo also steps back through the data changes.
 */
final class CardExperiments {

    /** What the panel does for an experiment: the run's state, and starting it again. */
    interface Runs {
        /** The state on show, to put back later. */
        State current();

        /** A new run from step 0; false (the reason shown) when the engine refuses the inputs. */
        boolean restart(Dataset data, Params params, long seed);

        /** Puts a state back: data, parameters, seed and step. */
        void restore(State state);

        /** Tells the learner why an experiment was not applied. */
        void refused(String message);
    }

    /** A state to go back to: the data as loaded (with its generator options shown), the standardize option, parameters, seed and step. */
    record State(Dataset rawData, GeneratorOptions generatorOptions, boolean standardized, Params params, long seed,
                 int step) {
    }

    private final Lesson<?> lesson;
    private final DataPicker picker;
    private final DataKindSwitch kinds;
    private final ParameterSheet sheet;
    private final Runs runs;
    /** What the last experiment replaced; null when there is nothing to put back. */
    private State before;
    /** Parameters of an experiment the old data refused, applied with the experiment's data when it comes. */
    private Params pending;
    /** The parameters the last experiment declares, by name, in their text form; empty when there is none. */
    private Map<String, String> declared = Map.of();

    /** @param picker the panel's data picker, or null for a lesson without data */
    CardExperiments(Lesson<?> lesson, DataPicker picker, DataKindSwitch kinds, ParameterSheet sheet, Runs runs) {
        this.lesson = lesson;
        this.picker = picker;
        this.kinds = kinds;
        this.sheet = sheet;
        this.runs = runs;
    }

    /**
     * Applies {@code settings}, keeping what was there for {@link #undo()}.
     *
     * @return false, with the reason shown, when the declaration does not fit this lesson
     */
    boolean apply(TryIt settings, Params runParams, Dataset runData) {
        Params target;
        try {
            target = lesson.factory().defaults().withAllText(settings.params());
            if (picker == null && (settings.namesData() || settings.standardize() || settings.testSize() > 0)) {
                throw new IllegalArgumentException("this lesson takes no data, so an experiment cannot set any");
            }
        } catch (IllegalArgumentException refused) {
            runs.refused("Not applied: " + refused.getMessage());
            return false;
        }
        before = runs.current();
        declared = settings.params();
        long newSeed = settings.seed();
        // The old data may refuse the new parameters (too few points for k, say): then they wait for the new data.
        pending = target;
        // Parameters that ask for the other kind of data (k-NN's task) switch the picker first.
        Dataset switched = picker == null ? null : kinds.switchTo(runParams, target);
        boolean started = runs.restart(switched != null ? switched : runData, target, newSeed);
        // The run's own: defaults that follow the data have followed it.
        sheet.show(started ? runs.current().params() : target, newSeed);
        if (picker != null) {
            picker.setTestSize(settings.testSize());
            picker.setStandardized(settings.standardize());
            if (settings.namesData()) {
                picker.choose(settings.data(), settings.generatorOptions());
            } else {
                picker.showGeneratorOptions(lesson.defaultGeneratorOptions(target));
                Dataset own = lesson.defaultData(target);
                picker.setData(settings.testSize() > 0 ? TrainTestSplit.holdOut(own, settings.testSize(), newSeed) : own);
            }
        }
        return true;
    }

    /** Puts back what the last {@link #apply} replaced, generator options included; false when there is none. */
    boolean undo() {
        State state = before;
        if (state == null) {
            return false;
        }
        before = null;
        pending = null;
        declared = Map.of();
        runs.restore(state);
        if (picker != null && state.generatorOptions() != null) {
            picker.showGeneratorOptions(state.generatorOptions());
        }
        return true;
    }

    /**
     * The parameters a run on new data takes: an experiment's, while they wait for its data, else
     * {@code runParams}; with the defaults that follow the data following {@code fitted}, the rows
     * the engine will be fitted on ({@code Params.forData}). A value the last experiment declares
     * and the run still has stands, as a learner's own does: {@code try:data=iris;solver=gd}
     * keeps gradient descent on Iris, whose columns would make Newton's method the default.
     */
    Params paramsForNewData(Params runParams, Dataset fitted) {
        Params base = pending != null ? pending : runParams;
        Map<String, String> kept = new LinkedHashMap<>();
        declared.forEach((name, text) -> {
            if (base.get(name).equals(base.spec(name).parse(text))) {
                kept.put(name, text);
            }
        });
        return base.forData(fitted).withAllText(kept);
    }

    /** A run started: no parameters wait any longer. */
    void started() {
        pending = null;
    }
}
