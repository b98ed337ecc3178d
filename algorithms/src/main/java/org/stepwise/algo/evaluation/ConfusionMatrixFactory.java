package org.stepwise.algo.evaluation;

import java.util.List;
import org.stepwise.algo.DataKind;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;
import org.stepwise.data.Dataset;

/**
 * The confusion-matrix lesson: a classifier (logistic regression, k-NN or naive Bayes, through
 * their engines) fitted on part of the data scores the held-out rest ({@code testSize}, a seeded
 * stratified split as scikit-learn's {@code train_test_split(stratify=y)}); each step moves the
 * decision threshold on the positive class's probability one notch up, from 0 to {@code threshold},
 * and every metric of the held-out confusion matrix follows.
 */
public final class ConfusionMatrixFactory implements EngineFactory<ConfusionMatrixSnapshot> {

    static final List<ParamSpec<?>> PARAMS = List.of(
            HeldOutScores.modelSpec("the classifier whose probabilities are thresholded, fitted by its own lesson's engine"),
            ParamSpec.real("threshold", 0.5).between(0, 1)
                    .help("a row is predicted positive when P(positive class) is at least this; the run sweeps up to it"),
            HeldOutScores.POSITIVE_CLASS,
            ParamSpec.integer("notches", 20).between(2, 1000)
                    .help("each step moves the threshold up by 1 / notches"),
            HeldOutScores.TEST_SIZE);

    @Override
    public List<ParamSpec<?>> params() { return PARAMS; }

    @Override
    public DataKind dataKind() { return DataKind.CLASSIFICATION; }

    @Override
    public Engine<ConfusionMatrixSnapshot> create(Dataset data, Params params, long seed) {
        requireFits(data, params);
        ScoredRows rows = HeldOutScores.split(data, params.integer("positiveClass"), params.real("testSize"), seed,
                "A confusion matrix needs").scoredBy(ScoringModel.named(params.choice("model")), seed);
        return new ConfusionMatrixEngine(rows, params.real("threshold"), params.integer("notches"));
    }
}
