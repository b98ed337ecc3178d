package org.stepwise.viz.view;

import java.util.List;

/**
 * What a {@link NetworkValuesView} draws: a small feed-forward network (layer 0 the inputs) with
 * the numbers computed on it so far — lines of text in each node (a value, z and a, δ), a text on
 * each edge (the weight, its gradient), which node or edge the last step computed, and a few lines
 * beneath for a chosen weight. Implementations are immutable (a snapshot behind an adapter).
 */
public interface NetworkValues {

    /** The number of nodes in each layer, inputs first. */
    int[] widths();

    /** The node's name, written first and bold ("h₁"). */
    String nodeName(int layer, int node);

    /** The lines written in the node under its name; empty when nothing is known yet. */
    List<String> nodeLines(int layer, int node);

    /** The weight from node {@code from} of layer {@code layer − 1} to node {@code to} (its sign colours the edge). */
    double weight(int layer, int from, int to);

    /** The text on the edge, one plate a line ("0.4", then "0.4\n∂ 0.0822" once its gradient is known). */
    String edgeText(int layer, int from, int to);

    /** Whether the last step computed this node (drawn in the accent). */
    boolean isCurrentNode(int layer, int node);

    /** The weight the lines beneath are about when the learner has chosen none, as {layer, from, to}. */
    int[] highlighted();

    /** The lines beneath the diagram for weight (layer, from, to): a formula with its numbers. */
    List<String> weightLines(int layer, int from, int to);

    /** A short line above the weight's lines (the round and its loss); empty for none. */
    String corner();
}
