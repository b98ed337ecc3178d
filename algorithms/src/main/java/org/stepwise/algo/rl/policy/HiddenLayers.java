package org.stepwise.algo.rl.policy;

import java.util.ArrayList;
import java.util.List;
import org.stepwise.algo.neural.Activation;
import org.stepwise.algo.neural.ActivationFunction;
import org.stepwise.algo.neural.Dense;
import org.stepwise.algo.neural.Layer;

/**
 * The hidden layers of a state network, written as a learner types them: {@code "32"} is one
 * layer of 32 neurons, {@code "64,64"} two. Builds the layer list input → hidden → output, each
 * hidden layer a {@link Dense} followed by the activation.
 */
public final class HiddenLayers {

    private HiddenLayers() {
    }

    /**
     * The widths in {@code text}, e.g. [32, 32] for "32,32".
     *
     * @throws IllegalArgumentException with a sentence when a width is not a whole number of at least one neuron
     */
    public static int[] parse(String text) {
        String[] parts = text.trim().split("\\s*,\\s*");
        int[] widths = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                widths[i] = Integer.parseInt(parts[i]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("The hidden layers are widths separated by commas, such as 32 or 32,32; got \""
                        + text + "\".");
            }
            if (widths[i] < 1) {
                throw new IllegalArgumentException("Every hidden layer needs at least one neuron; got \"" + text + "\".");
            }
        }
        return widths;
    }

    /** Why {@code text} is no list of hidden layer widths, in {@link #parse}'s sentence; null when it is one. */
    public static String problem(String text) {
        try {
            parse(text);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** Dense and activation layers from {@code inputs} through {@code hidden} to a linear {@code outputs}. */
    static List<Layer> layers(int inputs, int[] hidden, ActivationFunction activation, int outputs) {
        List<Layer> layers = new ArrayList<>();
        int width = inputs;
        for (int neurons : hidden) {
            if (neurons < 1) {
                throw new IllegalArgumentException("Every hidden layer needs at least one neuron; got " + neurons + ".");
            }
            layers.add(new Dense(width, neurons));
            layers.add(new Activation(activation, neurons));
            width = neurons;
        }
        layers.add(new Dense(width, outputs));
        return layers;
    }
}
