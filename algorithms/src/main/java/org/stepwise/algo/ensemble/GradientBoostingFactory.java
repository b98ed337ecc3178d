package org.stepwise.algo.ensemble;

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
 * Gradient boosting of regression trees one round per step (see {@link GradientBoostingEngine}),
 * with the parameters of scikit-learn 1.2.1's {@code GradientBoostingRegressor} /
 * {@code GradientBoostingClassifier}: {@code loss} (squared_error regresses, log_loss classifies:
 * the loss chooses the estimator and the data it needs), {@code learning_rate=0.1},
 * {@code n_estimators=100}, {@code max_depth=3}, {@code subsample=1.0}.
 */
public final class GradientBoostingFactory implements EngineFactory<GradientBoostingSnapshot> {

    public static final String LOSS = "loss";
    public static final String SQUARED_ERROR = "squared_error";
    public static final String LOG_LOSS = "log_loss";

    private static final List<ParamSpec<?>> PARAMS = List.of(
            ParamSpec.choice(LOSS, SQUARED_ERROR, List.of(SQUARED_ERROR, LOG_LOSS))
                    .optionLabels("Squared error (regress)", "Log loss (classify)").label("Loss")
                    .help("squared_error: regress a real target, residuals y − F; log_loss: classify,"
                            + " negative gradients y − p"),
            ParamSpec.real("learningRate", 0.1).greaterThan(0).atMost(10).logScale().label("Learning rate ν")
                    .help("each tree's prediction is shrunk by ν before it is added"),
            ParamSpec.integer("nEstimators", 100).between(1, 2000).logScale().label("Rounds (trees)")
                    .help("boosting rounds; each fits one tree (one per class for more than two classes)"),
            ParamSpec.integer("maxDepth", 3).between(1, 30).label("Max depth")
                    .help("the depth of each tree (the root is depth 0)"),
            ParamSpec.real("subsample", 1.0).greaterThan(0).atMost(1).label("Subsample")
                    .help("the share of rows each tree is fitted on, drawn afresh each round (stochastic"
                            + " gradient boosting below 1)"));

    @Override
    public List<ParamSpec<?>> params() { return PARAMS; }

    /** Regression: squared_error, the default loss. */
    @Override
    public DataKind dataKind() { return DataKind.REGRESSION; }

    @Override
    public DataKind dataKind(Params params) {
        return classifies(params) ? DataKind.CLASSIFICATION : DataKind.REGRESSION;
    }

    /** Whether {@code params} ask for log loss (a classifier). */
    public static boolean classifies(Params params) {
        return LOG_LOSS.equals(params.choice(LOSS));
    }

    @Override
    public void requireFits(Dataset data, Params params) {
        boolean classify = classifies(params);
        dataKind(params).requireFits(data, "With loss=" + params.choice(LOSS) + " this lesson",
                classify ? "set the loss to squared_error" : "set the loss to log_loss");
    }

    @Override
    public Engine<GradientBoostingSnapshot> create(Dataset data, Params params, long seed) {
        requireFits(data, params);
        if (data.size() == 0) {
            throw new IllegalArgumentException("The data set is empty; add some points first.");
        }
        boolean classify = classifies(params);
        if (classify && Arrays.stream(data.labels()).distinct().count() < 2) {
            throw new IllegalArgumentException("Gradient boosting with log_loss needs points of at least two classes;"
                    + " the data has only class '" + data.classNames().get(data.label(0)) + "'.");
        }
        return new GradientBoostingEngine(GradientBoostingLoss.of(params.choice(LOSS)), data.featuresRowMajor(),
                data.featureCount(), data.targets(), classify ? data.classCount() : 0, params.real("learningRate"),
                params.integer("nEstimators"), params.integer("maxDepth"), params.real("subsample"),
                Randomness.generator(seed), data.featureNames(), classify ? data.classNames() : List.of());
    }
}
