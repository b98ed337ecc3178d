package org.stepwise.algo.optim;

import java.util.Arrays;

/**
 * AdaGrad (Duchi, Hazan &amp; Singer, JMLR 12, 2011), diagonal form, per coordinate:
 * G ← G + g²; θ ← θ − α g / (√G + ε), with G = 0 before the first update. The step of a
 * coordinate shrinks as its squared gradients pile up.
 */
public final class AdaGrad implements UpdateRule {

    private final double learningRate;
    private final double epsilon;
    private final double[] squaredSum;

    /**
     * @param learningRate α
     * @param epsilon      ε &gt; 0, keeps the division finite
     * @param dimension    the number of coordinates of θ
     */
    public AdaGrad(double learningRate, double epsilon, int dimension) {
        this.learningRate = learningRate;
        this.epsilon = epsilon;
        this.squaredSum = new double[dimension];
    }

    @Override
    public double learningRate() { return learningRate; }

    @Override
    public String name() { return "adagrad"; }

    @Override
    public String label() { return "AdaGrad"; }

    @Override
    public void update(double[] theta, double[] gradient, int t, double learningRate) {
        for (int i = 0; i < theta.length; i++) {
            squaredSum[i] = squaredSum[i] + gradient[i] * gradient[i];
            theta[i] = theta[i] - learningRate * gradient[i] / (Math.sqrt(squaredSum[i]) + epsilon);
        }
    }

    @Override
    public void reset() { Arrays.fill(squaredSum, 0); }
}
