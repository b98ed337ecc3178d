package org.stepwise.algo.neural;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * A fully connected layer z = x W + b (Goodfellow, Bengio &amp; Courville 2016, §6.5.4), with W
 * stored as {@code inputs × outputs} row-major and then b, as scikit-learn's {@code coefs_[l]}
 * and {@code intercepts_[l]}. Backward: ∂L/∂W = xᵀ δ, ∂L/∂b = Σ_rows δ, ∂L/∂x = δ Wᵀ.
 * Only W is penalized by L1/L2 (biases are not, as in scikit-learn).
 */
public final class Dense implements Layer {

    private final int inputs;
    private final int outputs;
    private double[] parameters;
    private double[] gradients;
    private int weightStart;
    private int biasStart;

    /** @throws IllegalArgumentException when either width is below one */
    public Dense(int inputs, int outputs) {
        this.inputs = LayerChecks.positive(inputs, "Dense", "input");
        this.outputs = LayerChecks.positive(outputs, "Dense", "output neuron");
    }

    @Override public int inputWidth() { return inputs; }

    @Override public int outputWidth() { return outputs; }

    @Override public int parameterCount() { return inputs * outputs + outputs; }

    /** Where W starts in the network's parameter buffer (b follows at {@code + inputs * outputs}). */
    public int weightOffset() { return weightStart; }

    @Override
    public void bind(double[] parameters, double[] gradients, int offset) {
        this.parameters = parameters;
        this.gradients = gradients;
        this.weightStart = offset;
        this.biasStart = offset + inputs * outputs;
    }

    @Override
    public void initialize(Initialization scheme, RandomGenerator random) {
        scheme.fill(parameters, weightStart, inputs * outputs, inputs, outputs, random);
        Arrays.fill(parameters, biasStart, biasStart + outputs, 0);
    }

    @Override
    public void markPenalized(boolean[] penalized) {
        Arrays.fill(penalized, weightStart, biasStart, true);
    }

    @Override
    public void forward(double[] input, double[] output, int rows, boolean training) {
        for (int r = 0; r < rows; r++) {
            int out = r * outputs;
            System.arraycopy(parameters, biasStart, output, out, outputs);
            int in = r * inputs;
            for (int k = 0; k < inputs; k++) {
                double x = input[in + k];
                if (x == 0) {
                    continue; // ReLU outputs and Digits' blank pixels: a third to a half of all inputs
                }
                int w = weightStart + k * outputs;
                for (int j = 0; j < outputs; j++) {
                    output[out + j] += x * parameters[w + j];
                }
            }
        }
    }

    @Override
    public void backward(double[] input, double[] output, double[] outputGradient, double[] inputGradient, int rows) {
        Arrays.fill(gradients, weightStart, biasStart + outputs, 0);
        for (int r = 0; r < rows; r++) {
            int delta = r * outputs;
            int in = r * inputs;
            for (int k = 0; k < inputs; k++) {
                double x = input[in + k];
                if (x == 0) {
                    continue;
                }
                int w = weightStart + k * outputs;
                for (int j = 0; j < outputs; j++) {
                    gradients[w + j] += x * outputGradient[delta + j];
                }
            }
            for (int j = 0; j < outputs; j++) {
                gradients[biasStart + j] += outputGradient[delta + j];
            }
        }
        if (inputGradient != null) {
            for (int r = 0; r < rows; r++) {
                int delta = r * outputs;
                for (int k = 0; k < inputs; k++) {
                    int w = weightStart + k * outputs;
                    double sum = 0;
                    for (int j = 0; j < outputs; j++) {
                        sum += outputGradient[delta + j] * parameters[w + j];
                    }
                    inputGradient[r * inputs + k] = sum;
                }
            }
        }
    }

    @Override
    public String describe() { return "Dense " + inputs + " → " + outputs; }
}
