package org.stepwise.algo.rl.cartpole;

import java.util.random.RandomGenerator;

/**
 * One-step actor-critic (Sutton &amp; Barto 2018, §13.5): after every step the critic's TD error
 * δ = R + γ v̂(S′, w) − v̂(S, w) (v̂(S′) = 0 when S′ is terminal) moves the critic,
 * w along δ ∇v̂(S, w), and the actor, θ along δ ∇ ln π(A|S, θ), each by one Adam step. As in
 * {@link ReinforceAgent}, the book's discount of the actor's step by I = γᵗ is left out.
 * A step cut short by the episode cap is not terminal: S′ keeps its value.
 */
final class ActorCriticAgent extends PolicyGradientAgent {

    private final double gamma;
    private final int[] action = new int[1];
    private final double[] delta = new double[1];
    private final double[] target = new double[1];

    ActorCriticAgent(CartPoleSettings settings, RandomGenerator random) {
        super(settings, random);
        this.gamma = settings.gamma();
    }

    @Override
    public void learn(double[] state, int taken, double reward, double[] next, boolean terminal, boolean episodeEnd) {
        target[0] = reward + (terminal ? 0 : gamma * networks.value(next));
        delta[0] = target[0] - networks.value(state);
        action[0] = taken;
        setSignal(delta[0]);
        networks.update(state, action, delta, target, 1);
    }
}
