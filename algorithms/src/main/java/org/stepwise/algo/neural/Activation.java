package org.stepwise.algo.neural;

/** An element-wise activation layer a = f(z) of one {@link ActivationFunction}; no parameters. */
public final class Activation implements Layer {

    private final ActivationFunction function;
    private final int width;

    /** @throws IllegalArgumentException when {@code width} is below one */
    public Activation(ActivationFunction function, int width) {
        this.function = function;
        this.width = LayerChecks.positive(width, function.label(), "neuron");
    }

    public ActivationFunction function() { return function; }

    @Override public int inputWidth() { return width; }

    @Override public int outputWidth() { return width; }

    @Override
    public void forward(double[] input, double[] output, int rows, boolean training) {
        function.apply(input, output, rows * width);
    }

    @Override
    public void backward(double[] input, double[] output, double[] outputGradient, double[] inputGradient, int rows) {
        if (inputGradient != null) {
            function.backward(input, output, outputGradient, inputGradient, rows * width);
        }
    }

    @Override
    public String describe() { return function.label() + " " + width; }
}
