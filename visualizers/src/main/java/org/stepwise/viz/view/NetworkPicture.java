package org.stepwise.viz.view;

/**
 * What a {@link NetworkDiagramView} draws: a feed-forward network of layers of nodes (layer 0 the
 * inputs, the last the outputs) with a weight on every edge between neighbouring layers, a bias
 * on every node past the inputs, and each node's output as a function of a point of the plane.
 * Implementations are immutable (a lesson's snapshot behind a small adapter), so the thumbnails
 * may be computed off the FX thread.
 */
public interface NetworkPicture {

    /** The number of nodes in each layer, inputs first. */
    int[] widths();

    /** The name written beside node {@code node} of layer {@code layer} ("x₁²"; empty for none). */
    String nodeLabel(int layer, int node);

    /** The weight from node {@code from} of layer {@code layer − 1} to node {@code to} of layer {@code layer}. */
    double weight(int layer, int from, int to);

    /** The bias of node {@code node} of layer {@code layer} (1 or more). */
    double bias(int layer, int node);

    /**
     * Every node's output at {@code count} points of the plane (xs[i], ys[i]): {@code out[l]}
     * holds layer l's, row-major ({@code widths()[l]} values a point); the last layer's are
     * probabilities. Modified: out.
     */
    void nodeOutputs(double[] xs, double[] ys, int count, double[][] out);

    /**
     * The lines that explain one weight's last update with its numbers (its gradient, the rule,
     * the value before and after); shown when the learner clicks the edge.
     */
    String weightStory(int layer, int from, int to);
}
