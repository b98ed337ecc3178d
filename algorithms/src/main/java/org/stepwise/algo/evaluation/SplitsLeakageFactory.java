package org.stepwise.algo.evaluation;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.stepwise.algo.DataKind;
import org.stepwise.algo.DataTrait;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;
import org.stepwise.algo.Randomness;
import org.stepwise.data.Dataset;

/**
 * The splits-leakage lesson: a test set drawn ({@code testShare}, seeded, as {@code train_test_split}),
 * then k-NN cross-validated on the rest
 * ({@code folds}, unshuffled {@code KFold}) after a preprocessing {@code step} ({@code select}:
 * {@code SelectKBest(f_classif, k)}; {@code scale}: {@code StandardScaler()}) fitted on every row
 * before the split (the leak) and inside each fold (a {@code Pipeline}); one stage a step
 * ({@link SplitsLeakageEngine}).
 *
 * <p>The features kept, k, default to 10 and follow the data ({@link #featuresTrait()}): on data of
 * fewer than ten columns (Iris's four, the generators' two) every column is kept, so the defaults
 * run on every data set; selection then chooses nothing and the two pipelines agree.
 */
public final class SplitsLeakageFactory implements EngineFactory<SplitsLeakageSnapshot> {

    /** The default number of features kept, on data of at least this many columns. */
    static final int DEFAULT_K = 10;
    /** The trait k's default follows: "many" columns (at least {@link #DEFAULT_K}) or the count below. */
    static final String FEATURES_TRAIT = "featureCount";
    private static final String MANY = "many";
    private static final List<DataTrait> TRAITS = List.of(featuresTrait());

    static final List<ParamSpec<?>> PARAMS = List.of(
            ParamSpec.choice("step", "select", List.of("select", "scale"))
                    .optionLabels("Select k best features (ANOVA F)", "Standard scaling").label("Preprocessing")
                    .help("the step fitted before the split (leaky) and inside each fold (honest)"),
            ParamSpec.integer("k", DEFAULT_K).between(1, 10_000).label("Features kept k")
                    .appliesWhen(p -> p.choice("step").equals("select"), "Only for feature selection")
                    .help("SelectKBest keeps the k features of highest ANOVA F against the labels; the default is 10,"
                            + " or every column of data with fewer")
                    .defaultsFollow(FEATURES_TRAIT, IntStream.range(1, DEFAULT_K).boxed()
                            .collect(Collectors.toMap(String::valueOf, c -> c))),
            ParamSpec.integer("folds", 5).between(2, 20).label("Folds")
                    .help("k-fold cross-validation of the development rows, without shuffling"),
            ParamSpec.real("testShare", 0.2).between(0.05, 0.5).label("Test share")
                    .help("the share of rows drawn at random and kept apart until the last stage"));

    @Override
    public List<ParamSpec<?>> params() { return PARAMS; }

    /**
     * The rows drawn as scikit-learn 1.2.1's {@code train_test_split(shuffle=True)} draws them: one
     * permutation, its first ⌈share · n⌉ rows the test set (ascending) and the rest the development
     * rows <em>in the permutation's order</em>, as {@code ShuffleSplit}'s {@code ind_train} is before
     * indexing, so the unshuffled {@code KFold} over them does not cut a data set stored class by
     * class (Iris, Wine) into folds of one class. Our generator's draws, not numpy's.
     */
    static Split trainTestSplit(int n, double share, long seed) {
        int nTest = (int) Math.ceil(share * n);
        if (nTest < 1 || nTest >= n) {
            throw new IllegalArgumentException("With " + n + " rows, a test share of " + share
                    + " leaves no test rows or no development rows.");
        }
        int[] order = Split.range(0, n);
        KFold.shuffle(order, Randomness.generator(seed));
        int[] test = Arrays.copyOfRange(order, 0, nTest);
        Arrays.sort(test);
        return new Split(Arrays.copyOfRange(order, nTest, n), test);
    }

    @Override
    public List<DataTrait> dataTraits() { return TRAITS; }

    /** The data's column count below {@link #DEFAULT_K}, else "many": k's default is the smaller of 10 and the columns. */
    static DataTrait featuresTrait() {
        List<String> options = new java.util.ArrayList<>(List.of(MANY));
        IntStream.range(1, DEFAULT_K).forEach(c -> options.add(String.valueOf(c)));
        return DataTrait.of(FEATURES_TRAIT, options, data -> data.featureCount() >= DEFAULT_K
                ? new DataTrait.Reading(MANY, "")
                : new DataTrait.Reading(String.valueOf(Math.max(1, data.featureCount())), "Features kept k defaults to"
                        + " all " + data.featureCount() + " columns here (fewer than " + DEFAULT_K + "): selection"
                        + " then chooses nothing, and the two pipelines agree"));
    }

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
        Split test = trainTestSplit(data.size(), params.real("testShare"), seed);
        int folds = params.integer("folds");
        if (folds > test.train().length / 6) {
            throw new IllegalArgumentException("With " + test.train().length + " development rows, " + folds
                    + " folds would leave k-NN's five neighbours too few training rows; lower folds.");
        }
        return new SplitsLeakageEngine(data, test, KFold.split(test.train().length, folds), step, k);
    }
}
