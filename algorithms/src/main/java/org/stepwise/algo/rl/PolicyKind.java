package org.stepwise.algo.rl;

import java.util.List;

/** The bandit policies, in the order they are drawn, listed, charted and coloured. */
public enum PolicyKind {
    EPSILON_GREEDY("epsilon_greedy", "ε-greedy"),
    UCB1("ucb1", "UCB1"),
    THOMPSON("thompson", "Thompson"),
    GRADIENT("gradient", "Gradient");

    /** Every policy, in order. */
    public static final List<PolicyKind> ALL = List.of(values());

    private final String id;
    private final String label;

    PolicyKind(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** Every id, comma-separated: the {@code policies} parameter's default. */
    public static String allIds() {
        return String.join(",", ALL.stream().map(PolicyKind::id).toList());
    }

    /**
     * The policies a {@code policies} value names (ids separated by commas, spaces allowed), in
     * their own order whatever the text's.
     *
     * @throws IllegalArgumentException with {@link #problem}'s sentence when it names none, an
     *                                  unknown policy or one twice
     */
    public static List<PolicyKind> parse(String text) {
        String problem = problem(text);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        List<String> ids = ids(text);
        return ALL.stream().filter(kind -> ids.contains(kind.id)).toList();
    }

    /** Why {@code text} names no set of policies, in a sentence; null when it does. */
    public static String problem(String text) {
        List<String> ids = ids(text);
        if (ids.isEmpty()) {
            return "Name at least one policy to play, from " + allIds() + ".";
        }
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (ALL.stream().noneMatch(kind -> kind.id.equals(id))) {
                return "'" + id + "' is no policy; the policies are " + allIds() + ".";
            }
            if (ids.subList(0, i).contains(id)) {
                return "'" + id + "' is named twice in the policies.";
            }
        }
        return null;
    }

    private static List<String> ids(String text) {
        return java.util.Arrays.stream(text.split(",")).map(String::strip).filter(id -> !id.isEmpty())
                .map(id -> id.toLowerCase(java.util.Locale.ROOT).replace('-', '_')).toList();
    }

    /** The id in metric names: {@code regret_ucb1}. */
    public String id() { return id; }

    /** The name a learner reads: "UCB1". */
    public String label() { return label; }

    /** Whether the policy keeps value estimates (all but the gradient bandit, which keeps preferences). */
    public boolean estimatesValues() { return this != GRADIENT; }
}
