package org.stepwise.algo.neural.schedules;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.stepwise.algo.DataKind;
import org.stepwise.algo.DataTrait;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;
import org.stepwise.algo.Randomness;
import org.stepwise.algo.neural.ActivationFunction;
import org.stepwise.algo.neural.Initialization;
import org.stepwise.algo.neural.LearningRateRangeTest;
import org.stepwise.algo.neural.LearningRateSchedule;
import org.stepwise.algo.neural.Penalty;
import org.stepwise.algo.neural.Sequential;
import org.stepwise.algo.neural.playground.FeatureMap;
import org.stepwise.algo.neural.playground.NetworkShape;
import org.stepwise.algo.neural.playground.InputScaling;
import org.stepwise.algo.neural.playground.PlaneClasses;
import org.stepwise.data.Dataset;

/**
 * Learning-rate schedules (curriculum T2.03): a tanh network (the playground's, on x₁ and x₂)
 * trained one mini-batch a step under each chosen schedule of the neural module
 * ({@link LearningRateSchedule}, PyTorch's formulas), from one set of starting weights (Glorot
 * uniform from the seed), with plain SGD and no penalty; and the range test
 * ({@link LearningRateRangeTest}) on the same problem. See {@link ScheduleEngine}.
 */
public final class ScheduleFactory implements EngineFactory<ScheduleSnapshot> {

    /** Every schedule's id, in the order they are listed and coloured. */
    public static final List<String> SCHEDULES = ScheduleParams.SCHEDULES;

    @Override
    public List<ParamSpec<?>> params() { return ScheduleParams.PARAMS; }

    /** The input scaling's default follows the columns' scales, as the playground's ({@link InputScaling}). */
    @Override
    public List<DataTrait> dataTraits() { return List.of(InputScaling.TRAIT); }

    @Override
    public DataKind dataKind() { return DataKind.CLASSIFICATION; }

    @Override
    public Engine<ScheduleSnapshot> create(Dataset data, Params params, long seed) {
        return create(data, params, seed, null);
    }

    /**
     * {@link #create}, starting every network from {@code start} (every parameter, in the network's
     * layout) when not null instead of the seeded initialization: the fixtures' runs start from
     * scikit-learn's weights.
     */
    ScheduleEngine create(Dataset data, Params params, long seed, double[] start) {
        requireFits(data, params);
        List<FeatureMap> features = List.of(FeatureMap.X1, FeatureMap.X2);
        PlaneClasses.check(data, "The schedules lesson");
        NetworkShape shape = InputScaling.shape(data, params, features, ScheduleParams.hidden(params),
                ActivationFunction.TANH, 0);
        PlaneClasses plane = PlaneClasses.of(data, shape);
        RandomGenerator random = Randomness.generator(seed);
        Sequential first = shape.training(Penalty.none(), random);
        first.initialize(Initialization.XAVIER_UNIFORM, random);
        double[] weights = start != null ? start : first.parameters();
        int total = params.integer("totalSteps");
        int rows = plane.rows();
        int batch = Math.min(params.integer("batchSize"), rows);
        List<String> names = ScheduleParams.trained(params);
        List<LearningRateSchedule> rates = new ArrayList<>();
        List<ScheduleTrack> tracks = new ArrayList<>();
        for (String name : names) {
            LearningRateSchedule schedule = ScheduleParams.schedule(name, params);
            rates.add(schedule);
            tracks.add(new ScheduleTrack(name, schedule, copy(shape, weights, batch), total, rows, batch));
        }
        LearningRateRangeTest test = new LearningRateRangeTest(params.real("rangeMin"), params.real("rangeMax"),
                params.integer("rangeSteps"));
        RangeRun range = new RangeRun(test, copy(shape, weights, batch), new BatchCursor(rows, batch), plane.x(),
                plane.y());
        ScheduleRun run = new ScheduleRun(names, rates, names.indexOf(params.choice("schedule")),
                params.real("learningRate"), total, batch, rows,
                params.choice("hidden"), params.flag("rangeTest"));
        return new ScheduleEngine(run, tracks, range, new BatchCursor(rows, batch), plane.x(), plane.y());
    }

    /** A network of the shape holding these weights, its buffers ready for the batches. */
    private static Sequential copy(NetworkShape shape, double[] weights, int batch) {
        Sequential network = shape.evaluation();
        System.arraycopy(weights, 0, network.parameters(), 0, weights.length);
        network.prepare(batch);
        return network;
    }
}
