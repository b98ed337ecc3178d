package org.stepwise.algo.evaluation;

import java.util.Arrays;
import java.util.List;
import org.stepwise.algo.DataKind;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;
import org.stepwise.data.Dataset;

/**
 * The learning-curves lesson: k-nearest neighbours cross-validated at growing training sizes
 * (scikit-learn's {@code learning_curve}) or at growing k (its {@code validation_curve} over
 * {@code n_neighbors}), one tick a step. See {@link LearningCurveEngine}.
 */
public final class LearningCurveFactory implements EngineFactory<LearningCurveSnapshot> {

    /** validation_curve's n_neighbors values (those above the smallest training fold are left out). */
    static final int[] PARAM_RANGE = {1, 3, 5, 9, 15, 25, 41, 67, 111};
    /** learning_curve's default train_sizes, np.linspace(0.1, 1.0, 5). */
    static final int SIZES = 5;

    static final List<ParamSpec<?>> PARAMS = List.of(
            ParamSpec.choice("curve", "learning", List.of("learning", "validation"))
                    .optionLabels("Learning curve (training size)", "Validation curve (k)")
                    .label("Curve")
                    .help("score against the training-set size, or against k-NN's number of neighbours"),
            ParamSpec.choice("cv", "stratified", List.of("kfold", "stratified"))
                    .optionLabels("k-fold", "Stratified k-fold")
                    .label("Scheme")
                    .help("how the rows are split into folds (scikit-learn's splitters, without shuffling)"),
            ParamSpec.integer("nSplits", 5).between(2, 20).label("Folds")
                    .help("the number of folds each tick is cross-validated over"),
            ParamSpec.integer("nNeighbors", 5).between(1, 100).label("Neighbours k")
                    .help("learning curve: the k of the k-NN fitted at every training size"));

    @Override
    public List<ParamSpec<?>> params() { return PARAMS; }

    @Override
    public DataKind dataKind() { return DataKind.CLASSIFICATION; }

    @Override
    public Engine<LearningCurveSnapshot> create(Dataset data, Params params, long seed) {
        requireFits(data, params);
        if (Arrays.stream(data.labels()).distinct().count() < 2) {
            throw new IllegalArgumentException("A learning curve of a classifier needs rows of at least two classes;"
                    + " the data has only class '" + data.classNames().get(data.label(0)) + "'.");
        }
        CvScheme scheme = CvScheme.named(params.choice("cv"));
        List<Split> folds = scheme.splits(data, params.integer("nSplits"), null);
        int smallest = folds.stream().mapToInt(f -> f.train().length).min().orElse(0);
        boolean learning = params.choice("curve").equals("learning");
        int k = params.integer("nNeighbors");
        int[] ticks = learning ? trainSizes(folds.get(0).train().length)
                : Arrays.stream(PARAM_RANGE).filter(v -> v <= smallest).toArray();
        if (learning && k > ticks[0]) {
            throw new IllegalArgumentException("The smallest training size is " + ticks[0] + " rows, fewer than the "
                    + k + " neighbours k-NN needs; lower nNeighbors or use more rows.");
        }
        return new LearningCurveEngine(data, folds, learning, ticks, k);
    }

    /**
     * learning_curve's sizes for {@code np.linspace(0.1, 1.0, 5)} of {@code most} rows (the first
     * fold's training rows), as {@code _translate_train_sizes}: each fraction times {@code most},
     * truncated, clipped to [1, most], duplicates dropped.
     */
    static int[] trainSizes(int most) {
        double step = (1.0 - 0.1) / (SIZES - 1);
        int[] sizes = new int[SIZES];
        for (int i = 0; i < SIZES; i++) {
            double fraction = i == SIZES - 1 ? 1.0 : i * step + 0.1;
            sizes[i] = Math.max(1, Math.min(most, (int) (fraction * most)));
        }
        return Arrays.stream(sizes).distinct().sorted().toArray();
    }
}
