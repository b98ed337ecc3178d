package org.stepwise.algo.evaluation;

import java.util.Arrays;
import java.util.List;
import org.stepwise.algo.DataKind;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;
import org.stepwise.algo.Randomness;
import org.stepwise.data.Dataset;

/**
 * The splits-leakage lesson (not yet registered: it has no view, card or docs): a test set drawn
 * ({@code testSize}, seeded, as {@code ShuffleSplit}), then k-NN cross-validated on the rest
 * ({@code folds}, unshuffled {@code KFold}) after a preprocessing {@code step} ({@code select}:
 * {@code SelectKBest(f_classif, k)}; {@code scale}: {@code StandardScaler()}) fitted on every row
 * before the split (the leak) and inside each fold (a {@code Pipeline}); one stage a step
 * ({@link SplitsLeakageEngine}).
 */
public final class SplitsLeakageFactory implements EngineFactory<SplitsLeakageSnapshot> {

    static final List<ParamSpec<?>> PARAMS = List.of(
            ParamSpec.choice("step", "select", List.of("select", "scale"))
                    .optionLabels("Select k best features (ANOVA F)", "Standard scaling").label("Preprocessing")
                    .help("the step fitted before the split (leaky) and inside each fold (honest)"),
            ParamSpec.integer("k", 10).between(1, 10_000).label("Features kept k")
                    .appliesWhen(p -> p.choice("step").equals("select"), "Only for feature selection")
                    .help("SelectKBest keeps the k features of highest ANOVA F against the labels"),
            ParamSpec.integer("folds", 5).between(2, 20).label("Folds")
                    .help("k-fold cross-validation of the development rows, without shuffling"),
            ParamSpec.real("testSize", 0.2).between(0.05, 0.5).label("Test share")
                    .help("the share of rows drawn at random and kept apart until the last stage"));

    @Override
    public List<ParamSpec<?>> params() { return PARAMS; }

    @Override
    public DataKind dataKind() { return DataKind.CLASSIFICATION; }

    @Override
    public Engine<SplitsLeakageSnapshot> create(Dataset data, Params params, long seed) {
        requireFits(data, params);
        if (data.size() == 0 || Arrays.stream(data.labels()).distinct().count() < 2) {
            throw new IllegalArgumentException("The leakage demonstration needs rows of at least two classes.");
        }
        LeakagePipelines.Step step = params.choice("step").equals("select") ? LeakagePipelines.Step.SELECT
                : LeakagePipelines.Step.SCALE;
        int k = params.integer("k");
        if (step == LeakagePipelines.Step.SELECT && k > data.featureCount()) {
            throw new IllegalArgumentException("Features kept k must be at most the " + data.featureCount()
                    + " features of the data; got " + k + ".");
        }
        Split test = ShuffleSplit.split(data.size(), 1, params.real("testSize"), 0, Randomness.generator(seed)).get(0);
        int folds = params.integer("folds");
        if (folds > test.train().length / 6) {
            throw new IllegalArgumentException("With " + test.train().length + " development rows, " + folds
                    + " folds would leave k-NN's five neighbours too few training rows; lower folds.");
        }
        return new SplitsLeakageEngine(data, test, KFold.split(test.train().length, folds), step, k);
    }
}
