package org.stepwise.algo.rl.cartpole;

import java.util.random.RandomGenerator;
import org.stepwise.algo.rl.CartPole;

/**
 * REINFORCE with a learned state-value baseline (Williams 1992; Sutton &amp; Barto 2018, §13.4).
 * The agent samples its actions from π(·|s, θ) through an episode; when the episode ends it
 * computes each return Gₜ = Σₖ γᵏ Rₜ₊ₖ₊₁ (backwards, in one pass) and each advantage
 * δₜ = Gₜ − v̂(Sₜ, w), then takes one Adam step on the episode's mean of each update of the
 * book's pseudocode: θ along (1/T) Σₜ δₜ ∇ ln π(Aₜ|Sₜ, θ) and w along (1/T) Σₜ δₜ ∇v̂(Sₜ, w).
 * Like most implementations (and unlike the book's line θ ← θ + α γᵗ δ ∇ ln π) it leaves out
 * the factor γᵗ, which would make the late steps of a long episode count for almost nothing.
 * An episode cut by the cap is not over: the value of its last state stands for the rest.
 */
final class ReinforceAgent extends PolicyGradientAgent {

    private final double gamma;
    private final double[] states;
    private final int[] actions;
    private final double[] rewards;
    private final double[] returns;
    private final double[] advantages;
    private int length;

    ReinforceAgent(CartPoleSettings settings, RandomGenerator random) {
        super(settings, random);
        this.gamma = settings.gamma();
        int cap = settings.maxEpisodeSteps();
        this.states = new double[cap * CartPole.STATE_SIZE];
        this.actions = new int[cap];
        this.rewards = new double[cap];
        this.returns = new double[cap];
        this.advantages = new double[cap];
    }

    @Override
    public void learn(double[] state, int action, double reward, double[] next, boolean terminal, boolean episodeEnd) {
        System.arraycopy(state, 0, states, length * CartPole.STATE_SIZE, CartPole.STATE_SIZE);
        actions[length] = action;
        rewards[length] = reward;
        length++;
        clearSignal();
        if (!episodeEnd) {
            return;
        }
        double following = terminal ? 0 : networks.value(next);
        for (int t = length - 1; t >= 0; t--) {
            following = rewards[t] + gamma * following;
            returns[t] = following;
        }
        networks.values(states, length, advantages);
        for (int t = 0; t < length; t++) {
            advantages[t] = returns[t] - advantages[t];
        }
        setSignal(advantages[0]);
        networks.update(states, actions, advantages, returns, length);
        length = 0;
    }
}
