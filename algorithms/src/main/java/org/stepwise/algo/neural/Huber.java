package org.stepwise.algo.neural;

/**
 * The Huber loss (Huber 1964), per value with residual r = p − y: ½ r² where |r| ≤ δ, and
 * δ (|r| − ½ δ) beyond, so large residuals count linearly (PyTorch's {@code HuberLoss(delta)}
 * summed over outputs); gradient r or δ sign(r), over n.
 */
public final class Huber implements Loss {

    private final double delta;

    /** @param delta δ &gt; 0, where the loss turns from quadratic to linear */
    public Huber(double delta) {
        if (!(delta > 0)) {
            throw new IllegalArgumentException("Huber delta must be above 0; got " + delta);
        }
        this.delta = delta;
    }

    @Override
    public double value(double[] prediction, double[] target, int rows, int width) {
        double sum = 0;
        for (int i = 0; i < rows * width; i++) {
            double residual = Math.abs(prediction[i] - target[i]);
            sum += residual <= delta ? 0.5 * residual * residual : delta * (residual - 0.5 * delta);
        }
        return sum / rows;
    }

    @Override
    public void gradient(double[] prediction, double[] target, double[] gradient, int rows, int width) {
        for (int i = 0; i < rows * width; i++) {
            double residual = prediction[i] - target[i];
            gradient[i] = Math.max(-delta, Math.min(delta, residual)) / rows;
        }
    }

    @Override
    public String label() { return "Huber (δ = " + delta + ")"; }
}
