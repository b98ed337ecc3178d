package org.stepwise.viz.lessons.neural;

import java.util.Locale;
import org.stepwise.algo.neural.playground.PlaygroundSnapshot;
import org.stepwise.viz.view.NetworkPicture;

/** A playground snapshot as the network diagram reads it, with a weight's last update in words and numbers. */
record PlaygroundPicture(PlaygroundSnapshot snapshot) implements NetworkPicture {

    @Override
    public int[] widths() { return snapshot.widths(); }

    @Override
    public String nodeLabel(int layer, int node) {
        return layer == 0 ? snapshot.featureLabels().get(node) : "";
    }

    @Override
    public double weight(int layer, int from, int to) { return snapshot.weight(layer, from, to); }

    @Override
    public double bias(int layer, int node) { return snapshot.bias(layer, node); }

    @Override
    public void nodeOutputs(double[] xs, double[] ys, int count, double[][] out) {
        snapshot.nodeOutputs(xs, ys, count, out);
    }

    @Override
    public String weightStory(int layer, int from, int to) {
        String name = String.format(Locale.ROOT, "w from %s to neuron %d of %s", source(layer, from), to + 1,
                layer == widths().length - 1 ? "the output" : "layer " + layer);
        if (snapshot.step() == 0) {
            return name + " = " + number(weight(layer, from, to)) + ", drawn at random; no update yet.";
        }
        double before = snapshot.weightBefore(layer, from, to);
        double gradient = snapshot.weightGradient(layer, from, to);
        double after = weight(layer, from, to);
        String rule = snapshot.plainGradientDescent()
                ? String.format(Locale.ROOT, "w ← w − η·∂L/∂w = %s − %s × (%s) = %s", number(before),
                        number(snapshot.learningRate()), number(gradient), number(after))
                : String.format(Locale.ROOT, "%s turned it into a step of %s: %s → %s", snapshot.optimizer(),
                        signed(after - before), number(before), number(after));
        String which = snapshot.midEpoch()
                ? String.format(Locale.ROOT, "update of batch %d of epoch %d", snapshot.nextBatch() - 1,
                        snapshot.epoch() + 1)
                : "last update of epoch " + snapshot.epoch() + " (its last batch)";
        return name + ", " + which + ":\n"
                + "∂L/∂w = " + number(gradient) + "\n" + rule;
    }

    private String source(int layer, int from) {
        return layer == 1 ? snapshot.featureLabels().get(from) : "neuron " + (from + 1) + " of layer " + (layer - 1);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.5g", value);
    }

    private static String signed(double value) {
        return (value >= 0 ? "+" : "") + number(value);
    }
}
