package org.stepwise.algo.rl.cartpole;

import java.util.random.RandomGenerator;
import org.stepwise.algo.neural.ActivationFunction;
import org.stepwise.algo.optim.Adam;
import org.stepwise.algo.rl.CartPole;
import org.stepwise.algo.rl.policy.SoftmaxPolicy;
import org.stepwise.algo.rl.policy.ValueNetwork;

/**
 * The two networks of the policy-gradient learners, each with its own Adam: the actor π(a|s, θ)
 * and the critic v̂(s, w) (REINFORCE's baseline, actor-critic's critic). One {@link #update}
 * moves θ along (1/n) Σᵢ δᵢ ∇ ln π(aᵢ|sᵢ, θ) and w toward the targets, along
 * (1/n) Σᵢ (targetᵢ − v̂(sᵢ, w)) ∇v̂(sᵢ, w).
 */
final class PolicyWithCritic {

    private final SoftmaxPolicy policy;
    private final ValueNetwork value;
    private final Adam policyRule;
    private final Adam valueRule;
    private final RandomGenerator random;
    private final int[] hidden;
    private final ActivationFunction activation;
    private int updates;

    PolicyWithCritic(CartPoleSettings settings, RandomGenerator random) {
        this.hidden = settings.hidden();
        this.activation = settings.activation();
        this.policy = new SoftmaxPolicy(CartPole.STATE_SIZE, CartPole.ACTIONS, hidden, activation, random);
        this.value = new ValueNetwork(CartPole.STATE_SIZE, hidden, activation, random);
        this.policyRule = settings.adam(settings.learningRate(), policy.parameters().length);
        this.valueRule = settings.adam(settings.criticLearningRate(), value.parameters().length);
        this.random = random;
        policy.network().prepare(settings.maxEpisodeSteps());
        value.network().prepare(settings.maxEpisodeSteps());
    }

    /** An action sampled from π(·|s). */
    int act(double[] state) {
        return policy.sample(state, random);
    }

    /** v̂(s). */
    double value(double[] state) {
        return value.value(state);
    }

    /** v̂ of the first {@code count} states into {@code into}. */
    void values(double[] states, int count, double[] into) {
        value.values(states, count, into);
    }

    /**
     * One Adam step of each network on the first {@code count} rows.
     *
     * @throws org.stepwise.algo.neural.DivergenceException when a loss stops being a finite number
     */
    void update(double[] states, int[] actions, double[] advantages, double[] targets, int count) {
        updates++;
        policy.gradient(states, actions, advantages, count);
        policyRule.update(policy.parameters(), policy.gradients(), updates, policyRule.learningRate());
        value.gradient(states, targets, count);
        valueRule.update(value.parameters(), value.gradients(), updates, valueRule.learningRate());
    }

    PolicyPicture picture() { return PolicyPicture.of(policy, hidden, activation); }
}
