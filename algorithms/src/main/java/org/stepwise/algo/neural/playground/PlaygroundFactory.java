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

/**
 * The network playground (curriculum T2.01): a multi-layer perceptron classifier on two columns of
 * the plane, trained one epoch a step as scikit-learn 1.2.1's {@code MLPClassifier(solver="sgd",
 * momentum=0, shuffle=False)} with the optimizers of {@code org.stepwise.algo.optim} besides
 * (see {@link PlaygroundEngine}). Weights start Glorot uniform, biases at 0.
 */
public final class PlaygroundFactory implements EngineFactory<PlaygroundSnapshot> {

    @Override
    public List<ParamSpec<?>> params() { return PlaygroundParams.PARAMS; }

    /** The input scaling's default follows the columns' scales ({@link InputScaling}). */
    @Override
    public List<DataTrait> dataTraits() { return List.of(InputScaling.TRAIT); }

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
        List<FeatureMap> features = FeatureMap.set(params.choice("features"));
        PlaneClasses.check(data, "The playground");
        NetworkShape shape = InputScaling.shape(data, params, features, PlaygroundParams.hidden(params),
                PlaygroundParams.activation(params), params.real("dropout"));
        PlaneClasses plane = PlaneClasses.of(data, shape);
        RandomGenerator random = Randomness.generator(seed);
        Penalty penalty = PlaygroundParams.penalty(params);
        Sequential network = shape.training(penalty, random);
        network.initialize(Initialization.XAVIER_UNIFORM, random);
        if (start != null) {
            System.arraycopy(start, 0, network.parameters(), 0, network.parameters().length);
        }
        UpdateRule rule = PlaygroundParams.optimizer(params, network.parameters().length);
        int rows = plane.rows();
        double learningRate = params.real("learningRate");
        PlaygroundRun run = new PlaygroundRun(shape, data.classNames(),
                params.choice("optimizer").equals("sgd") ? "SGD" : rule.label(),
                params.choice("optimizer").equals("sgd"), learningRate,
                params.integer("batchSize"), penalty.toString(), rows);
        return new PlaygroundEngine(run, network, rule, plane.x(), plane.y(), plane.labels(), params.integer("batchSize"),
                params.integer("maxIter"), learningRate, params.choice("stepBy").equals("batch"));
    }
}
