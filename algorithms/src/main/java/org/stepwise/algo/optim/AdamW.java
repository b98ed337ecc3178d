package org.stepwise.algo.optim;

/**
 * AdamW (Loshchilov &amp; Hutter, "Decoupled Weight Decay Regularization", ICLR 2019) in the
 * order of PyTorch's {@code torch.optim.AdamW}: first the decoupled weight decay
 * θ ← θ − α λ θ, then the {@link Adam} step from the gradient g taken at θ before the decay.
 * The decay pulls θ toward the origin whatever the gradient, instead of being added to g
 * (where Adam's scaling would weaken it).
 */
public final class AdamW implements UpdateRule {

    private final double learningRate;
    private final double weightDecay;
    private final Adam adam;

    /**
     * @param learningRate α
     * @param beta1        β₁ in [0, 1)
     * @param beta2        β₂ in [0, 1)
     * @param epsilon      ε &gt; 0
     * @param weightDecay  λ ≥ 0
     * @param dimension    the number of coordinates of θ
     */
    public AdamW(double learningRate, double beta1, double beta2, double epsilon, double weightDecay, int dimension) {
        this.learningRate = learningRate;
        this.weightDecay = weightDecay;
        this.adam = new Adam(learningRate, beta1, beta2, epsilon, dimension);
    }

    @Override
    public double learningRate() { return learningRate; }

    @Override
    public String name() { return "adamw"; }

    @Override
    public String label() { return "AdamW"; }

    @Override
    public void update(double[] theta, double[] gradient, int t, double learningRate) {
        for (int i = 0; i < theta.length; i++) {
            theta[i] = theta[i] - learningRate * weightDecay * theta[i];
        }
        adam.update(theta, gradient, t, learningRate);
    }

    @Override
    public void reset() { adam.reset(); }
}
