package org.stepwise.algo.evaluation;

import java.util.List;
import org.stepwise.algo.DataKind;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;
import org.stepwise.data.Dataset;
import org.stepwise.data.FeatureScaler;

/**
 * The feature-scaling lesson: one scaler applied a step, in the order none, standard, min-max,
 * robust, up to the {@code scaler} chosen; after each, k-nearest neighbours (its own lesson's
 * engine) cross-validated on the scaled columns and gradient descent (the optimizers lesson's
 * rule) on a linear model of them. See {@link FeatureScalingEngine}.
 */
public final class FeatureScalingFactory implements EngineFactory<FeatureScalingSnapshot> {

    /** Folds of the stratified cross-validation that scores k-NN on each scaling. */
    static final int FOLDS = 5;

    static final List<ParamSpec<?>> PARAMS = List.of(
            ParamSpec.choice("scaler", "robust", ScalerKind.NAMES)
                    .optionLabels("None", "Standard (mean, std)", "Min-max (to [0, 1])", "Robust (median, IQR)")
                    .label("Last scaler")
                    .help("the run applies none, standard, min-max and robust scaling in turn, one a step, and ends"
                            + " with this one"),
            ParamSpec.integer("nNeighbors", 5).between(1, 100).label("Neighbours k")
                    .help("k of the k-nearest-neighbours classifier fitted on the scaled columns"));

    @Override
    public List<ParamSpec<?>> params() { return PARAMS; }

    @Override
    public DataKind dataKind() { return DataKind.CLASSIFICATION; }

    @Override
    public Engine<FeatureScalingSnapshot> create(Dataset data, Params params, long seed) {
        requireFits(data, params);
        if (data.featureCount() != 2) {
            throw new IllegalArgumentException("Feature scaling is shown on two columns (the plane of the k-NN"
                    + " boundary and of the descent's two weights); the data has " + data.featureCount()
                    + ": choose two.");
        }
        Dataset train = data.training();
        FeatureScaler.requireRows(train, "scaling");
        int[] labels = train.labels();
        if (java.util.Arrays.stream(labels).distinct().count() < 2) {
            throw new IllegalArgumentException("k-nearest neighbours needs rows of at least two classes to tell"
                    + " apart; the data has only class '" + data.classNames().get(labels[0]) + "'.");
        }
        int[] counts = new int[data.classCount()];
        for (int label : labels) {
            counts[label]++;
        }
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] > 0 && counts[c] < FOLDS) {
                throw new IllegalArgumentException("k-NN is scored by " + FOLDS + "-fold stratified cross-validation,"
                        + " so each class needs at least " + FOLDS + " rows; class '" + data.classNames().get(c)
                        + "' has " + counts[c] + ".");
            }
        }
        List<Split> folds = StratifiedKFold.split(labels, FOLDS);
        int k = params.integer("nNeighbors");
        int smallest = folds.stream().mapToInt(f -> f.train().length).min().orElse(0);
        if (k > smallest) {
            throw new IllegalArgumentException("The number of neighbours k (nNeighbors) must be at most the rows a"
                    + " fold trains on (" + smallest + " of " + train.size() + " in " + FOLDS + "-fold"
                    + " cross-validation); got " + k + ".");
        }
        return new FeatureScalingEngine(data, ScalerKind.named(params.choice("scaler")), k, folds, seed);
    }
}
