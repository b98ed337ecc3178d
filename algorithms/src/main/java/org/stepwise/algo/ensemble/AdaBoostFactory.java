package org.stepwise.algo.ensemble;

import java.util.Arrays;
import java.util.List;
import org.stepwise.algo.DataKind;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;
import org.stepwise.data.Dataset;

/**
 * AdaBoost of small trees, one boosting round per step, as scikit-learn 1.2.1's
 * {@code AdaBoostClassifier(DecisionTreeClassifier(max_depth), algorithm="SAMME", n_estimators,
 * learning_rate).fit(X, y)} (see {@link AdaBoostEngine}). The parameters are named and defaulted as
 * scikit-learn's: {@code nEstimators} 50, {@code learningRate} 1, and the weak learner's
 * {@code maxDepth} 1 (a stump).
 */
public final class AdaBoostFactory implements EngineFactory<AdaBoostSnapshot> {

    private static final List<ParamSpec<?>> PARAMS = List.of(
            ParamSpec.integer("nEstimators", 50).between(1, 1000).logScale().label("Rounds (n_estimators)")
                    .help("the most weak learners to fit, one per round; fewer when one fits the data perfectly"
                            + " or none beats chance"),
            ParamSpec.real("learningRate", 1.0).greaterThan(0).atMost(10).logScale().label("Learning rate")
                    .help("multiplies each round's weight α = learningRate·(ln((1−ε)/ε) + ln(K−1))"),
            ParamSpec.integer("maxDepth", 1).between(1, 20).label("Weak learner depth")
                    .help("the depth of each round's tree: 1 is a stump (one split)"));

    @Override
    public List<ParamSpec<?>> params() { return PARAMS; }

    @Override
    public DataKind dataKind() { return DataKind.CLASSIFICATION; }

    @Override
    public Engine<AdaBoostSnapshot> create(Dataset data, Params params, long seed) {
        requireFits(data, params);
        if (data.size() == 0) {
            throw new IllegalArgumentException("The data set is empty; add some points first.");
        }
        if (Arrays.stream(data.labels()).distinct().count() < 2) {
            throw new IllegalArgumentException("AdaBoost needs points of at least two classes to tell apart;"
                    + " the data has only class '" + data.classNames().get(data.label(0)) + "'.");
        }
        return new AdaBoostEngine(data, params.integer("nEstimators"), params.real("learningRate"),
                params.integer("maxDepth"));
    }
}
