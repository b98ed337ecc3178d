package org.stepwise.algo.neural.regularization;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.stepwise.algo.neural.Activation;
import org.stepwise.algo.neural.ActivationFunction;
import org.stepwise.algo.neural.BatchNorm;
import org.stepwise.algo.neural.BinaryCrossEntropy;
import org.stepwise.algo.neural.CategoricalCrossEntropy;
import org.stepwise.algo.neural.Dense;
import org.stepwise.algo.neural.Dropout;
import org.stepwise.algo.neural.Layer;
import org.stepwise.algo.neural.Loss;
import org.stepwise.algo.neural.Penalty;
import org.stepwise.algo.neural.Sequential;
import org.stepwise.algo.neural.Softmax;

/**
 * One of the two networks' architecture: dense layers of ReLU neurons on the two inputs, each
 * hidden layer optionally with batch norm between the dense layer and its activation (Ioffe &amp;
 * Szegedy's place) and dropout after the activation; the output as scikit-learn's
 * {@code MLPClassifier} has it — one logistic output with binary cross-entropy for two classes, a
 * softmax with categorical cross-entropy for more. Both networks of a run share the dense layers'
 * sizes, so their weights can start equal ({@link #copyDenseParameters}).
 */
record NetLayout(int[] hidden, int classes, boolean batchNorm, double dropout) {

    static final int INPUTS = 2;

    NetLayout {
        hidden = hidden.clone();
    }

    /** The plain network of the same size (the baseline). */
    NetLayout plain() { return new NetLayout(hidden, classes, false, 0); }

    int outputs() { return classes == 2 ? 1 : classes; }

    /** The network to train; dropout masks (when dropout is above 0) come from {@code random}. */
    Sequential training(RandomGenerator random) {
        return new Sequential(layers(random), loss(), Penalty.none());
    }

    /** The network in evaluation mode only (no dropout layers, which evaluation skips anyway). */
    Sequential evaluation() {
        return new Sequential(layers(null), loss(), Penalty.none());
    }

    private List<Layer> layers(RandomGenerator random) {
        List<Layer> layers = new ArrayList<>();
        int previous = INPUTS;
        for (int width : hidden) {
            layers.add(new Dense(previous, width));
            if (batchNorm) {
                layers.add(new BatchNorm(width));
            }
            layers.add(new Activation(ActivationFunction.RELU, width));
            if (random != null && dropout > 0) {
                layers.add(new Dropout(width, dropout, random));
            }
            previous = width;
        }
        layers.add(new Dense(previous, outputs()));
        layers.add(classes == 2 ? new Activation(ActivationFunction.SIGMOID, 1) : new Softmax(classes));
        return layers;
    }

    private Loss loss() {
        return classes == 2 ? new BinaryCrossEntropy() : new CategoricalCrossEntropy();
    }

    /**
     * Copies every dense layer's W and b from {@code from} into the same dense layer of {@code to}
     * (the other layers keep theirs: batch norm's γ = 1, β = 0). Modified: {@code to}'s parameters.
     */
    static void copyDenseParameters(Sequential from, Sequential to) {
        int[][] source = denseSlices(from);
        int[][] target = denseSlices(to);
        for (int i = 0; i < source.length; i++) {
            System.arraycopy(from.parameters(), source[i][0], to.parameters(), target[i][0], source[i][1]);
        }
    }

    /** Σ W² over the dense layers' weights (not biases, not γ, β). */
    static double squaredWeightNorm(Sequential network, double[] parameters) {
        double sum = 0;
        int at = 0;
        for (Layer layer : network.layers()) {
            if (layer instanceof Dense) {
                int weights = layer.inputWidth() * layer.outputWidth();
                for (int i = at; i < at + weights; i++) {
                    sum += parameters[i] * parameters[i];
                }
            }
            at += layer.parameterCount();
        }
        return sum;
    }

    /** The {start, length} of each dense layer's parameters in the network's buffer. */
    private static int[][] denseSlices(Sequential network) {
        List<int[]> slices = new ArrayList<>();
        int at = 0;
        for (Layer layer : network.layers()) {
            if (layer instanceof Dense) {
                slices.add(new int[] {at, layer.parameterCount()});
            }
            at += layer.parameterCount();
        }
        return slices.toArray(int[][]::new);
    }

    /** The network's batch-norm layers, in order. */
    static List<BatchNorm> batchNorms(Sequential network) {
        return network.layers().stream().filter(BatchNorm.class::isInstance).map(BatchNorm.class::cast).toList();
    }
}
