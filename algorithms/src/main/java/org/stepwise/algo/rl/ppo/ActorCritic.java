package org.stepwise.algo.rl.ppo;

import java.util.random.RandomGenerator;
import org.stepwise.algo.neural.ActivationFunction;
import org.stepwise.algo.neural.Dense;
import org.stepwise.algo.neural.GradientClipping;
import org.stepwise.algo.neural.Layer;
import org.stepwise.algo.optim.Adam;
import org.stepwise.algo.rl.CartPole;
import org.stepwise.algo.rl.policy.SoftmaxPolicy;
import org.stepwise.algo.rl.policy.ValueNetwork;

/**
 * PPO's two networks, each with the same tanh hidden layers (two of 32 by default) and its own Adam:
 * the policy π(a|s) ({@link SoftmaxPolicy}) and the value V(s) ({@link ValueNetwork}, trained on
 * ½(V(s) − R̂)² with R̂ = Â + V_old(s), the GAE return). Separate networks, as OpenAI Baselines'
 * PPO has for classic control, so the value loss needs no weight against the policy's.
 *
 * <p>The clipped surrogate's gradient is a weighted log-likelihood gradient: since
 * ∇r = r·∇log π(a|s), ∇L^CLIP = (∂L^CLIP/∂r)·r·∇log π(a|s), so the policy steps on
 * −(1/n) Σᵢ wᵢ log π(aᵢ|sᵢ) with wᵢ = {@link ClippedSurrogate#slope}(rᵢ, Âᵢ, ε)·rᵢ, held fixed:
 * zero for a sample on the flat part. Gradients are clipped to global norm 0.5 and Adam's ε is
 * 1e-5, Baselines' settings; the policy's output layer starts a hundred times smaller than
 * Xavier's, so the first policy pushes either way with probability near ½ (Baselines' orthogonal
 * initialization with gain 0.01 does the same).
 */
final class ActorCritic {

    private static final double MAX_GRADIENT_NORM = 0.5;
    private static final double ADAM_EPSILON = 1e-5;

    private final SoftmaxPolicy policy;
    private final ValueNetwork value;
    private final Adam policyRule;
    private final Adam valueRule;
    private final double learningRate;
    private final double epsilon;
    private final double[] one = new double[CartPole.ACTIONS];
    private final double[] probabilities;
    private final double[] weights;
    private int updates;

    ActorCritic(int[] layers, double epsilon, double learningRate, int minibatch, RandomGenerator random) {
        this.policy = new SoftmaxPolicy(CartPole.STATE_SIZE, CartPole.ACTIONS, layers, ActivationFunction.TANH, random);
        this.value = new ValueNetwork(CartPole.STATE_SIZE, layers, ActivationFunction.TANH, random);
        shrinkOutputLayer(policy);
        policy.network().prepare(minibatch);
        value.network().prepare(minibatch);
        this.policyRule = new Adam(learningRate, 0.9, 0.999, ADAM_EPSILON, policy.parameters().length);
        this.valueRule = new Adam(learningRate, 0.9, 0.999, ADAM_EPSILON, value.parameters().length);
        this.learningRate = learningRate;
        this.epsilon = epsilon;
        this.probabilities = new double[minibatch * CartPole.ACTIONS];
        this.weights = new double[minibatch];
    }

    private static void shrinkOutputLayer(SoftmaxPolicy policy) {
        Dense output = null;
        for (Layer layer : policy.network().layers()) {
            if (layer instanceof Dense dense) {
                output = dense;
            }
        }
        double[] theta = policy.parameters();
        for (int i = output.weightOffset(); i < output.weightOffset() + output.parameterCount(); i++) {
            theta[i] *= 0.01;
        }
    }

    /** π(right | s): the probability of pushing right in state s. */
    double pushRight(double[] state) {
        return policy.probabilities(state, one)[1];
    }

    /** V(s). */
    double value(double[] state) {
        return value.value(state);
    }

    /**
     * One Adam step of each network on a minibatch of {@code rows} rows: states (row-major), the
     * actions taken, normalized advantages, π_old of the actions and the value targets. Writes each
     * row's ratio r = π(a|s)/π_old(a|s), before the step, into {@code ratios}.
     *
     * @throws org.stepwise.algo.neural.DivergenceException when a loss is no longer finite
     */
    void update(double[] states, int[] actions, double[] advantages, double[] oldProbabilities,
                double[] returns, int rows, double[] ratios) {
        updates++;
        surrogateGradient(states, actions, advantages, oldProbabilities, rows, ratios);
        GradientClipping.clipByGlobalNorm(policy.gradients(), MAX_GRADIENT_NORM);
        policyRule.update(policy.parameters(), policy.gradients(), updates, learningRate);
        value.gradient(states, returns, rows);
        GradientClipping.clipByGlobalNorm(value.gradients(), MAX_GRADIENT_NORM);
        valueRule.update(value.parameters(), value.gradients(), updates, learningRate);
    }

    /**
     * Writes into the policy's gradients ∇θ of −(1/n) Σᵢ L^CLIP(rᵢ, Âᵢ), through the weighted
     * log-likelihood with wᵢ = (∂L^CLIP/∂r)·rᵢ, and each rᵢ into {@code ratios}.
     */
    void surrogateGradient(double[] states, int[] actions, double[] advantages, double[] oldProbabilities,
                           int rows, double[] ratios) {
        policy.probabilities(states, rows, probabilities);
        for (int i = 0; i < rows; i++) {
            double r = probabilities[i * CartPole.ACTIONS + actions[i]] / oldProbabilities[i];
            ratios[i] = r;
            weights[i] = ClippedSurrogate.slope(r, advantages[i], epsilon) * r;
        }
        policy.gradient(states, actions, weights, rows);
    }

    /** The policy (for the gradient test). */
    SoftmaxPolicy policy() { return policy; }
}
