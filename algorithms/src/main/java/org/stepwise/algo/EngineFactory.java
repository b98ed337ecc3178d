package org.stepwise.algo;

import java.util.List;
import org.stepwise.data.Dataset;

/**
 * Builds engines from (data, parameters, seed): the constructor plus
 * {@code _validate_params} of a scikit-learn estimator.
 *
 * @param <S> the snapshot type of the engines it makes
 */
public interface EngineFactory<S extends Snapshot> {

    /** The declared parameters, in the order the sheet shows them. */
    List<ParamSpec<?>> params();

    /** What data the engine needs with its default parameters. */
    DataKind dataKind();

    /**
     * What data the engine needs with these parameters: the same for most engines; a lesson
     * with a task parameter (classify or regress, {@link TaskFactory}) needs classes in one
     * mode and a real target in the other. The data picker, the command line and
     * {@link #requireFits} all ask this.
     */
    default DataKind dataKind(Params params) {
        return dataKind();
    }

    /**
     * The one check of the data's kind, used by the factory's {@link #create}, the data picker
     * and the command line alike: {@link DataKind#requireFits} of {@link #dataKind(Params)}.
     *
     * @throws IllegalArgumentException with one learner-readable sentence when the data does
     *                                  not fit (classes for a regression, a real target for a
     *                                  classifier, no data at all)
     */
    default void requireFits(Dataset data, Params params) {
        dataKind(params).requireFits(data, "This lesson", null);
    }

    /**
     * The facts about the data that parameter defaults follow ({@link DataTrait}, named by
     * {@link ParamSpec#defaultsFollow}): none for most engines; logistic regression's solver
     * follows the columns' scales.
     */
    default List<DataTrait> dataTraits() {
        return List.of();
    }

    /** Every parameter at its default, as without data (each data trait at its first option). */
    default Params defaults() {
        return Params.defaults(params(), dataTraits());
    }

    /**
     * Every parameter at its default for {@code data}, the rows an engine is fitted on (after
     * the features are chosen, standardized when asked, held-out rows left out): the one rule
     * of data-dependent defaults that the sheet, {@code run}, {@code render} and sessions
     * share. Values set on top ({@link Params#withAllText}) win.
     */
    default Params defaults(Dataset data) {
        return defaults().forData(data);
    }

    /**
     * A new engine at step 0. Parameters were validated when set; this checks what depends
     * on the data ("k must be between 1 and the number of points (150); got 400").
     *
     * @param data   the data set, or {@code null} when {@link #dataKind()} is NONE
     * @param params values for exactly {@link #params()}
     * @param seed   the only source of randomness, through {@link Randomness#generator(long)}
     * @throws IllegalArgumentException with a learner-readable message when data and
     *                                  parameters do not fit together
     */
    Engine<S> create(Dataset data, Params params, long seed);
}
