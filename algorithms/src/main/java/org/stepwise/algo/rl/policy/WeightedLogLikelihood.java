package org.stepwise.algo.rl.policy;

import org.stepwise.algo.neural.Layer;
import org.stepwise.algo.neural.Loss;
import org.stepwise.algo.neural.Softmax;

/**
 * The policy-gradient surrogate L = −(1/n) Σᵢ Σⱼ yᵢⱼ log πᵢⱼ, where row i of the target holds the
 * weight wᵢ at the action taken and 0 elsewhere: −(1/n) Σᵢ wᵢ log π(aᵢ|sᵢ), whose gradient is
 * the REINFORCE direction −(1/n) Σᵢ wᵢ ∇ log π(aᵢ|sᵢ) (Williams 1992; Sutton &amp; Barto 2018, §13.3).
 * The weights may be negative (an advantage below zero), so this is not a cross-entropy with
 * one-hot targets: through the soft-max the gradient is ∂L/∂zₖ = (πₖ Σⱼ yⱼ − yₖ)/n, which
 * reduces to (π − y)/n only when a row of y sums to one.
 */
final class WeightedLogLikelihood implements Loss {

    /** Below this a probability counts as this, so log π stays finite for a policy that is all but sure. */
    private static final double SMALLEST = 1e-300;

    @Override
    public double value(double[] prediction, double[] target, int rows, int width) {
        double sum = 0;
        for (int i = 0; i < rows * width; i++) {
            if (target[i] != 0) {
                sum -= target[i] * Math.log(Math.max(prediction[i], SMALLEST));
            }
        }
        return sum / rows;
    }

    /** ∂L/∂π = −y/(nπ); only used without the soft-max (the network fuses the two otherwise). */
    @Override
    public void gradient(double[] prediction, double[] target, double[] gradient, int rows, int width) {
        for (int i = 0; i < rows * width; i++) {
            gradient[i] = target[i] == 0 ? 0 : -target[i] / (Math.max(prediction[i], SMALLEST) * rows);
        }
    }

    @Override
    public boolean fusesWith(Layer outputLayer) { return outputLayer instanceof Softmax; }

    @Override
    public void fusedGradient(double[] output, double[] target, double[] gradient, int rows, int width) {
        for (int r = 0; r < rows; r++) {
            int start = r * width;
            double weight = 0;
            for (int j = start; j < start + width; j++) {
                weight += target[j];
            }
            for (int j = start; j < start + width; j++) {
                gradient[j] = (output[j] * weight - target[j]) / rows;
            }
        }
    }

    @Override
    public String label() { return "policy-gradient surrogate"; }
}
