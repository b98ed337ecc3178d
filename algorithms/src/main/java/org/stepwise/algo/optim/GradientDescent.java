package org.stepwise.algo.optim;

/**
 * Gradient descent (Cauchy 1847; Goodfellow, Bengio &amp; Courville, <i>Deep Learning</i> 2016,
 * eq. 4.5): θ ← θ − α g. It keeps no state.
 */
public final class GradientDescent implements UpdateRule {

    private final double learningRate;

    /** @param learningRate α */
    public GradientDescent(double learningRate) {
        this.learningRate = learningRate;
    }

    @Override
    public double learningRate() { return learningRate; }

    @Override
    public String name() { return "gd"; }

    @Override
    public String label() { return "GD"; }

    @Override
    public void update(double[] theta, double[] gradient, int t, double learningRate) {
        for (int i = 0; i < theta.length; i++) {
            theta[i] = theta[i] - learningRate * gradient[i];
        }
    }

    @Override
    public void reset() {
        // No state to forget.
    }
}
