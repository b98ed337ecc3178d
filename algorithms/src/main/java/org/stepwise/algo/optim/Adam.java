package org.stepwise.algo.optim;

/**
 * Adam (Kingma &amp; Ba 2015, Algorithm 1), and AdamW (Loshchilov &amp; Hutter 2019) when the
 * weight decay λ is above 0:
 * <pre>
 *   θ ← θ − α λ θ                      (AdamW only: decoupled weight decay, PyTorch's order)
 *   m ← β₁ m + (1 − β₁) g
 *   v ← β₂ v + (1 − β₂) g²
 *   m̂ = m / (1 − β₁ᵗ),  v̂ = v / (1 − β₂ᵗ)
 *   θ ← θ − α m̂ / (√v̂ + ε)
 * </pre>
 */
public final class Adam implements UpdateRule {

    private final String name;
    private final double learningRate;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final double weightDecay;
    private final double[] firstMoment;
    private final double[] secondMoment;

    /** Adam. */
    public Adam(double learningRate, double beta1, double beta2, double epsilon, int dimension) {
        this("adam", learningRate, beta1, beta2, epsilon, 0, dimension);
    }

    /** AdamW with decoupled weight decay λ. */
    public static Adam withDecoupledWeightDecay(double learningRate, double beta1, double beta2, double epsilon,
                                                double weightDecay, int dimension) {
        return new Adam("adamw", learningRate, beta1, beta2, epsilon, weightDecay, dimension);
    }

    private Adam(String name, double learningRate, double beta1, double beta2, double epsilon, double weightDecay,
                 int dimension) {
        this.name = name;
        this.learningRate = learningRate;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.weightDecay = weightDecay;
        this.firstMoment = new double[dimension];
        this.secondMoment = new double[dimension];
    }

    @Override
    public String name() { return name; }

    @Override
    public void update(double[] theta, double[] gradient, int t) {
        double correction1 = 1 - Math.pow(beta1, t);
        double correction2 = 1 - Math.pow(beta2, t);
        for (int i = 0; i < theta.length; i++) {
            if (weightDecay > 0) {
                theta[i] = theta[i] - learningRate * weightDecay * theta[i];
            }
            firstMoment[i] = beta1 * firstMoment[i] + (1 - beta1) * gradient[i];
            secondMoment[i] = beta2 * secondMoment[i] + (1 - beta2) * gradient[i] * gradient[i];
            double mHat = firstMoment[i] / correction1;
            double vHat = secondMoment[i] / correction2;
            theta[i] = theta[i] - learningRate * mHat / (Math.sqrt(vHat) + epsilon);
        }
    }
}
