package org.stepwise.algo.neural;

/**
 * Binary cross-entropy of probabilities p (a sigmoid output per column) against 0/1 targets,
 * L = −(1/n) Σ [y log p + (1 − y) log(1 − p)], with p clipped to [ε, 1 − ε] (ε the double
 * machine epsilon) as scikit-learn's {@code binary_log_loss}. After a sigmoid the fused
 * gradient with respect to z is (p − y)/n.
 */
public final class BinaryCrossEntropy implements Loss {

    private static final double CLIP = Math.ulp(1.0);

    @Override
    public double value(double[] prediction, double[] target, int rows, int width) {
        double sum = 0;
        for (int i = 0; i < rows * width; i++) {
            double p = Math.min(1 - CLIP, Math.max(CLIP, prediction[i]));
            sum += CrossEntropyTerms.xlogy(target[i], p) + CrossEntropyTerms.xlogy(1 - target[i], 1 - p);
        }
        return -sum / rows;
    }

    @Override
    public void gradient(double[] prediction, double[] target, double[] gradient, int rows, int width) {
        for (int i = 0; i < rows * width; i++) {
            double p = Math.min(1 - CLIP, Math.max(CLIP, prediction[i]));
            gradient[i] = (p - target[i]) / (p * (1 - p)) / rows;
        }
    }

    @Override
    public boolean fusesWith(Layer outputLayer) {
        return outputLayer instanceof Activation activation && activation.function() == ActivationFunction.SIGMOID;
    }

    @Override
    public void fusedGradient(double[] output, double[] target, double[] gradient, int rows, int width) {
        CrossEntropyTerms.difference(output, target, gradient, rows * width, 1.0 / rows);
    }

    @Override
    public String label() { return "binary cross-entropy"; }
}
