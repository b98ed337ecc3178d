package org.stepwise.algo.optim;

/** Plain gradient descent (Cauchy 1847): θ ← θ − α g. */
public final class GradientDescent implements UpdateRule {

    private final double learningRate;

    public GradientDescent(double learningRate) {
        this.learningRate = learningRate;
    }

    @Override
    public String name() { return "gd"; }

    @Override
    public void update(double[] theta, double[] gradient, int t) {
        for (int i = 0; i < theta.length; i++) {
            theta[i] = theta[i] - learningRate * gradient[i];
        }
    }
}
