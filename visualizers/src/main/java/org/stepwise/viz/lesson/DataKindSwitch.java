package org.stepwise.viz.lesson;

import org.stepwise.algo.DataKind;
import org.stepwise.algo.Params;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.data.DataPicker;

/**
 * For a lesson whose kind of data follows its parameters (k-NN's {@code task}: classes to
 * classify, a real target to regress), the data picker follows the parameters: new ones that ask
 * for another kind switch it to that kind's sources and data ({@link DataPicker#switchKind}: the
 * learner's data of that kind as left, or the lesson's default for it), and a run that refuses
 * them takes the switch back.
 */
final class DataKindSwitch {

    private final Lesson<?> lesson;
    private final DataPicker picker;

    /** @param picker the panel's data picker, or null for a lesson without data */
    DataKindSwitch(Lesson<?> lesson, DataPicker picker) {
        this.lesson = lesson;
        this.picker = picker;
    }

    private DataKind kind(Params params) { return lesson.factory().dataKind(params); }

    /**
     * The data a run with {@code newParams} gets after one with {@code oldParams}, the picker
     * switched to its kind; null when the kind stays (the run keeps its data).
     */
    Dataset switchTo(Params oldParams, Params newParams) {
        if (picker == null || kind(oldParams) == kind(newParams)) {
            return null;
        }
        return switchTo(newParams, () -> lesson.defaultData(newParams));
    }

    private Dataset switchTo(Params params, java.util.function.Supplier<Dataset> fresh) {
        return picker.switchKind(kind(params), lesson.drawnFeatures(params), fresh,
                lesson.defaultGeneratorOptions(params));
    }

    /** The run refused the switched data: the picker goes back to the kind of {@code oldParams}, its data kept. */
    void refused(Params oldParams) {
        switchTo(oldParams, () -> lesson.defaultData(oldParams));
    }

    /** A restored session: the picker offers the kind its parameters take (the data is the session's). */
    void restore(Params params, Dataset rawData) {
        if (picker != null) {
            switchTo(params, () -> rawData);
        }
    }
}
