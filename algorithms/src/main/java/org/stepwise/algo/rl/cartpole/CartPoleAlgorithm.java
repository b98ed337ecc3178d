package org.stepwise.algo.rl.cartpole;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The three learners of the lesson, by their parameter words. */
public enum CartPoleAlgorithm {
    REINFORCE("reinforce", "REINFORCE with baseline"),
    ACTOR_CRITIC("actor-critic", "One-step actor-critic"),
    DQN("dqn", "Deep Q-network");

    /** The words of the {@code algorithm} parameter, in this order. */
    public static final List<String> IDS = Arrays.stream(values()).map(CartPoleAlgorithm::id).toList();

    private final String id;
    private final String label;

    CartPoleAlgorithm(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() { return id; }

    public String label() { return label; }

    /** The algorithm of that parameter word. */
    public static CartPoleAlgorithm of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
