package org.stepwise.algo.neural.backprop;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.stepwise.algo.DataKind;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;
import org.stepwise.algo.Randomness;
import org.stepwise.algo.neural.Activation;
import org.stepwise.algo.neural.ActivationFunction;
import org.stepwise.algo.neural.BinaryCrossEntropy;
import org.stepwise.algo.neural.Dense;
import org.stepwise.algo.neural.Initialization;
import org.stepwise.algo.neural.Layer;
import org.stepwise.algo.neural.Loss;
import org.stepwise.algo.neural.MeanSquaredError;
import org.stepwise.algo.neural.Penalty;
import org.stepwise.algo.neural.Sequential;
import org.stepwise.data.Dataset;

/**
 * Backpropagation, stage by stage (curriculum T2.08): a tiny network of the neural module's dense
 * and activation layers, one training example, rounds of forward, backward and one gradient step
 * (see {@link BackpropEngine}). Takes no data set ({@link DataKind#NONE}): the example is a parameter.
 *
 * <p>The loss {@code squared} is ½ Σⱼ (yⱼ − aⱼ)² summed over the outputs ({@code MeanSquaredError.halved()}),
 * Mazur's E_total; its gradient is scikit-learn's {@code MLPRegressor}'s, whose reported
 * {@code loss_} is the mean over the outputs instead (smaller by the number of outputs). The loss
 * {@code log} is the binary cross-entropy summed over the outputs, {@code MLPClassifier}'s.
 * Weights start at Mazur's when the example is his and the layout is his (one hidden layer of 2),
 * else Glorot uniform from the seed, biases 0.
 */
public final class BackpropFactory implements EngineFactory<BackpropSnapshot> {

    /** Every layout of one or two hidden layers of 1 to 4 neurons. */
    static final List<String> HIDDEN = layouts();
    static final List<String> ACTIVATIONS = List.of("sigmoid", "tanh", "relu", "linear");

    private static final String EXAMPLE = "Example";
    private static final String NET = "Network";

    private static final List<ParamSpec<?>> PARAMS = List.of(
            ParamSpec.choice("example", "mazur", List.of("mazur", "two", "three"))
                    .optionLabels("Mazur's (2 in, 2 out)", "x₁, x₂ → target", "x₁, x₂, x₃ → two targets")
                    .label("Example").help("the one training example; Mazur's is x = (0.05, 0.1), targets (0.01, 0.99)")
                    .group(EXAMPLE),
            input("x1", 0.5, "Input x₁", false),
            input("x2", -1.0, "Input x₂", false),
            input("x3", 0.25, "Input x₃", true),
            input("target", 1.0, "Target y₁", false),
            input("target2", 0.0, "Target y₂", true),
            ParamSpec.choice("hidden", "2", HIDDEN).label("Hidden layers")
                    .help("neurons in each hidden layer, comma-separated (one or two layers of 1 to 4)").group(NET),
            ParamSpec.choice("activation", "sigmoid", ACTIVATIONS).optionLabels("Sigmoid", "tanh", "ReLU", "Linear")
                    .label("Activation").help("the hidden neurons' activation f").group(NET),
            ParamSpec.choice("output", "sigmoid", List.of("sigmoid", "linear")).optionLabels("Sigmoid", "Linear")
                    .label("Output activation").help("the output neurons' activation").group(NET),
            ParamSpec.choice("loss", "squared", List.of("squared", "log"))
                    .optionLabels("½ Σ (y − a)²", "Binary cross-entropy").label("Loss")
                    .help("summed over the outputs; cross-entropy needs sigmoid outputs").group(NET),
            ParamSpec.real("learningRate", 0.5).between(1e-4, 10).logScale().label("Learning rate η")
                    .help("the step of the update w ← w − η ∂L/∂w").group(NET),
            ParamSpec.integer("maxIter", 10).between(1, 1000).label("Rounds")
                    .help("how many times the example goes forward, back and updates").group(NET));

    private static ParamSpec<Double> input(String name, double value, String label, boolean threeOnly) {
        return ParamSpec.real(name, value).between(-10, 10).label(label)
                .help(threeOnly ? "with the three-input example" : "with the examples you set")
                .appliesWhen(v -> threeOnly ? v.choice("example").equals("three") : !v.choice("example").equals("mazur"),
                        threeOnly ? "Only with the three-input example" : "Mazur's example is fixed")
                .group(EXAMPLE);
    }

    private static List<String> layouts() {
        List<String> layouts = new ArrayList<>();
        for (int first = 1; first <= 4; first++) {
            layouts.add(Integer.toString(first));
        }
        for (int first = 1; first <= 4; first++) {
            for (int second = 1; second <= 4; second++) {
                layouts.add(first + "," + second);
            }
        }
        return List.copyOf(layouts);
    }

    @Override
    public List<ParamSpec<?>> params() { return PARAMS; }

    @Override
    public DataKind dataKind() { return DataKind.NONE; }

    @Override
    public Engine<BackpropSnapshot> create(Dataset data, Params params, long seed) {
        return create(params, seed, null);
    }

    /** {@link #create}, from {@code start} (every parameter, in the network's layout) when not null: the fixtures' weights. */
    BackpropEngine create(Params params, long seed, double[] start) {
        BackpropExample example = example(params);
        boolean log = params.choice("loss").equals("log");
        boolean sigmoidOutput = params.choice("output").equals("sigmoid");
        if (log && !sigmoidOutput) {
            throw new IllegalArgumentException("Binary cross-entropy needs probabilities at the outputs: set the "
                    + "Output activation to Sigmoid (a linear output can be any number).");
        }
        for (double y : example.target()) {
            if (log && (y < 0 || y > 1)) {
                throw new IllegalArgumentException("Binary cross-entropy compares each output with a target between "
                        + "0 and 1, and a target is " + y + ": set it within [0, 1] or choose the loss ½ Σ (y − a)².");
            }
        }
        int[] hidden = Arrays.stream(params.choice("hidden").split(",")).mapToInt(Integer::parseInt).toArray();
        int[] widths = new int[hidden.length + 2];
        widths[0] = example.x().length;
        System.arraycopy(hidden, 0, widths, 1, hidden.length);
        widths[widths.length - 1] = example.target().length;
        ActivationFunction f = ActivationFunction.valueOf(params.choice("activation").toUpperCase(Locale.ROOT));
        ActivationFunction out = sigmoidOutput ? ActivationFunction.SIGMOID : ActivationFunction.LINEAR;
        Loss loss = log ? new BinaryCrossEntropy() : MeanSquaredError.halved();
        List<Layer> layers = new ArrayList<>();
        for (int l = 1; l < widths.length; l++) {
            layers.add(new Dense(widths[l - 1], widths[l]));
            layers.add(new Activation(l == widths.length - 1 ? out : f, widths[l]));
        }
        Sequential network = new Sequential(layers, loss, Penalty.none());
        boolean mazur = params.choice("example").equals("mazur") && params.choice("hidden").equals("2");
        if (start != null) {
            System.arraycopy(start, 0, network.parameters(), 0, network.parameters().length);
        } else if (mazur) {
            System.arraycopy(BackpropExample.MAZUR_WEIGHTS, 0, network.parameters(), 0, network.parameters().length);
        } else {
            network.initialize(Initialization.XAVIER_UNIFORM, Randomness.generator(seed));
        }
        BackpropRun run = BackpropRun.of(widths, example, f.label(), out.label(),
                log ? "−Σ [y log a + (1 − y) log(1 − a)]" : "½ Σ (y − a)²", params.real("learningRate"),
                params.integer("maxIter"), mazur && start == null);
        return new BackpropEngine(run, network);
    }

    private static BackpropExample example(Params params) {
        return switch (params.choice("example")) {
            case "two" -> new BackpropExample(new double[] {params.real("x1"), params.real("x2")},
                    new double[] {params.real("target")});
            case "three" -> new BackpropExample(new double[] {params.real("x1"), params.real("x2"), params.real("x3")},
                    new double[] {params.real("target"), params.real("target2")});
            default -> new BackpropExample(BackpropExample.MAZUR_X, BackpropExample.MAZUR_TARGET);
        };
    }
}
