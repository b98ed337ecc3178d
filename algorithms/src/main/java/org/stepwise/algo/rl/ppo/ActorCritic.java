package org.stepwise.algo.rl.ppo;

import java.util.List;
import java.util.random.RandomGenerator;
import org.stepwise.algo.neural.Activation;
import org.stepwise.algo.neural.ActivationFunction;
import org.stepwise.algo.neural.Dense;
import org.stepwise.algo.neural.GradientClipping;
import org.stepwise.algo.neural.Initialization;
import org.stepwise.algo.neural.MeanSquaredError;
import org.stepwise.algo.neural.Penalty;
import org.stepwise.algo.neural.Sequential;
import org.stepwise.algo.neural.Softmax;
import org.stepwise.algo.optim.Adam;
import org.stepwise.algo.rl.CartPole;

/**
 * PPO's two networks, each with two tanh hidden layers of {@code hidden} units and its own Adam:
 * the policy π(a|s) (a soft-max over the two pushes, trained on {@link ClippedPolicyLoss}) and the
 * value V(s) (one linear output, trained on ½(V(s) − R̂)² with R̂ = Â + V_old(s), the GAE return).
 * Separate networks, as OpenAI Baselines' PPO does for classic control, so the value loss needs
 * no weight against the policy's. Gradients are clipped to global norm 0.5 and Adam's ε is 1e-5,
 * Baselines' settings; the policy's last layer starts a hundred times smaller than Xavier's, so
 * the first policy pushes either way with probability near ½ (Baselines' orthogonal init with
 * gain 0.01 does the same).
 */
final class ActorCritic {

    private static final double MAX_GRADIENT_NORM = 0.5;
    private static final double ADAM_EPSILON = 1e-5;

    private final Sequential policy;
    private final Sequential value;
    private final ClippedPolicyLoss policyLoss;
    private final Adam policyRule;
    private final Adam valueRule;
    private final double learningRate;
    private final double[] one = new double[CartPole.STATE_SIZE];
    private int updates;

    ActorCritic(int hidden, double epsilon, double entropyCoefficient, double learningRate, int minibatch,
                RandomGenerator random) {
        this.policyLoss = new ClippedPolicyLoss(epsilon, entropyCoefficient);
        Dense policyOut = new Dense(hidden, CartPole.ACTIONS);
        this.policy = new Sequential(List.of(
                new Dense(CartPole.STATE_SIZE, hidden), new Activation(ActivationFunction.TANH, hidden),
                new Dense(hidden, hidden), new Activation(ActivationFunction.TANH, hidden),
                policyOut, new Softmax(CartPole.ACTIONS)), policyLoss, Penalty.none());
        this.value = new Sequential(List.of(
                new Dense(CartPole.STATE_SIZE, hidden), new Activation(ActivationFunction.TANH, hidden),
                new Dense(hidden, hidden), new Activation(ActivationFunction.TANH, hidden),
                new Dense(hidden, 1)), MeanSquaredError.halved(), Penalty.none());
        policy.initialize(Initialization.XAVIER_UNIFORM, random);
        value.initialize(Initialization.XAVIER_UNIFORM, random);
        double[] theta = policy.parameters();
        for (int i = policyOut.weightOffset(); i < theta.length; i++) {
            theta[i] *= 0.01;
        }
        policy.prepare(minibatch);
        value.prepare(minibatch);
        this.policyRule = new Adam(learningRate, 0.9, 0.999, ADAM_EPSILON, theta.length);
        this.valueRule = new Adam(learningRate, 0.9, 0.999, ADAM_EPSILON, value.parameters().length);
        this.learningRate = learningRate;
    }

    /** π(right | s): the probability of pushing right in state s. */
    double pushRight(double[] state) {
        System.arraycopy(state, 0, one, 0, one.length);
        return policy.forward(one, 0, 1, false)[1];
    }

    /** V(s). */
    double value(double[] state) {
        System.arraycopy(state, 0, one, 0, one.length);
        return value.forward(one, 0, 1, false)[0];
    }

    /**
     * One Adam step of each network on a minibatch of {@code rows} rows: states (row-major),
     * one-hot actions, normalized advantages, π_old of the actions taken and the value targets.
     * Writes each row's ratio r = π(a|s)/π_old(a|s), before the step, into {@code ratios}.
     *
     * @throws org.stepwise.algo.neural.DivergenceException when a loss is no longer finite
     */
    void update(double[] states, double[] actions, double[] advantages, double[] oldProbabilities,
                double[] returns, int rows, double[] ratios) {
        updates++;
        policyLoss.use(advantages, oldProbabilities);
        double[] probabilities = policy.forward(states, 0, rows, true);
        for (int i = 0; i < rows; i++) {
            ratios[i] = policyLoss.ratio(probabilities, actions, i, CartPole.ACTIONS);
        }
        policy.backward(actions, 0);
        GradientClipping.clipByGlobalNorm(policy.gradients(), MAX_GRADIENT_NORM);
        policyRule.update(policy.parameters(), policy.gradients(), updates, learningRate);
        value.forward(states, 0, rows, true);
        value.backward(returns, 0);
        GradientClipping.clipByGlobalNorm(value.gradients(), MAX_GRADIENT_NORM);
        valueRule.update(value.parameters(), value.gradients(), updates, learningRate);
    }

    /** A copy of the policy's parameters (for tests and the view's probability map). */
    double[] policyParameters() { return policy.parameters().clone(); }
}
