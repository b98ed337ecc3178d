package org.stepwise.algo.neural;

/**
 * A loss over a batch: the mean over the {@code rows} examples of a per-example loss summed over
 * the {@code width} outputs, L = (1/n) Σᵢ Σⱼ ℓ(pᵢⱼ, yᵢⱼ) (scikit-learn's convention for the log
 * losses). Predictions and targets are flat row-major arrays; class targets are one-hot rows.
 */
public interface Loss {

    /** L for the first {@code rows} rows. */
    double value(double[] prediction, double[] target, int rows, int width);

    /** Writes ∂L/∂p (the 1/n included) for the first {@code rows} rows. Modified: {@code gradient}. */
    void gradient(double[] prediction, double[] target, double[] gradient, int rows, int width);

    /**
     * Whether {@code outputLayer} followed by this loss has the simple fused gradient
     * ∂L/∂z = (a − y) / n with respect to the layer's input z (softmax with categorical
     * cross-entropy, the sigmoid with binary cross-entropy), which {@link Sequential} then uses.
     */
    default boolean fusesWith(Layer outputLayer) { return false; }

    /** The fused ∂L/∂z = (a − y′) / n, y′ the target as the loss reads it. Modified: {@code gradient}. */
    default void fusedGradient(double[] output, double[] target, double[] gradient, int rows, int width) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " has no fused gradient");
    }

    /** The name a learner reads, e.g. "cross-entropy". */
    String label();
}
