package org.stepwise.algo.neural;

/**
 * Layer normalization (Ba, Kiros &amp; Hinton 2016) of each row over its features, the same in
 * training and evaluation (no running statistics), as PyTorch's {@code LayerNorm(width)}.
 */
public final class LayerNorm extends Normalization {

    public LayerNorm(int width) {
        super(width, "LayerNorm");
    }

    @Override
    public void prepare(int capacity) {
        normalized = new double[capacity * width];
        inverseDeviation = new double[capacity];
    }

    @Override
    public void forward(double[] input, double[] output, int rows, boolean training) {
        for (int r = 0; r < rows; r++) {
            int start = r * width;
            double mean = mean(input, start, 1, width);
            double variance = variance(input, start, 1, width, mean);
            inverseDeviation[r] = standardize(input, start, 1, width, mean, variance);
        }
        scaleAndShift(output, rows);
    }

    @Override
    void inputGradient(double[] outputGradient, double[] inputGradient, int rows) {
        for (int r = 0; r < rows; r++) {
            groupBackward(outputGradient, inputGradient, r * width, 1, width, inverseDeviation[r]);
        }
    }

    @Override
    public String describe() { return "layer norm " + width; }
}
