package org.stepwise.algo.neural.backprop;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What stays the same through a backprop run, shared by its snapshots: the layer widths (inputs,
 * hidden layers, outputs), the example, the labels the narration uses, the learning rate, the
 * number of rounds, and the order of a round's stages: each node forward (layer by layer), the
 * loss, each node's δ from the output back, each weight's gradient from the output layer back,
 * then the update.
 */
record BackpropRun(int[] widths, BackpropExample example, String activationLabel, String outputLabel,
                   String lossFormula, double learningRate, int rounds, boolean mazurWeights,
                   List<Stage> stages, Map<Stage, Integer> order) {

    private static final String SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉";

    static BackpropRun of(int[] widths, BackpropExample example, String activationLabel, String outputLabel,
                          String lossFormula, double learningRate, int rounds, boolean mazurWeights) {
        List<Stage> stages = new ArrayList<>();
        int depth = widths.length - 1;
        for (int l = 1; l <= depth; l++) {
            for (int j = 0; j < widths[l]; j++) {
                stages.add(Stage.forward(l, j));
            }
        }
        stages.add(Stage.loss());
        for (int l = depth; l >= 1; l--) {
            for (int j = 0; j < widths[l]; j++) {
                stages.add(Stage.backward(l, j));
            }
        }
        for (int l = depth; l >= 1; l--) {
            for (int i = 0; i < widths[l - 1]; i++) {
                for (int j = 0; j < widths[l]; j++) {
                    stages.add(Stage.gradient(l, i, j));
                }
            }
        }
        stages.add(Stage.update());
        Map<Stage, Integer> order = new HashMap<>();
        for (int s = 0; s < stages.size(); s++) {
            order.put(stages.get(s), s);
        }
        return new BackpropRun(widths.clone(), example, activationLabel, outputLabel, lossFormula, learningRate,
                rounds, mazurWeights, List.copyOf(stages), Map.copyOf(order));
    }

    int depth() { return widths.length - 1; }

    /** Stages in one round. */
    int perRound() { return stages.size(); }

    /**
     * A node's name: x₁, x₂, x₃ for the inputs, o₁, o₂ for the outputs, h₁ … for the first hidden
     * layer and g₁ … for the second (as Mazur's i, h, o).
     */
    String nodeName(int layer, int node) {
        String letter = layer == 0 ? "x" : layer == depth() ? "o" : layer == 1 ? "h" : "g";
        return letter + SUBSCRIPTS.charAt(node + 1);
    }

    /** A weight's name, from its two ends: w(h₁→o₁). */
    String weightName(int layer, int from, int to) {
        return "w(" + nodeName(layer - 1, from) + "→" + nodeName(layer, to) + ")";
    }
}
