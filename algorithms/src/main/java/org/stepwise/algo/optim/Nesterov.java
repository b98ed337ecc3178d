package org.stepwise.algo.optim;

import java.util.Arrays;

/**
 * Nesterov's accelerated gradient (Nesterov 1983) as reformulated by Sutskever, Martens, Dahl
 * &amp; Hinton (ICML 2013) and implemented by PyTorch's {@code torch.optim.SGD} with
 * {@code nesterov=True}: with g the gradient at the current θ,
 * v ← μ v + g; θ ← θ − α (g + μ v). The look-ahead is folded into the step, so no gradient is
 * taken anywhere but at θ.
 */
public final class Nesterov implements UpdateRule {

    private final double learningRate;
    private final double momentum;
    private final double[] velocity;

    /**
     * @param learningRate α
     * @param momentum     μ in [0, 1)
     * @param dimension    the number of coordinates of θ
     */
    public Nesterov(double learningRate, double momentum, int dimension) {
        this.learningRate = learningRate;
        this.momentum = momentum;
        this.velocity = new double[dimension];
    }

    @Override
    public double learningRate() { return learningRate; }

    @Override
    public String name() { return "nesterov"; }

    @Override
    public String label() { return "Nesterov"; }

    @Override
    public void update(double[] theta, double[] gradient, int t, double learningRate) {
        for (int i = 0; i < theta.length; i++) {
            velocity[i] = momentum * velocity[i] + gradient[i];
            theta[i] = theta[i] - learningRate * (gradient[i] + momentum * velocity[i]);
        }
    }

    @Override
    public void reset() { Arrays.fill(velocity, 0); }
}
