package org.stepwise.algo.neural;

import java.util.List;
import java.util.random.RandomGenerator;
import org.stepwise.algo.optim.UpdateRule;

/**
 * A feed-forward network: layers in order, a loss and a weight penalty. It owns one flat buffer of
 * all parameters and one of their gradients (each layer reads its slice), so any
 * {@link UpdateRule} of {@code org.stepwise.algo.optim} updates the whole network in one call. The
 * buffers between layers are allocated for a batch size once ({@link #prepare}) and grown only
 * when a larger batch arrives; forward and backward allocate nothing.
 *
 * <p>One training step: {@link #forward} with {@code training = true}, {@link #backward} (loss and
 * gradients, penalty included), then the rule's update of {@link #parameters()} with
 * {@link #gradients()} — or {@link #trainBatch} for all three. When the last layer and the loss
 * fuse (softmax with cross-entropy, sigmoid with binary cross-entropy) the backward pass starts
 * from ∂L/∂z = (a − y)/n, as scikit-learn's {@code _backprop} does.
 */
public final class Sequential {

    private final LayerStack stack;
    private final Loss loss;
    private final Penalty penalty;
    private final double[] parameters;
    private final double[] gradients;
    private final boolean[] penalized;
    private final boolean fused;
    private double[] input = new double[0];
    private double[] target = new double[0];
    private int rows;

    /**
     * @throws IllegalArgumentException when there are no layers or two neighbouring layers' widths differ
     */
    public Sequential(List<Layer> layers, Loss loss, Penalty penalty) {
        this.stack = new LayerStack(layers);
        this.loss = loss;
        this.penalty = penalty;
        this.parameters = new double[stack.parameterCount()];
        this.gradients = new double[parameters.length];
        this.penalized = new boolean[parameters.length];
        stack.bind(parameters, gradients, 0);
        stack.markPenalized(penalized);
        this.fused = loss.fusesWith(layers.get(layers.size() - 1));
    }

    public List<Layer> layers() { return stack.layers(); }

    public int inputWidth() { return stack.inputWidth(); }

    public int outputWidth() { return stack.outputWidth(); }

    public Loss loss() { return loss; }

    /** All parameters, layer after layer (each layer's own order, e.g. W then b); the live buffer. */
    public double[] parameters() { return parameters; }

    /** ∂L/∂parameters of the last {@link #backward}, laid out as {@link #parameters()}; the live buffer. */
    public double[] gradients() { return gradients; }

    /** Draws every layer's starting parameters. Modified: the parameters, {@code random}'s state. */
    public void initialize(Initialization scheme, RandomGenerator random) {
        stack.initialize(scheme, random);
    }

    /** Allocates the buffers for batches of up to {@code capacity} rows (no-op when they fit already). */
    public void prepare(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("the batch size must be at least 1; got " + capacity);
        }
        stack.prepare(capacity);
        if (input.length < capacity * inputWidth()) {
            input = new double[capacity * inputWidth()];
            target = new double[capacity * outputWidth()];
        }
    }

    /**
     * The network's output for rows {@code [firstRow, firstRow + count)} of {@code x}
     * (row-major, {@link #inputWidth()} values a row). Returns the output buffer, valid for
     * {@code count} rows until the next pass.
     *
     * @throws IllegalArgumentException when {@code x} has not that many rows
     */
    public double[] forward(double[] x, int firstRow, int count, boolean training) {
        requireRows(x, firstRow, count, inputWidth(), "inputs");
        prepare(count);
        System.arraycopy(x, firstRow * inputWidth(), input, 0, count * inputWidth());
        rows = count;
        return stack.forward(input, count, training);
    }

    /**
     * The loss of the last forward pass against rows {@code [firstRow, firstRow + rows)} of
     * {@code y} ({@link #outputWidth()} values a row, one-hot for classes), penalty included, and
     * its gradient in {@link #gradients()}.
     *
     * @throws DivergenceException when the loss is not a finite number
     */
    public double backward(double[] y, int firstRow) {
        requireRows(y, firstRow, rows, outputWidth(), "targets");
        int width = outputWidth();
        System.arraycopy(y, firstRow * width, target, 0, rows * width);
        int last = stack.size() - 1;
        double[] output = stack.output(last);
        double value = loss.value(output, target, rows, width) + penalty.value(parameters, penalized, rows);
        if (!Double.isFinite(value)) {
            throw new DivergenceException("the " + loss.label() + " became " + value
                    + ": training diverged; a smaller learning rate may help");
        }
        if (fused && last > 0) {
            loss.fusedGradient(output, target, stack.outputGradient(last - 1), rows, width);
            stack.backward(input, rows, last - 1, null);
        } else {
            loss.gradient(output, target, stack.outputGradient(last), rows, width);
            stack.backward(input, rows, last, null);
        }
        penalty.addGradient(parameters, penalized, gradients, rows);
        return value;
    }

    /**
     * One step of mini-batch training on rows {@code [firstRow, firstRow + count)}: forward,
     * backward, then {@code rule}'s update number {@code t} (1-based) with step size
     * {@code learningRate}. Returns the batch's loss before the update.
     */
    public double trainBatch(double[] x, double[] y, int firstRow, int count, UpdateRule rule, int t,
                             double learningRate) {
        forward(x, firstRow, count, true);
        double value = backward(y, firstRow);
        rule.update(parameters, gradients, t, learningRate);
        return value;
    }

    /**
     * Evaluation-mode outputs of all {@code count} rows of {@code x} into {@code out}, in chunks of
     * the prepared batch size. Modified: {@code out}.
     */
    public void predict(double[] x, int count, double[] out) {
        int chunk = Math.max(1, stack.capacity());
        for (int first = 0; first < count; first += chunk) {
            int size = Math.min(chunk, count - first);
            double[] output = forward(x, first, size, false);
            System.arraycopy(output, 0, out, first * outputWidth(), size * outputWidth());
        }
    }

    private static void requireRows(double[] values, int firstRow, int count, int width, String what) {
        if (count < 1 || firstRow < 0 || values.length < (long) (firstRow + count) * width) {
            throw new IllegalArgumentException("the " + what + " hold " + values.length + " values, "
                    + width + " a row; rows " + firstRow + " to " + (firstRow + count - 1) + " were asked for");
        }
    }
}
