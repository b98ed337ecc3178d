package org.stepwise.algo.neural;

/**
 * Categorical cross-entropy of class probabilities p (a softmax row) against one-hot targets,
 * L = −(1/n) Σᵢ Σⱼ y′ᵢⱼ log pᵢⱼ, p clipped below at ε as scikit-learn's {@code log_loss}. With
 * label smoothing ε_s (Szegedy et al., CVPR 2016, §7; PyTorch's {@code label_smoothing}) the
 * target is y′ = (1 − ε_s) y + ε_s / K over K classes; without it y′ = y. After a softmax the
 * fused gradient with respect to z is (p − y′)/n.
 */
public final class CategoricalCrossEntropy implements Loss {

    private static final double CLIP = Math.ulp(1.0);
    private final double smoothing;

    /** No label smoothing. */
    public CategoricalCrossEntropy() {
        this(0);
    }

    /** @param smoothing ε_s in [0, 1) */
    public CategoricalCrossEntropy(double smoothing) {
        this.smoothing = LayerChecks.rate(smoothing, "label smoothing");
    }

    private double smoothed(double y, int width) {
        return (1 - smoothing) * y + smoothing / width;
    }

    @Override
    public double value(double[] prediction, double[] target, int rows, int width) {
        double sum = 0;
        for (int i = 0; i < rows * width; i++) {
            double p = Math.min(1 - CLIP, Math.max(CLIP, prediction[i]));
            sum += CrossEntropyTerms.xlogy(smoothed(target[i], width), p);
        }
        return -sum / rows;
    }

    @Override
    public void gradient(double[] prediction, double[] target, double[] gradient, int rows, int width) {
        for (int i = 0; i < rows * width; i++) {
            double p = Math.max(CLIP, prediction[i]);
            gradient[i] = -smoothed(target[i], width) / p / rows;
        }
    }

    @Override
    public boolean fusesWith(Layer outputLayer) {
        return outputLayer instanceof Softmax;
    }

    @Override
    public void fusedGradient(double[] output, double[] target, double[] gradient, int rows, int width) {
        if (smoothing == 0) {
            CrossEntropyTerms.difference(output, target, gradient, rows * width, 1.0 / rows);
            return;
        }
        for (int i = 0; i < rows * width; i++) {
            gradient[i] = (output[i] - smoothed(target[i], width)) / rows;
        }
    }

    @Override
    public String label() { return smoothing == 0 ? "cross-entropy" : "cross-entropy (smoothing " + smoothing + ")"; }
}
