package org.stepwise.algo.rl.cartpole;

import java.util.random.RandomGenerator;

/** What REINFORCE and actor-critic share: actions sampled from the actor, and the last learning signal. */
abstract class PolicyGradientAgent implements CartPoleAgent {

    /** The actor and the critic. */
    protected final PolicyWithCritic networks;
    private double signal = Double.NaN;

    PolicyGradientAgent(CartPoleSettings settings, RandomGenerator random) {
        this.networks = new PolicyWithCritic(settings, random);
    }

    @Override
    public final int act(double[] state) {
        return networks.act(state);
    }

    protected final void setSignal(double value) { signal = value; }

    protected final void clearSignal() { signal = Double.NaN; }

    @Override
    public final double signal() { return signal; }

    /** A policy-gradient learner samples its own actions: no ε. */
    @Override
    public final double epsilon() { return Double.NaN; }

    @Override
    public final PolicyPicture picture() { return networks.picture(); }
}
