package org.stepwise.algo.optim;

import java.util.Arrays;

/**
 * Heavy-ball momentum (Polyak 1964) in the form of PyTorch's {@code torch.optim.SGD} with
 * {@code momentum = μ, dampening = 0}: v ← μ v + g; θ ← θ − α v, with v = 0 before the first
 * update (so the first update is plain gradient descent).
 */
public final class Momentum implements UpdateRule {

    private final double learningRate;
    private final double momentum;
    private final double[] velocity;

    /**
     * @param learningRate α
     * @param momentum     μ in [0, 1)
     * @param dimension    the number of coordinates of θ
     */
    public Momentum(double learningRate, double momentum, int dimension) {
        this.learningRate = learningRate;
        this.momentum = momentum;
        this.velocity = new double[dimension];
    }

    @Override
    public double learningRate() { return learningRate; }

    @Override
    public String name() { return "momentum"; }

    @Override
    public String label() { return "Momentum"; }

    @Override
    public void update(double[] theta, double[] gradient, int t, double learningRate) {
        for (int i = 0; i < theta.length; i++) {
            velocity[i] = momentum * velocity[i] + gradient[i];
            theta[i] = theta[i] - learningRate * velocity[i];
        }
    }

    @Override
    public void reset() { Arrays.fill(velocity, 0); }
}
