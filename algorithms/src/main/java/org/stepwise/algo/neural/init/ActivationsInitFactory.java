package org.stepwise.algo.neural.init;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import org.stepwise.algo.DataKind;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;
import org.stepwise.algo.Randomness;
import org.stepwise.algo.neural.ActivationFunction;
import org.stepwise.data.Dataset;

/**
 * Activations and initialization (curriculum T2.06, T2.07, T2.09): batches of N(0, 1) inputs
 * through deep nets that differ only in their starting weights, one forward-and-backward pass a
 * step (see {@link ActivationsInitEngine}). Takes no data ({@link DataKind#NONE}).
 *
 * <p>The seed draws each scheme's weights from its own generator (so choosing another
 * {@code init} leaves the other nets' weights as they were), then the batches, the same for every
 * net.
 */
public final class ActivationsInitFactory implements EngineFactory<ActivationsInitSnapshot> {

    /** The activations, in the order of the sheet: the two of the papers first. */
    static final List<String> ACTIVATIONS = List.of("tanh", "relu", "sigmoid", "leaky_relu", "elu", "gelu",
            "swish", "linear");
    /** Rows in each batch: enough for a histogram of 25,600 activations at width 256, small enough to step fast. */
    static final int ROWS = 100;
    /** Batches in a run: each a new draw through the same weights, so the statistics' spread shows. */
    static final int BATCHES = 5;

    private static final String NET = "Network";

    private static final List<ParamSpec<?>> PARAMS = List.of(
            ParamSpec.choice("activation", "tanh", ACTIVATIONS)
                    .optionLabels("tanh", "ReLU", "Sigmoid", "Leaky ReLU", "ELU", "GELU", "Swish", "Linear")
                    .label("Activation").help("f, the activation after every layer").group(NET),
            ParamSpec.choice("init", "xavier", WeightScheme.IDS)
                    .optionLabels("0.01·N(0, 1)", "N(0, 1)", "Xavier (Glorot)", "He (Kaiming)")
                    .label("Initialization")
                    .help("the starting weights whose numbers the metrics report; N(0, 1), Xavier and He are drawn "
                            + "side by side")
                    .group(NET),
            ParamSpec.integer("depth", 10).between(1, 30).label("Depth").help("the number of layers").group(NET),
            ParamSpec.integer("width", 256).between(2, 512).label("Width")
                    .help("neurons in each layer (and inputs)").group(NET));

    @Override
    public List<ParamSpec<?>> params() { return PARAMS; }

    @Override
    public DataKind dataKind() { return DataKind.NONE; }

    @Override
    public Engine<ActivationsInitSnapshot> create(Dataset data, Params params, long seed) {
        ActivationFunction function = ActivationFunction.valueOf(params.choice("activation").toUpperCase(Locale.ROOT));
        WeightScheme chosen = WeightScheme.of(params.choice("init"));
        int depth = params.integer("depth");
        int width = params.integer("width");
        RandomGenerator master = Randomness.generator(seed);
        List<WeightScheme> compared = WeightScheme.compared(chosen);
        List<DeepPass> passes = new ArrayList<>();
        for (WeightScheme scheme : WeightScheme.values()) {
            // Drawn whether or not the scheme is shown, so each net's weights stay its own.
            RandomGenerator own = Randomness.generator(master.nextLong());
            if (compared.contains(scheme)) {
                DeepPass pass = new DeepPass(function, depth, width, ROWS);
                pass.initialize(scheme.initialization(), own);
                passes.add(pass);
            }
        }
        InitRun run = new InitRun(function, depth, width, ROWS, BATCHES, compared, compared.indexOf(chosen));
        return new ActivationsInitEngine(run, passes, Randomness.generator(master.nextLong()));
    }
}
