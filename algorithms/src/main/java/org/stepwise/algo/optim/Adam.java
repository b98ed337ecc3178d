package org.stepwise.algo.optim;

import java.util.Arrays;

/**
 * Adam (Kingma &amp; Ba, ICLR 2015, Algorithm 1), per coordinate, with m = v = 0 before the
 * first update and t counting updates from 1:
 * <pre>
 *   m ← β₁ m + (1 − β₁) g
 *   v ← β₂ v + (1 − β₂) g²
 *   m̂ = m / (1 − β₁ᵗ),  v̂ = v / (1 − β₂ᵗ)       (bias correction)
 *   θ ← θ − α m̂ / (√v̂ + ε)
 * </pre>
 * After the first update m̂ = g and v̂ = g², so θ moves by about α along each coordinate,
 * whatever the size of the gradient.
 */
public final class Adam implements UpdateRule {

    private final double learningRate;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final double[] firstMoment;
    private final double[] secondMoment;

    /**
     * @param learningRate α
     * @param beta1        β₁ in [0, 1), the decay of the gradient average m
     * @param beta2        β₂ in [0, 1), the decay of the squared-gradient average v
     * @param epsilon      ε &gt; 0, keeps the division finite
     * @param dimension    the number of coordinates of θ
     */
    public Adam(double learningRate, double beta1, double beta2, double epsilon, int dimension) {
        this.learningRate = learningRate;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.firstMoment = new double[dimension];
        this.secondMoment = new double[dimension];
    }

    @Override
    public double learningRate() { return learningRate; }

    @Override
    public String name() { return "adam"; }

    @Override
    public String label() { return "Adam"; }

    @Override
    public void update(double[] theta, double[] gradient, int t, double learningRate) {
        double correction1 = 1 - Math.pow(beta1, t);
        double correction2 = 1 - Math.pow(beta2, t);
        for (int i = 0; i < theta.length; i++) {
            firstMoment[i] = beta1 * firstMoment[i] + (1 - beta1) * gradient[i];
            secondMoment[i] = beta2 * secondMoment[i] + (1 - beta2) * gradient[i] * gradient[i];
            double correctedFirst = firstMoment[i] / correction1;
            double correctedSecond = secondMoment[i] / correction2;
            theta[i] = theta[i] - learningRate * correctedFirst / (Math.sqrt(correctedSecond) + epsilon);
        }
    }

    @Override
    public void reset() {
        Arrays.fill(firstMoment, 0);
        Arrays.fill(secondMoment, 0);
    }
}
