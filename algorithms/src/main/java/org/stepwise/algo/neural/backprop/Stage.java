package org.stepwise.algo.neural.backprop;

/**
 * One stage of a round of backpropagation on one example, the unit a step reveals: a node's
 * forward value, the loss, a node's local gradient δ, a weight's gradient, or the update.
 * {@code layer} counts layers of nodes (0 the inputs); {@code from} and {@code to} name a
 * weight's ends, {@code node} a node of {@code layer} (-1 where they do not apply).
 */
public record Stage(Kind kind, int layer, int from, int node) {

    /** What a stage computes, in the order a round runs them. */
    public enum Kind {
        /** z = Σ w a + b and a = f(z) of one node. */
        FORWARD,
        /** the loss of the output against the target. */
        LOSS,
        /** δ = ∂L/∂z of one node (and so ∂L/∂b = δ). */
        BACKWARD,
        /** ∂L/∂w of one weight. */
        GRADIENT,
        /** w ← w − η ∂L/∂w for every weight and bias. */
        UPDATE
    }

    static Stage forward(int layer, int node) { return new Stage(Kind.FORWARD, layer, -1, node); }

    static Stage loss() { return new Stage(Kind.LOSS, -1, -1, -1); }

    static Stage backward(int layer, int node) { return new Stage(Kind.BACKWARD, layer, -1, node); }

    static Stage gradient(int layer, int from, int to) { return new Stage(Kind.GRADIENT, layer, from, to); }

    static Stage update() { return new Stage(Kind.UPDATE, -1, -1, -1); }
}
