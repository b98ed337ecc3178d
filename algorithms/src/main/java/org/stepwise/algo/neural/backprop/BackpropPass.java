package org.stepwise.algo.neural.backprop;

import org.stepwise.algo.neural.Activation;
import org.stepwise.algo.neural.Dense;
import org.stepwise.algo.neural.Loss;
import org.stepwise.algo.neural.Sequential;

/**
 * One example forward and back through a {@link Sequential} of dense and activation layers,
 * calling the module's layers one at a time (as {@code Sequential.forward} and {@code backward}
 * do, loss fusion included) so that every intermediate value is kept: per layer of nodes l ≥ 1
 * the pre-activations z, activations a, ∂L/∂a, the activation's derivative f′(z) and
 * δ = ∂L/∂z; layer 0's a is the input. The weight gradients land in the network's gradient buffer.
 * Buffers are allocated once; {@link #run} allocates nothing.
 */
final class BackpropPass {

    private final Sequential network;
    private final Dense[] dense;
    private final Activation[] activation;
    private final int[] widths;
    final double[][] z;
    final double[][] a;
    final double[][] lossByA;
    final double[][] slope;
    final double[][] delta;
    double loss = Double.NaN;

    /** The network must alternate {@link Dense} and {@link Activation} layers, as the factory builds it. */
    BackpropPass(Sequential network, int[] widths) {
        this.network = network;
        this.widths = widths.clone();
        int depth = widths.length - 1;
        dense = new Dense[depth + 1];
        activation = new Activation[depth + 1];
        for (int l = 1; l <= depth; l++) {
            dense[l] = (Dense) network.layers().get(2 * (l - 1));
            activation[l] = (Activation) network.layers().get(2 * l - 1);
        }
        z = new double[depth + 1][];
        a = new double[depth + 1][];
        lossByA = new double[depth + 1][];
        slope = new double[depth + 1][];
        delta = new double[depth + 1][];
        for (int l = 0; l <= depth; l++) {
            z[l] = new double[widths[l]];
            a[l] = new double[widths[l]];
            lossByA[l] = new double[widths[l]];
            slope[l] = new double[widths[l]];
            delta[l] = new double[widths[l]];
        }
    }

    /** Forward and back for input {@code x} and target {@code y}; returns the loss. */
    double run(double[] x, double[] y) {
        int depth = widths.length - 1;
        System.arraycopy(x, 0, a[0], 0, widths[0]);
        for (int l = 1; l <= depth; l++) {
            dense[l].forward(a[l - 1], z[l], 1, true);
            activation[l].forward(z[l], a[l], 1, true);
            for (int j = 0; j < widths[l]; j++) {
                slope[l][j] = activation[l].function().derivative(z[l][j], a[l][j]);
            }
        }
        Loss lossFunction = network.loss();
        int outputs = widths[depth];
        loss = lossFunction.value(a[depth], y, 1, outputs);
        lossFunction.gradient(a[depth], y, lossByA[depth], 1, outputs);
        if (lossFunction.fusesWith(activation[depth])) {
            lossFunction.fusedGradient(a[depth], y, delta[depth], 1, outputs);
        } else {
            activation[depth].backward(z[depth], a[depth], lossByA[depth], delta[depth], 1);
        }
        for (int l = depth; l >= 1; l--) {
            dense[l].backward(a[l - 1], z[l], delta[l], l > 1 ? lossByA[l - 1] : null, 1);
            if (l > 1) {
                activation[l - 1].backward(z[l - 1], a[l - 1], lossByA[l - 1], delta[l - 1], 1);
            }
        }
        return loss;
    }

    /** Where each dense layer's W starts in the network's buffers (index l for layer of nodes l; b follows W). */
    int[] weightStarts() {
        int[] starts = new int[widths.length];
        for (int l = 1; l < widths.length; l++) {
            starts[l] = dense[l].weightOffset();
        }
        return starts;
    }
}
