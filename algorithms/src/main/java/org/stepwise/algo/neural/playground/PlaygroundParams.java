package org.stepwise.algo.neural.playground;

import java.util.List;
import java.util.Locale;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;
import org.stepwise.algo.neural.ActivationFunction;
import org.stepwise.algo.neural.Penalty;
import org.stepwise.algo.optim.Adam;
import org.stepwise.algo.optim.GradientDescent;
import org.stepwise.algo.optim.Momentum;
import org.stepwise.algo.optim.Nesterov;
import org.stepwise.algo.optim.RmsProp;
import org.stepwise.algo.optim.UpdateRule;

/**
 * The playground's parameters, with TensorFlow Playground's defaults (two hidden layers of 4 and
 * 2 tanh neurons, learning rate 0.03, batch 10, plain SGD, no regularization) and scikit-learn's
 * names where {@code MLPClassifier} has the parameter ({@code learningRate} for
 * {@code learning_rate_init}, {@code batchSize}, {@code maxIter}). {@code hidden} is the neuron
 * counts per hidden layer ({@link HiddenLayers}: any layout within TensorFlow Playground's bounds,
 * with a few common ones offered in the sheet's list); {@code features} is a choice of feature sets.
 */
final class PlaygroundParams {

    /** Common hidden layouts the sheet's list offers; any other {@link HiddenLayers} text is taken too. */
    static final List<String> HIDDEN = List.of("none", "2", "4", "8", "4,2", "4,4", "8,8", "8,8,8", "8,8,8,8",
            "8,8,8,8,8", "8,8,8,8,8,8");
    static final List<String> ACTIVATIONS = List.of("tanh", "relu", "sigmoid", "linear");
    static final List<String> OPTIMIZERS = List.of("sgd", "momentum", "nesterov", "rmsprop", "adam");
    /** scikit-learn's MLP stopping rule: no improvement of the loss by more than tol for this many epochs. */
    static final double TOL = 1e-4;
    static final int N_ITER_NO_CHANGE = 10;

    static final List<ParamSpec<?>> PARAMS = List.of(
            ParamSpec.choice("hidden", "4,2", HIDDEN).label("Hidden layers")
                    .help("neurons in each hidden layer, comma-separated (up to " + HiddenLayers.MOST_LAYERS
                            + " layers of 1 to " + HiddenLayers.MOST_NEURONS + "); none is a linear model")
                    .orText("neuron counts per hidden layer, comma-separated (up to " + HiddenLayers.MOST_LAYERS
                            + " layers of 1 to " + HiddenLayers.MOST_NEURONS + "), or none for no hidden layer", "",
                            HiddenLayers::problem)
                    .group("Network"),
            ParamSpec.choice("activation", "tanh", ACTIVATIONS)
                    .optionLabels("tanh", "ReLU", "Sigmoid", "Linear")
                    .help("the hidden neurons' activation").group("Network"),
            ParamSpec.choice("features", "plain", FeatureMap.SET_NAMES)
                    .optionLabels("x₁, x₂", "x₁², x₂²", "x₁, x₂, x₁², x₂², x₁x₂", "x₁, x₂, sin x₁, sin x₂",
                            "all seven")
                    .help("the inputs computed from the two columns").group("Network"),
            InputScaling.param().group("Network"),
            ParamSpec.real("learningRate", 0.03).between(1e-5, 10).logScale().label("Learning rate η")
                    .help("the step size of each update").group("Training"),
            ParamSpec.integer("batchSize", 10).between(1, 10_000).label("Batch size")
                    .help("rows per update; the last batch of an epoch may be shorter").group("Training"),
            ParamSpec.choice("optimizer", "sgd", OPTIMIZERS)
                    .optionLabels("SGD", "Momentum (0.9)", "Nesterov (0.9)", "RMSprop", "Adam")
                    .help("how the gradient becomes an update").group("Training"),
            ParamSpec.choice("stepBy", "epoch", List.of("epoch", "batch"))
                    .optionLabels("One epoch", "One mini-batch").label("One step is")
                    .help("what the step button trains: a whole pass over the rows, or one batch of them")
                    .group("Training"),
            ParamSpec.integer("maxIter", 2000).between(1, 100_000).label("Epoch limit")
                    .help("the most epochs; training ends earlier when the loss stops improving").group("Training"),
            ParamSpec.choice("regularization", "none", List.of("none", "l1", "l2"))
                    .optionLabels("None", "L1", "L2").help("a penalty on the weights (not the biases)")
                    .group("Regularization"),
            ParamSpec.real("regRate", 0.001).between(0, 10).label("Regularization rate α")
                    .help("the penalty's strength, scaled by 1/batch as scikit-learn's alpha")
                    .appliesWhen(v -> !v.choice("regularization").equals("none"), "Only with L1 or L2")
                    .group("Regularization"),
            ParamSpec.real("dropout", 0.0).between(0, 0.9).label("Dropout rate")
                    .help("the share of hidden neurons switched off at random in each training batch")
                    .group("Regularization"));

    private PlaygroundParams() {
    }

    /** The hidden widths of a layout ("8,8" → [8, 8]; "none" → []). */
    static int[] hidden(Params params) {
        return HiddenLayers.widths(params.choice("hidden"));
    }

    static ActivationFunction activation(Params params) {
        return ActivationFunction.valueOf(params.choice("activation").toUpperCase(Locale.ROOT));
    }

    static Penalty penalty(Params params) {
        double alpha = params.real("regRate");
        return switch (params.choice("regularization")) {
            case "l1" -> Penalty.l1(alpha);
            case "l2" -> Penalty.l2(alpha);
            default -> Penalty.none();
        };
    }

    /** The update rule over {@code dimension} parameters, with the usual constants (momentum 0.9, Adam's 0.9/0.999). */
    static UpdateRule optimizer(Params params, int dimension) {
        double rate = params.real("learningRate");
        return switch (params.choice("optimizer")) {
            case "momentum" -> new Momentum(rate, 0.9, dimension);
            case "nesterov" -> new Nesterov(rate, 0.9, dimension);
            case "rmsprop" -> new RmsProp(rate, 0.9, 1e-8, dimension);
            case "adam" -> new Adam(rate, 0.9, 0.999, 1e-8, dimension);
            default -> new GradientDescent(rate);
        };
    }
}
