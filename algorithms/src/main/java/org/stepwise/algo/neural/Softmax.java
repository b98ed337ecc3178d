package org.stepwise.algo.neural;

/**
 * Softmax over each row, aⱼ = e^(zⱼ − max z) / Σₖ e^(zₖ − max z) (the maximum subtracted so no
 * exponential overflows, as scikit-learn's {@code softmax}). Backward, with g = ∂L/∂a:
 * ∂L/∂zⱼ = aⱼ (gⱼ − Σₖ gₖ aₖ). Followed by {@link CategoricalCrossEntropy}, {@link Sequential}
 * skips this backward and uses the fused ∂L/∂z = (a − y) / n instead.
 */
public final class Softmax implements Layer {

    private final int width;

    /** @throws IllegalArgumentException when {@code width} is below one */
    public Softmax(int width) {
        this.width = LayerChecks.positive(width, "Softmax", "class");
    }

    @Override public int inputWidth() { return width; }

    @Override public int outputWidth() { return width; }

    @Override
    public void forward(double[] input, double[] output, int rows, boolean training) {
        for (int r = 0; r < rows; r++) {
            int start = r * width;
            double max = Double.NEGATIVE_INFINITY;
            for (int j = start; j < start + width; j++) {
                max = Math.max(max, input[j]);
            }
            double sum = 0;
            for (int j = start; j < start + width; j++) {
                output[j] = Math.exp(input[j] - max);
                sum += output[j];
            }
            for (int j = start; j < start + width; j++) {
                output[j] /= sum;
            }
        }
    }

    @Override
    public void backward(double[] input, double[] output, double[] outputGradient, double[] inputGradient, int rows) {
        if (inputGradient == null) {
            return;
        }
        for (int r = 0; r < rows; r++) {
            int start = r * width;
            double dot = 0;
            for (int j = start; j < start + width; j++) {
                dot += outputGradient[j] * output[j];
            }
            for (int j = start; j < start + width; j++) {
                inputGradient[j] = output[j] * (outputGradient[j] - dot);
            }
        }
    }

    @Override
    public String describe() { return "softmax " + width; }
}
