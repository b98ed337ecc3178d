package org.stepwise.algo.optim;

/**
 * RMSprop (Tieleman &amp; Hinton 2012, Coursera lecture 6e): s ← ρ s + (1 − ρ) g²;
 * θ ← θ − α g / (√s + ε).
 */
public final class RmsProp implements UpdateRule {

    private final double learningRate;
    private final double rho;
    private final double epsilon;
    private final double[] meanSquare;

    public RmsProp(double learningRate, double rho, double epsilon, int dimension) {
        this.learningRate = learningRate;
        this.rho = rho;
        this.epsilon = epsilon;
        this.meanSquare = new double[dimension];
    }

    @Override
    public String name() { return "rmsprop"; }

    @Override
    public void update(double[] theta, double[] gradient, int t) {
        for (int i = 0; i < theta.length; i++) {
            meanSquare[i] = rho * meanSquare[i] + (1 - rho) * gradient[i] * gradient[i];
            theta[i] = theta[i] - learningRate * gradient[i] / (Math.sqrt(meanSquare[i]) + epsilon);
        }
    }
}
