package org.stepwise.algo.optim;

/** AdaGrad (Duchi, Hazan &amp; Singer 2011): G ← G + g²; θ ← θ − α g / (√G + ε). */
public final class AdaGrad implements UpdateRule {

    private final double learningRate;
    private final double epsilon;
    private final double[] squaredSum;

    public AdaGrad(double learningRate, double epsilon, int dimension) {
        this.learningRate = learningRate;
        this.epsilon = epsilon;
        this.squaredSum = new double[dimension];
    }

    @Override
    public String name() { return "adagrad"; }

    @Override
    public void update(double[] theta, double[] gradient, int t) {
        for (int i = 0; i < theta.length; i++) {
            squaredSum[i] = squaredSum[i] + gradient[i] * gradient[i];
            theta[i] = theta[i] - learningRate * gradient[i] / (Math.sqrt(squaredSum[i]) + epsilon);
        }
    }
}
