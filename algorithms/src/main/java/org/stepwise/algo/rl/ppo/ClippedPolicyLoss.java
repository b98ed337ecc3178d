package org.stepwise.algo.rl.ppo;

import org.stepwise.algo.neural.Layer;
import org.stepwise.algo.neural.Loss;

/**
 * The policy's loss in PPO, read by {@link org.stepwise.algo.neural.Sequential} as any loss: the
 * negated clipped surrogate plus an entropy bonus (Schulman et al. 2017, eq. 9 without the value
 * term, which trains its own network here),
 * loss = −(1/n) Σᵢ [min(rᵢAᵢ, clip(rᵢ, 1 − ε, 1 + ε)Aᵢ) + c·H(π(·|sᵢ))],
 * with rᵢ = π(aᵢ|sᵢ) / π_old(aᵢ|sᵢ) and H(p) = −Σⱼ pⱼ log pⱼ.
 *
 * <p>The prediction is the soft-max output (the action probabilities) and the target the one-hot
 * action taken; the advantage and the old probability of each row come from the buffers given to
 * {@link #use} before the pass. The gradient with respect to the probabilities is
 * −(∂L^CLIP/∂r)/π_old on the action taken (zero where the surrogate is flat) plus
 * c·(log pⱼ + 1) for the entropy, over n; the soft-max layer carries it to the logits.
 */
final class ClippedPolicyLoss implements Loss {

    /** Probabilities are floored here before a logarithm, so a certain policy has a finite entropy. */
    private static final double FLOOR = 1e-12;

    private final double epsilon;
    private final double entropyCoefficient;
    private double[] advantages;
    private double[] oldProbabilities;

    ClippedPolicyLoss(double epsilon, double entropyCoefficient) {
        this.epsilon = epsilon;
        this.entropyCoefficient = entropyCoefficient;
    }

    /** The minibatch's advantages and π_old(a|s), row for row with the next pass's targets. */
    void use(double[] minibatchAdvantages, double[] minibatchOldProbabilities) {
        this.advantages = minibatchAdvantages;
        this.oldProbabilities = minibatchOldProbabilities;
    }

    /** r of row i: the probability of the action taken over its old probability. */
    double ratio(double[] prediction, double[] target, int row, int width) {
        return prediction[row * width + actionOf(target, row, width)] / oldProbabilities[row];
    }

    @Override
    public double value(double[] prediction, double[] target, int rows, int width) {
        double sum = 0;
        for (int i = 0; i < rows; i++) {
            sum += ClippedSurrogate.value(ratio(prediction, target, i, width), advantages[i], epsilon)
                    + entropyCoefficient * entropy(prediction, i, width);
        }
        return -sum / rows;
    }

    @Override
    public void gradient(double[] prediction, double[] target, double[] gradient, int rows, int width) {
        for (int i = 0; i < rows; i++) {
            int action = actionOf(target, i, width);
            double ratio = ratio(prediction, target, i, width);
            for (int j = 0; j < width; j++) {
                double p = Math.max(prediction[i * width + j], FLOOR);
                double g = entropyCoefficient * (Math.log(p) + 1);
                if (j == action) {
                    g -= ClippedSurrogate.slope(ratio, advantages[i], epsilon) / oldProbabilities[i];
                }
                gradient[i * width + j] = g / rows;
            }
        }
    }

    /** H(π(·|sᵢ)) = −Σⱼ pⱼ log pⱼ. */
    static double entropy(double[] prediction, int row, int width) {
        double h = 0;
        for (int j = 0; j < width; j++) {
            double p = prediction[row * width + j];
            if (p > 0) {
                h -= p * Math.log(Math.max(p, FLOOR));
            }
        }
        return h;
    }

    private static int actionOf(double[] target, int row, int width) {
        int best = 0;
        for (int j = 1; j < width; j++) {
            if (target[row * width + j] > target[row * width + best]) {
                best = j;
            }
        }
        return best;
    }

    @Override
    public boolean fusesWith(Layer outputLayer) { return false; }

    @Override
    public String label() { return "clipped surrogate loss"; }
}
