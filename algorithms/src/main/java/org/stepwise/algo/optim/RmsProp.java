package org.stepwise.algo.optim;

import java.util.Arrays;

/**
 * RMSprop (Tieleman &amp; Hinton 2012, <i>Neural Networks for Machine Learning</i>, lecture 6e),
 * per coordinate: s ← ρ s + (1 − ρ) g²; θ ← θ − α g / (√s + ε), with s = 0 before the first
 * update. Unlike AdaGrad, old squared gradients fade, so the step does not shrink for ever.
 */
public final class RmsProp implements UpdateRule {

    private final double learningRate;
    private final double rho;
    private final double epsilon;
    private final double[] meanSquare;

    /**
     * @param learningRate α
     * @param rho          ρ in [0, 1), the decay of the squared-gradient average
     * @param epsilon      ε &gt; 0, keeps the division finite
     * @param dimension    the number of coordinates of θ
     */
    public RmsProp(double learningRate, double rho, double epsilon, int dimension) {
        this.learningRate = learningRate;
        this.rho = rho;
        this.epsilon = epsilon;
        this.meanSquare = new double[dimension];
    }

    @Override
    public double learningRate() { return learningRate; }

    @Override
    public String name() { return "rmsprop"; }

    @Override
    public String label() { return "RMSprop"; }

    @Override
    public void update(double[] theta, double[] gradient, int t, double learningRate) {
        for (int i = 0; i < theta.length; i++) {
            meanSquare[i] = rho * meanSquare[i] + (1 - rho) * gradient[i] * gradient[i];
            theta[i] = theta[i] - learningRate * gradient[i] / (Math.sqrt(meanSquare[i]) + epsilon);
        }
    }

    @Override
    public void reset() { Arrays.fill(meanSquare, 0); }
}
