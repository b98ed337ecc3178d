package org.stepwise.algo.neural.playground;

import java.util.List;
import java.util.random.RandomGenerator;
import org.stepwise.algo.DataKind;
import org.stepwise.algo.DataTrait;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;
import org.stepwise.algo.Randomness;
import org.stepwise.algo.neural.Initialization;
import org.stepwise.algo.neural.Penalty;
import org.stepwise.algo.neural.Sequential;
import org.stepwise.algo.optim.UpdateRule;
import org.stepwise.data.Dataset;
import org.stepwise.data.Standardizer;

/**
 * The network playground (curriculum T2.01): a multi-layer perceptron classifier on two columns of
 * the plane, trained one epoch a step as scikit-learn 1.2.1's {@code MLPClassifier(solver="sgd",
 * momentum=0, shuffle=False)} with the optimizers of {@code org.stepwise.algo.optim} besides
 * (see {@link PlaygroundEngine}). Weights start Glorot uniform, biases at 0.
 */
public final class PlaygroundFactory implements EngineFactory<PlaygroundSnapshot> {

    @Override
    public List<ParamSpec<?>> params() { return PlaygroundParams.PARAMS; }

    /** The input scaling's default follows the columns' scales ({@link PlaygroundParams#INPUT_TRAIT}). */
    @Override
    public List<DataTrait> dataTraits() { return List.of(PlaygroundParams.INPUT_TRAIT); }

    @Override
    public DataKind dataKind() { return DataKind.CLASSIFICATION; }

    @Override
    public Engine<PlaygroundSnapshot> create(Dataset data, Params params, long seed) {
        return create(data, params, seed, null);
    }

    /**
     * {@link #create}, starting from {@code start} (every parameter, in the network's layout) when
     * not null instead of the seeded initialization: the fixtures' runs start from scikit-learn's weights.
     */
    PlaygroundEngine create(Dataset data, Params params, long seed, double[] start) {
        requireFits(data, params);
        if (data.size() == 0) {
            throw new IllegalArgumentException("The data set is empty; add some points first.");
        }
        if (data.featureCount() != 2) {
            throw new IllegalArgumentException("The playground trains on the plane of two columns; the data has "
                    + data.featureCount() + " (pick two with the axis pickers or --features).");
        }
        int[] labels = data.labels();
        if (java.util.Arrays.stream(labels).distinct().count() < 2) {
            throw new IllegalArgumentException("A classifier needs points of at least two classes; the data has only "
                    + "class '" + data.classNames().get(labels[0]) + "'.");
        }
        double[] centre = {0, 0};
        double[] spread = {1, 1};
        if (params.choice("inputScaling").equals(PlaygroundParams.STANDARDIZE)) {
            Standardizer scaler = Standardizer.fit(data);
            centre = scaler.mean();
            spread = scaler.scale();
        }
        NetworkShape shape = new NetworkShape(FeatureMap.set(params.choice("features")), centre, spread,
                PlaygroundParams.hidden(params), PlaygroundParams.activation(params), data.classCount(),
                params.real("dropout"));
        RandomGenerator random = Randomness.generator(seed);
        Penalty penalty = PlaygroundParams.penalty(params);
        Sequential network = shape.training(penalty, random);
        network.initialize(Initialization.XAVIER_UNIFORM, random);
        if (start != null) {
            System.arraycopy(start, 0, network.parameters(), 0, network.parameters().length);
        }
        UpdateRule rule = PlaygroundParams.optimizer(params, network.parameters().length);
        int rows = data.size();
        double[] x = new double[rows * shape.features().size()];
        double[] a = new double[rows];
        double[] b = new double[rows];
        for (int i = 0; i < rows; i++) {
            a[i] = data.feature(i, 0);
            b[i] = data.feature(i, 1);
        }
        shape.inputs(a, b, rows, x);
        int outputs = shape.outputs();
        double[] y = new double[rows * outputs];
        for (int i = 0; i < rows; i++) {
            if (outputs == 1) {
                y[i] = labels[i];
            } else {
                y[i * outputs + labels[i]] = 1;
            }
        }
        double learningRate = params.real("learningRate");
        PlaygroundRun run = new PlaygroundRun(shape, data.classNames(),
                params.choice("optimizer").equals("sgd") ? "SGD" : rule.label(),
                params.choice("optimizer").equals("sgd"), learningRate,
                params.integer("batchSize"), penalty.toString(), rows);
        return new PlaygroundEngine(run, network, rule, x, y, labels, params.integer("batchSize"),
                params.integer("maxIter"), learningRate, params.choice("stepBy").equals("batch"));
    }
}
