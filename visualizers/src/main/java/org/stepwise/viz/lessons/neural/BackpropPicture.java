package org.stepwise.viz.lessons.neural;

import java.util.ArrayList;
import java.util.List;
import org.stepwise.algo.neural.backprop.BackpropNarration;
import org.stepwise.algo.neural.backprop.BackpropSnapshot;
import org.stepwise.algo.neural.backprop.Stage;
import org.stepwise.viz.view.NetworkValues;

/** A backprop snapshot as the network-with-numbers view reads it: only what has been computed so far. */
final class BackpropPicture implements NetworkValues {

    private final BackpropSnapshot s;

    BackpropPicture(BackpropSnapshot snapshot) {
        this.s = snapshot;
    }

    private static String n(double value) { return BackpropNarration.number(value, 4); }

    @Override
    public int[] widths() { return s.widths(); }

    @Override
    public String nodeName(int layer, int node) { return s.nodeName(layer, node); }

    @Override
    public List<String> nodeLines(int layer, int node) {
        List<String> lines = new ArrayList<>();
        if (layer == 0) {
            lines.add(n(s.a(0, node)));
            return lines;
        }
        if (s.forwardKnown(layer, node)) {
            lines.add("z " + n(s.z(layer, node)));
            lines.add("a " + n(s.a(layer, node)));
        }
        if (s.deltaKnown(layer, node)) {
            lines.add("δ " + n(s.delta(layer, node)));
        }
        if (layer == s.depth()) {
            lines.add("y " + n(s.target(node)));
        }
        return lines;
    }

    @Override
    public double weight(int layer, int from, int to) { return s.weight(layer, from, to); }

    @Override
    public String edgeText(int layer, int from, int to) {
        String weight = n(s.weight(layer, from, to));
        return s.gradientKnown(layer, from, to) ? weight + "\n∂ " + n(s.gradient(layer, from, to)) : weight;
    }

    @Override
    public boolean isCurrentNode(int layer, int node) {
        Stage stage = s.stage();
        return stage != null && (stage.kind() == Stage.Kind.FORWARD || stage.kind() == Stage.Kind.BACKWARD)
                && stage.layer() == layer && stage.node() == node;
    }

    @Override
    public int[] highlighted() { return s.highlighted(); }

    @Override
    public List<String> weightLines(int layer, int from, int to) { return List.of(s.chainRule(layer, from, to).split("\n")); }

    @Override
    public String corner() {
        String round = s.round() == 0 ? "before round 1" : "round " + s.round();
        return s.lossKnown() ? round + " · L = " + BackpropNarration.number(s.loss()) : round;
    }
}
