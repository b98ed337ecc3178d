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
            System.arraycopy(parameters, biasStart, output, r * outputs, outputs);
        }
        MatrixKernels.multiplyAdd(input, parameters, weightStart, output, rows, inputs, outputs);
    }

    @Override
    public void backward(double[] input, double[] output, double[] outputGradient, double[] inputGradient, int rows) {
        Arrays.fill(gradients, weightStart, biasStart + outputs, 0);
        MatrixKernels.transposeMultiplyAdd(input, outputGradient, gradients, weightStart, rows, inputs, outputs);
        for (int r = 0; r < rows; r++) {
            for (int j = 0, delta = r * outputs; j < outputs; j++) {
                gradients[biasStart + j] += outputGradient[delta + j];
            }
        }
        if (inputGradient != null) {
            inputGradient(outputGradient, inputGradient, rows);
        }
    }

    /** ∂L/∂x = δ Wᵀ. */
    private void inputGradient(double[] outputGradient, double[] inputGradient, int rows) {
        MatrixKernels.multiplyTransposed(outputGradient, parameters, weightStart, inputGradient, rows, outputs, inputs);
    }

    @Override
    public String describe() { return "Dense " + inputs + " → " + outputs; }
}
