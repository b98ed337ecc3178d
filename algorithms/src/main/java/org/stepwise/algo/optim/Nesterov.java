package org.stepwise.algo.optim;

/**
 * Nesterov's accelerated gradient (Nesterov 1983; Sutskever et al. 2013) in PyTorch's form,
 * with the gradient g taken at the current θ: v ← μ v + g; θ ← θ − α (g + μ v).
 */
public final class Nesterov implements UpdateRule {

    private final double learningRate;
    private final double momentum;
    private final double[] velocity;

    public Nesterov(double learningRate, double momentum, int dimension) {
        this.learningRate = learningRate;
        this.momentum = momentum;
        this.velocity = new double[dimension];
    }

    @Override
    public String name() { return "nesterov"; }

    @Override
    public void update(double[] theta, double[] gradient, int t) {
        for (int i = 0; i < theta.length; i++) {
            velocity[i] = momentum * velocity[i] + gradient[i];
            theta[i] = theta[i] - learningRate * (gradient[i] + momentum * velocity[i]);
        }
    }
}
