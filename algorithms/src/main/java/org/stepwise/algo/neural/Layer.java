package org.stepwise.algo.neural;

import java.util.random.RandomGenerator;

/**
 * One layer of a network: a map from rows of {@link #inputWidth()} values to rows of
 * {@link #outputWidth()} values, with its backward pass. Arrays are flat and row-major (row r,
 * column c at {@code r * width + c}); only the first {@code rows} rows are read or written.
 *
 * <p>A layer with parameters reads them from, and writes their gradients to, slices of the
 * network's shared buffers handed over by {@link #bind}; it allocates per-batch scratch (masks,
 * normalized values) in {@link #prepare} and nothing in {@link #forward} or {@link #backward}.
 */
public interface Layer {

    int inputWidth();

    int outputWidth();

    /** How many trainable parameters the layer reads from the shared buffer. */
    default int parameterCount() { return 0; }

    /**
     * Hands the layer its slice {@code [offset, offset + parameterCount())} of the network's
     * parameter and gradient buffers; the layer keeps the references.
     */
    default void bind(double[] parameters, double[] gradients, int offset) {
        // no parameters
    }

    /** Sets the layer's parameters to their starting values (weights drawn by {@code scheme}). */
    default void initialize(Initialization scheme, RandomGenerator random) {
        // no parameters
    }

    /** Marks in {@code penalized} (indexed like the parameter buffer) the parameters an L1/L2 penalty applies to. */
    default void markPenalized(boolean[] penalized) {
        // no weights
    }

    /** Allocates the layer's scratch for batches of up to {@code capacity} rows. */
    default void prepare(int capacity) {
        // no scratch
    }

    /**
     * Computes the output of the first {@code rows} rows of {@code input}.
     * Modified: {@code output} and the layer's scratch (and running statistics when training).
     *
     * @param training whether this pass is for training (dropout drops, batch norm uses batch statistics)
     */
    void forward(double[] input, double[] output, int rows, boolean training);

    /**
     * Back-propagates ∂L/∂output to ∂L/∂input and writes (overwrites) the layer's parameter
     * gradients. Reads the {@code input} and {@code output} of the last forward pass.
     * Modified: {@code inputGradient} (unless {@code null}, when no earlier layer needs it) and the
     * layer's gradient slice. Not modified: {@code input}, {@code output}, {@code outputGradient}.
     */
    void backward(double[] input, double[] output, double[] outputGradient, double[] inputGradient, int rows);

    /** What a learner reads in a message, e.g. "Dense 64 → 10". */
    String describe();
}
