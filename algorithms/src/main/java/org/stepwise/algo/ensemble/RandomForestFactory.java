package org.stepwise.algo.ensemble;

import java.util.Arrays;
import java.util.List;
import org.stepwise.algo.DataKind;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;
import org.stepwise.algo.Randomness;
import org.stepwise.algo.tree.SplitCriterion;
import org.stepwise.algo.tree.TreeBuilder;
import org.stepwise.data.Dataset;

/**
 * A random forest of classification trees, one tree per step (its bootstrap sample drawn first),
 * as scikit-learn 1.2.1's {@code RandomForestClassifier(n_estimators, max_features, bootstrap,
 * max_depth, min_samples_leaf, oob_score=True)} builds one (see {@link RandomForestEngine}); the
 * parameters are named and defaulted as there.
 */
public final class RandomForestFactory implements EngineFactory<RandomForestSnapshot> {

    /** The {@code maxFeatures} choices: scikit-learn's names, then numbers of features. */
    static final List<String> MAX_FEATURES = List.of("sqrt", "log2", "all", "1", "2", "3", "5", "10", "20");

    private static final List<ParamSpec<?>> PARAMS = List.of(
            ParamSpec.integer("nEstimators", 100).between(1, 1000).logScale().label("Trees")
                    .help("how many trees the forest grows; each step draws one tree's bootstrap sample, the next"
                            + " grows the tree"),
            ParamSpec.choice("maxFeatures", "sqrt", MAX_FEATURES)
                    .optionLabels("√d (sqrt)", "log₂ d", "all d (bagging)", "1", "2", "3", "5", "10", "20")
                    .label("Features per split")
                    .help("how many features, drawn at random, each split may choose from; all of them is plain"
                            + " bagging"),
            ParamSpec.flag("bootstrap", true).label("Bootstrap samples")
                    .help("each tree sees n rows drawn with replacement (off: every tree sees every row once)"),
            ParamSpec.integer("maxDepth", TreeBuilder.NO_DEPTH_LIMIT).between(1, TreeBuilder.NO_DEPTH_LIMIT)
                    .logScale().label("Max depth").help("the deepest a tree's leaf may be; 1000 is no limit"),
            ParamSpec.integer("minSamplesLeaf", 1).between(1, 1000).logScale().label("Min samples per leaf")
                    .help("a split must leave at least this many rows on each side"));

    @Override
    public List<ParamSpec<?>> params() { return PARAMS; }

    @Override
    public DataKind dataKind() { return DataKind.CLASSIFICATION; }

    @Override
    public Engine<RandomForestSnapshot> create(Dataset data, Params params, long seed) {
        requireFits(data, params);
        if (data.size() < 2) {
            throw new IllegalArgumentException("A random forest needs at least two points; the data has "
                    + data.size() + ".");
        }
        if (Arrays.stream(data.labels()).distinct().count() < 2) {
            throw new IllegalArgumentException("A random forest needs points of at least two classes to split apart;"
                    + " the data has only class '" + data.classNames().get(data.label(0)) + "'.");
        }
        int features = maxFeatures(params.choice("maxFeatures"), data.featureCount());
        var random = Randomness.generator(seed);
        TreeBuilder builder = TreeBuilder.classifier(SplitCriterion.GINI, data.classCount())
                .maxDepth(params.integer("maxDepth")).minSamplesLeaf(params.integer("minSamplesLeaf"))
                .maxFeatures(features, random);
        return new RandomForestEngine(data, builder, random, params.integer("nEstimators"),
                params.flag("bootstrap"), features);
    }

    /**
     * {@code max_features} resolved as scikit-learn does: sqrt → max(1, ⌊√d⌋), log2 → max(1, ⌊log₂ d⌋),
     * all → d, a number → itself, refused when it is more than d.
     */
    static int maxFeatures(String choice, int d) {
        return switch (choice) {
            case "sqrt" -> Math.max(1, (int) Math.sqrt(d));
            case "log2" -> Math.max(1, 31 - Integer.numberOfLeadingZeros(d));
            case "all" -> d;
            default -> {
                int number = Integer.parseInt(choice);
                if (number > d) {
                    throw new IllegalArgumentException("maxFeatures is " + number + " but the data has only " + d
                            + (d == 1 ? " feature" : " features") + "; choose at most " + d + ", or all.");
                }
                yield number;
            }
        };
    }
}
