package org.stepwise.algo.rl;

import java.util.List;

/** The bandit policies, in the order they are drawn, listed, charted and coloured. */
public enum PolicyKind {
    EPSILON_GREEDY("epsilon_greedy", "ε-greedy", "useEpsilonGreedy"),
    UCB1("ucb1", "UCB1", "useUcb1"),
    THOMPSON("thompson", "Thompson", "useThompson"),
    GRADIENT("gradient", "Gradient", "useGradient");

    /** Every policy, in order. */
    public static final List<PolicyKind> ALL = List.of(values());

    private final String id;
    private final String label;
    private final String flag;

    PolicyKind(String id, String label, String flag) {
        this.id = id;
        this.label = label;
        this.flag = flag;
    }

    /** The id in metric names: {@code regret_ucb1}. */
    public String id() { return id; }

    /** The name a learner reads: "UCB1". */
    public String label() { return label; }

    /** The flag that switches it on: {@code useUcb1}. */
    public String flag() { return flag; }

    /** Whether the policy keeps value estimates (all but the gradient bandit, which keeps preferences). */
    public boolean estimatesValues() { return this != GRADIENT; }
}
