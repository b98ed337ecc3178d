package org.stepwise.algo.neural;

/**
 * Clipping by global norm (Pascanu, Mikolov &amp; Bengio, ICML 2013; PyTorch's
 * {@code clip_grad_norm_}): when ‖g‖₂ over all parameters exceeds c, g ← g · c / ‖g‖₂, so the
 * direction is kept and the step bounded.
 */
public final class GradientClipping {

    private GradientClipping() {
    }

    /**
     * Scales {@code gradients} down to norm {@code maxNorm} if it is longer; returns the norm before.
     * Modified: {@code gradients}.
     *
     * @throws IllegalArgumentException when {@code maxNorm} is not above 0
     */
    public static double clipByGlobalNorm(double[] gradients, double maxNorm) {
        if (!(maxNorm > 0)) {
            throw new IllegalArgumentException("the clipping norm must be above 0; got " + maxNorm);
        }
        double sum = 0;
        for (double g : gradients) {
            sum += g * g;
        }
        double norm = Math.sqrt(sum);
        if (norm > maxNorm) {
            double scale = maxNorm / norm;
            for (int i = 0; i < gradients.length; i++) {
                gradients[i] *= scale;
            }
        }
        return norm;
    }
}
