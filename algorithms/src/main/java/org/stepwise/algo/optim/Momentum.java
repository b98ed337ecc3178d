package org.stepwise.algo.optim;

/**
 * Heavy-ball momentum (Polyak 1964) in PyTorch's SGD form: v ← μ v + g; θ ← θ − α v,
 * with v = 0 before the first update.
 */
public final class Momentum implements UpdateRule {

    private final double learningRate;
    private final double momentum;
    private final double[] velocity;

    public Momentum(double learningRate, double momentum, int dimension) {
        this.learningRate = learningRate;
        this.momentum = momentum;
        this.velocity = new double[dimension];
    }

    @Override
    public String name() { return "momentum"; }

    @Override
    public void update(double[] theta, double[] gradient, int t) {
        for (int i = 0; i < theta.length; i++) {
            velocity[i] = momentum * velocity[i] + gradient[i];
            theta[i] = theta[i] - learningRate * velocity[i];
        }
    }
}
