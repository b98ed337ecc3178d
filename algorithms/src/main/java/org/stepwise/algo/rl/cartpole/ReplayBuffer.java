package org.stepwise.algo.rl.cartpole;

import java.util.random.RandomGenerator;

/**
 * Experience replay (Lin 1992; Mnih et al. 2015): the last {@code capacity} transitions
 * (S, A, R, S′, terminal) in a ring, from which mini-batches are drawn uniformly with
 * replacement. Arrays allocated once; sampling writes into the caller's batch arrays.
 */
final class ReplayBuffer {

    private final int stateSize;
    private final double[] states;
    private final int[] actions;
    private final double[] rewards;
    private final double[] nextStates;
    private final boolean[] terminals;
    private int next;
    private int size;

    ReplayBuffer(int capacity, int stateSize) {
        this.stateSize = stateSize;
        this.states = new double[capacity * stateSize];
        this.actions = new int[capacity];
        this.rewards = new double[capacity];
        this.nextStates = new double[capacity * stateSize];
        this.terminals = new boolean[capacity];
    }

    int size() { return size; }

    /** Stores one transition, over the oldest when full. */
    void add(double[] state, int action, double reward, double[] nextState, boolean terminal) {
        System.arraycopy(state, 0, states, next * stateSize, stateSize);
        System.arraycopy(nextState, 0, nextStates, next * stateSize, stateSize);
        actions[next] = action;
        rewards[next] = reward;
        terminals[next] = terminal;
        next = (next + 1) % actions.length;
        size = Math.min(size + 1, actions.length);
    }

    /**
     * Draws {@code count} stored transitions uniformly (with replacement) into the batch arrays.
     * Modified: the batch arrays, {@code random}'s state.
     */
    void sample(int count, RandomGenerator random, double[] batchStates, int[] batchActions, double[] batchRewards,
                double[] batchNext, boolean[] batchTerminals) {
        for (int i = 0; i < count; i++) {
            int j = random.nextInt(size);
            System.arraycopy(states, j * stateSize, batchStates, i * stateSize, stateSize);
            System.arraycopy(nextStates, j * stateSize, batchNext, i * stateSize, stateSize);
            batchActions[i] = actions[j];
            batchRewards[i] = rewards[j];
            batchTerminals[i] = terminals[j];
        }
    }
}
