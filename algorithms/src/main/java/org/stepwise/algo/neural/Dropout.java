package org.stepwise.algo.neural;

import java.util.random.RandomGenerator;

/**
 * Inverted dropout (Srivastava et al., JMLR 15, 2014; the scaling of PyTorch's {@code Dropout}):
 * in training each value is kept with probability 1 − p and scaled by 1 / (1 − p), so no scaling is
 * needed at evaluation, where the layer is the identity. The mask of the last training pass stays
 * readable ({@link #kept}) so a view can grey out the dropped units. Randomness only from the
 * generator handed in (org.stepwise.algo.Randomness).
 */
public final class Dropout implements Layer {

    private final int width;
    private final double rate;
    private final RandomGenerator random;
    private double[] mask = new double[0];
    private boolean lastPassTrained;

    /**
     * @param rate   p, the probability of dropping a value, in [0, 1)
     * @param random where the masks come from
     */
    public Dropout(int width, double rate, RandomGenerator random) {
        this.width = LayerChecks.positive(width, "Dropout", "neuron");
        this.rate = LayerChecks.rate(rate, "Dropout");
        this.random = random;
    }

    @Override public int inputWidth() { return width; }

    @Override public int outputWidth() { return width; }

    @Override
    public void prepare(int capacity) {
        mask = new double[capacity * width];
    }

    /** Whether value {@code index} (row-major) was kept in the last training pass. */
    public boolean kept(int index) { return mask[index] != 0; }

    @Override
    public void forward(double[] input, double[] output, int rows, boolean training) {
        lastPassTrained = training && rate > 0;
        int count = rows * width;
        if (!lastPassTrained) {
            System.arraycopy(input, 0, output, 0, count);
            return;
        }
        double scale = 1 / (1 - rate);
        for (int i = 0; i < count; i++) {
            mask[i] = random.nextDouble() < rate ? 0 : scale;
            output[i] = input[i] * mask[i];
        }
    }

    @Override
    public void backward(double[] input, double[] output, double[] outputGradient, double[] inputGradient, int rows) {
        if (inputGradient == null) {
            return;
        }
        int count = rows * width;
        if (!lastPassTrained) {
            System.arraycopy(outputGradient, 0, inputGradient, 0, count);
            return;
        }
        for (int i = 0; i < count; i++) {
            inputGradient[i] = outputGradient[i] * mask[i];
        }
    }

    @Override
    public String describe() { return "dropout " + rate; }
}
