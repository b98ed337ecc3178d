package org.stepwise.algo.neural;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Layers applied one after another, with the buffers between them: the output of each layer and
 * the gradient with respect to it, sized for a batch capacity and grown (reallocated) only when a
 * larger batch arrives. Shared by {@link Sequential} (the whole network) and {@link Residual} (its
 * block), so both run the same forward and backward loop.
 */
final class LayerStack {

    private final List<Layer> layers;
    private double[][] outputs = new double[0][];
    private double[][] outputGradients = new double[0][];
    private int capacity;

    /** @throws IllegalArgumentException when the list is empty or one layer's input width is not the previous one's output width */
    LayerStack(List<Layer> layers) {
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("a network needs at least one layer");
        }
        for (int i = 1; i < layers.size(); i++) {
            Layer previous = layers.get(i - 1);
            Layer next = layers.get(i);
            if (previous.outputWidth() != next.inputWidth()) {
                throw new IllegalArgumentException("layer " + (i + 1) + " (" + next.describe() + ") takes "
                        + next.inputWidth() + " values per example, but layer " + i + " (" + previous.describe()
                        + ") gives " + previous.outputWidth());
            }
        }
        this.layers = List.copyOf(layers);
    }

    List<Layer> layers() { return layers; }

    int size() { return layers.size(); }

    int inputWidth() { return layers.get(0).inputWidth(); }

    int outputWidth() { return layers.get(layers.size() - 1).outputWidth(); }

    int parameterCount() {
        int count = 0;
        for (Layer layer : layers) {
            count += layer.parameterCount();
        }
        return count;
    }

    /** Binds each layer to consecutive slices starting at {@code offset}. */
    void bind(double[] parameters, double[] gradients, int offset) {
        int at = offset;
        for (Layer layer : layers) {
            layer.bind(parameters, gradients, at);
            at += layer.parameterCount();
        }
    }

    void initialize(Initialization scheme, RandomGenerator random) {
        for (Layer layer : layers) {
            layer.initialize(scheme, random);
        }
    }

    void markPenalized(boolean[] penalized) {
        for (Layer layer : layers) {
            layer.markPenalized(penalized);
        }
    }

    /** Makes sure batches of {@code rows} rows fit; allocates only when {@code rows} exceeds the capacity. */
    void prepare(int rows) {
        if (rows <= capacity) {
            return;
        }
        outputs = new double[layers.size()][];
        outputGradients = new double[layers.size()][];
        for (int i = 0; i < layers.size(); i++) {
            int width = layers.get(i).outputWidth();
            outputs[i] = new double[rows * width];
            outputGradients[i] = new double[rows * width];
            layers.get(i).prepare(rows);
        }
        capacity = rows;
    }

    int capacity() { return capacity; }

    /** The output buffer of layer {@code i} (valid for the rows of the last forward pass). */
    double[] output(int i) { return outputs[i]; }

    /** The buffer for ∂L/∂(output of layer i), read by the backward pass. */
    double[] outputGradient(int i) { return outputGradients[i]; }

    /** Runs every layer on the first {@code rows} rows of {@code input}; returns the last output buffer. */
    double[] forward(double[] input, int rows, boolean training) {
        double[] current = input;
        for (int i = 0; i < layers.size(); i++) {
            layers.get(i).forward(current, outputs[i], rows, training);
            current = outputs[i];
        }
        return current;
    }

    /**
     * Back-propagates from layer {@code last} down to the first, starting from
     * {@link #outputGradient}(last), which the caller has filled. Writes ∂L/∂input into
     * {@code inputGradient} unless it is {@code null}.
     */
    void backward(double[] input, int rows, int last, double[] inputGradient) {
        for (int i = last; i >= 0; i--) {
            double[] layerInput = i == 0 ? input : outputs[i - 1];
            double[] target = i == 0 ? inputGradient : outputGradients[i - 1];
            layers.get(i).backward(layerInput, outputs[i], outputGradients[i], target, rows);
        }
    }
}
