package org.stepwise.algo.rl.policy;

import org.stepwise.algo.neural.Sequential;

/**
 * What the policy, value and Q networks share: a {@link Sequential} network of a
 * {@link #stateSize()}-number state, whose live parameter and gradient buffers an
 * {@code org.stepwise.algo.optim} rule reads and writes.
 */
public abstract class StateNetwork {

    private final Sequential network;
    private final int stateSize;

    StateNetwork(Sequential network, int stateSize) {
        this.network = network;
        this.stateSize = stateSize;
        network.prepare(1);
    }

    public final int stateSize() { return stateSize; }

    /** The network itself (its layers, for a view). */
    public final Sequential network() { return network; }

    /** Every weight and bias; the live buffer an optimizer updates. */
    public final double[] parameters() { return network.parameters(); }

    /** The gradient of the last {@code gradient(...)} call, laid out as {@link #parameters()}; the live buffer. */
    public final double[] gradients() { return network.gradients(); }

    /** Copies every parameter from {@code other}, a network of the same shape (a target network's refresh). */
    public final void copyFrom(StateNetwork other) {
        System.arraycopy(other.parameters(), 0, parameters(), 0, parameters().length);
    }
}
