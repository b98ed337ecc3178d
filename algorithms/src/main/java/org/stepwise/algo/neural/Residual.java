package org.stepwise.algo.neural;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A residual connection y = x + F(x) around a block of layers F whose output is as wide as its
 * input (He et al., CVPR 2016). Backward: ∂L/∂x = ∂L/∂y + (the block's backward of ∂L/∂y), the
 * identity path carrying the gradient past the block unchanged.
 */
public final class Residual implements Layer {

    private final LayerStack block;

    /** @throws IllegalArgumentException when the block's output width differs from its input width */
    public Residual(List<Layer> block) {
        this.block = new LayerStack(block);
        if (this.block.inputWidth() != this.block.outputWidth()) {
            throw new IllegalArgumentException("a residual block must give as many values as it takes; this one takes "
                    + this.block.inputWidth() + " and gives " + this.block.outputWidth());
        }
    }

    @Override public int inputWidth() { return block.inputWidth(); }

    @Override public int outputWidth() { return block.outputWidth(); }

    @Override public int parameterCount() { return block.parameterCount(); }

    @Override
    public void bind(double[] parameters, double[] gradients, int offset) {
        block.bind(parameters, gradients, offset);
    }

    @Override
    public void initialize(Initialization scheme, RandomGenerator random) {
        block.initialize(scheme, random);
    }

    @Override
    public void markPenalized(boolean[] penalized) {
        block.markPenalized(penalized);
    }

    @Override
    public void prepare(int capacity) {
        block.prepare(capacity);
    }

    @Override
    public void forward(double[] input, double[] output, int rows, boolean training) {
        double[] inner = block.forward(input, rows, training);
        for (int i = 0; i < rows * outputWidth(); i++) {
            output[i] = input[i] + inner[i];
        }
    }

    @Override
    public void backward(double[] input, double[] output, double[] outputGradient, double[] inputGradient, int rows) {
        int last = block.size() - 1;
        System.arraycopy(outputGradient, 0, block.outputGradient(last), 0, rows * outputWidth());
        block.backward(input, rows, last, inputGradient);
        if (inputGradient != null) {
            for (int i = 0; i < rows * inputWidth(); i++) {
                inputGradient[i] += outputGradient[i];
            }
        }
    }

    @Override
    public String describe() { return "residual around " + block.size() + " layers"; }
}
