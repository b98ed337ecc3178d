package org.stepwise.algo.neural.init;

import java.util.random.RandomGenerator;
import org.stepwise.algo.neural.Activation;
import org.stepwise.algo.neural.ActivationFunction;
import org.stepwise.algo.neural.Dense;
import org.stepwise.algo.neural.Initialization;

/**
 * One deep net of {@code depth} layers, each {@code Dense(width → width)} then one activation,
 * built of the neural module's layers and stepped through by hand so that every layer's
 * activations stay readable: a forward pass of a batch, then the backward pass of the loss
 * L = (1/n) Σ g ⊙ a_depth for an upstream gradient g (a random direction of unit variance, so that
 * the backward pass shows what the layers do to a gradient, not what a loss does), and per layer
 * the statistics of Glorot &amp; Bengio (2010, §4) and He et al. (2015, §2.2): the activations'
 * standard deviation and the norm of the weights' gradient ∂L/∂W.
 *
 * <p>Buffers are allocated once in the constructor; {@link #run} allocates nothing.
 */
final class DeepPass {

    private final int depth;
    private final int width;
    private final int rows;
    private final Dense[] dense;
    private final Activation[] activation;
    private final double[] parameters;
    private final double[] gradients;
    private final double[][] z;
    private final double[][] a;
    private final double[] gradA;
    private final double[] gradZ;

    DeepPass(ActivationFunction function, int depth, int width, int rows) {
        this.depth = depth;
        this.width = width;
        this.rows = rows;
        dense = new Dense[depth];
        activation = new Activation[depth];
        int perLayer = width * width + width;
        parameters = new double[depth * perLayer];
        gradients = new double[parameters.length];
        z = new double[depth][rows * width];
        a = new double[depth][rows * width];
        gradA = new double[rows * width];
        gradZ = new double[rows * width];
        for (int l = 0; l < depth; l++) {
            dense[l] = new Dense(width, width);
            dense[l].bind(parameters, gradients, l * perLayer);
            activation[l] = new Activation(function, width);
        }
    }

    /** Draws every layer's weights by {@code scheme} (biases 0). Modified: the weights, {@code random}. */
    void initialize(Initialization scheme, RandomGenerator random) {
        for (Dense layer : dense) {
            layer.initialize(scheme, random);
        }
    }

    /** Every layer's W (width × width, inputs × outputs row-major) then b, layer after layer; the live buffer. */
    double[] parameters() { return parameters; }

    /**
     * The forward pass of {@code x} ({@code rows × width}, row-major) and the backward pass of
     * upstream gradient {@code g} (same shape; ∂L/∂a_depth = g / rows). Not modified: x, g.
     */
    void run(double[] x, double[] g) {
        double[] in = x;
        for (int l = 0; l < depth; l++) {
            dense[l].forward(in, z[l], rows, false);
            activation[l].forward(z[l], a[l], rows, false);
            in = a[l];
        }
        for (int i = 0; i < gradA.length; i++) {
            gradA[i] = g[i] / rows;
        }
        for (int l = depth - 1; l >= 0; l--) {
            activation[l].backward(z[l], a[l], gradA, gradZ, rows);
            dense[l].backward(l == 0 ? x : a[l - 1], z[l], gradZ, l == 0 ? null : gradA, rows);
        }
    }

    /** The population standard deviation of layer {@code l}'s activations over the batch (numpy's {@code a.std()}). */
    double activationStd(int l) {
        double[] values = a[l];
        int count = rows * width;
        double mean = 0;
        for (int i = 0; i < count; i++) {
            mean += values[i];
        }
        mean /= count;
        double squares = 0;
        for (int i = 0; i < count; i++) {
            double d = values[i] - mean;
            squares += d * d;
        }
        return Math.sqrt(squares / count);
    }

    /** The Frobenius norm of ∂L/∂W of layer {@code l} (the weights, not the biases). */
    double gradientNorm(int l) {
        int start = dense[l].weightOffset();
        double squares = 0;
        for (int i = start; i < start + width * width; i++) {
            squares += gradients[i] * gradients[i];
        }
        return Math.sqrt(squares);
    }

    /** The share of layer {@code l}'s activations with |a| &gt; 0.99: a tanh unit saturated, its derivative below 0.02. */
    double saturatedShare(int l) {
        int count = rows * width;
        int saturated = 0;
        for (int i = 0; i < count; i++) {
            saturated += Math.abs(a[l][i]) > 0.99 ? 1 : 0;
        }
        return (double) saturated / count;
    }

    ValueHistogram activationHistogram(int l) { return ValueHistogram.of(a[l], 0, rows * width); }

    ValueHistogram gradientHistogram(int l) {
        return ValueHistogram.of(gradients, dense[l].weightOffset(), width * width);
    }

    int depth() { return depth; }
}
