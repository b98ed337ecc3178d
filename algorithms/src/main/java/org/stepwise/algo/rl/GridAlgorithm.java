package org.stepwise.algo.rl;

import java.util.Arrays;
import java.util.List;

/** The grid world's algorithms, by the words of the {@code algorithm} parameter. */
public enum GridAlgorithm {
    /** Sutton and Barto §4.4: one sweep of V(s) ← max_a Σ p(s', r|s, a)[r + γV(s')]. */
    VALUE_ITERATION("value-iteration", "Value iteration", true),
    /** §4.3: policy evaluation sweeps (§4.1) until they settle, then greedy improvement (§4.2). */
    POLICY_ITERATION("policy-iteration", "Policy iteration", true),
    /** §6.5: off-policy TD control, Q ← Q + α[r + γ max_a' Q(s', a') − Q]. */
    Q_LEARNING("q-learning", "Q-learning", false),
    /** §6.4: on-policy TD control, Q ← Q + α[r + γ Q(s', a') − Q] with a' the action taken next. */
    SARSA("sarsa", "SARSA", false),
    /** §5.3–5.4: every-visit Monte Carlo control of an ε-soft policy, Q the average of the returns seen. */
    MONTE_CARLO("monte-carlo", "Monte Carlo", false);

    private final String id;
    private final String label;
    private final boolean planning;

    GridAlgorithm(String id, String label, boolean planning) {
        this.id = id;
        this.label = label;
        this.planning = planning;
    }

    /** The parameter's word. */
    public String id() { return id; }

    /** The sheet's label. */
    public String label() { return label; }

    /** Whether it plans with the model (dynamic programming) rather than learning from episodes. */
    public boolean planning() { return planning; }

    static List<String> ids() { return Arrays.stream(values()).map(GridAlgorithm::id).toList(); }

    static GridAlgorithm of(String id) {
        return Arrays.stream(values()).filter(a -> a.id.equals(id)).findFirst().orElseThrow();
    }
}
