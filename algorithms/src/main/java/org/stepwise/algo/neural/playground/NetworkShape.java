package org.stepwise.algo.neural.playground;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.stepwise.algo.neural.Activation;
import org.stepwise.algo.neural.ActivationFunction;
import org.stepwise.algo.neural.BinaryCrossEntropy;
import org.stepwise.algo.neural.CategoricalCrossEntropy;
import org.stepwise.algo.neural.Dense;
import org.stepwise.algo.neural.Dropout;
import org.stepwise.algo.neural.Layer;
import org.stepwise.algo.neural.Penalty;
import org.stepwise.algo.neural.Sequential;
import org.stepwise.algo.neural.Softmax;

/**
 * The playground network's architecture: its input features, hidden widths and activation, and
 * its output as scikit-learn's {@code MLPClassifier} has it — one logistic output with binary
 * cross-entropy for two classes, a softmax over K outputs with categorical cross-entropy for more.
 * Dropout (when above 0) follows each hidden activation; it has no parameters, so every network
 * built here lays its parameters out alike: per dense layer W (inputs × outputs, row-major), then b.
 *
 * <p>The two columns of the plane are standardized before the features are computed, as
 * ((x − centre) / spread) per column: centre 0 and spread 1 when the input scaling is off, the
 * training rows' means and population standard deviations (scikit-learn's {@code StandardScaler})
 * when on. The scaling belongs to the network, so training rows, boundary pixels and the diagram's
 * heatmaps all pass through the same one. Public for the other lessons that train this network on
 * the plane (the learning-rate schedules).
 */
public record NetworkShape(List<FeatureMap> features, double[] centre, double[] spread, int[] hidden,
                    ActivationFunction activation, int classes, double dropout) {

    public NetworkShape {
        features = List.copyOf(features);
        centre = centre.clone();
        spread = spread.clone();
        hidden = hidden.clone();
    }

    /** Writes the input features of {@code count} points (a[i], b[i]) row-major into {@code out}. Modified: out. */
    public void inputs(double[] a, double[] b, int count, double[] out) {
        FeatureMap.expand(features, centre, spread, a, b, count, out);
    }

    /** The outputs: 1 (the probability of class 1) for two classes, else one per class. */
    public int outputs() { return classes == 2 ? 1 : classes; }

    /** The widths of every layer of nodes: inputs, each hidden layer, outputs. */
    public int[] widths() {
        int[] widths = new int[hidden.length + 2];
        widths[0] = features.size();
        System.arraycopy(hidden, 0, widths, 1, hidden.length);
        widths[widths.length - 1] = outputs();
        return widths;
    }

    /** The network to train, with its loss and penalty; dropout masks are drawn from {@code random}. */
    public Sequential training(Penalty penalty, RandomGenerator random) {
        return new Sequential(layers(hidden.length + 1, random), loss(), penalty);
    }

    /** The network without dropout (the same as in evaluation mode), for predictions from copied weights. */
    public Sequential evaluation() {
        return new Sequential(layers(hidden.length + 1, null), loss(), Penalty.none());
    }

    private List<Layer> layers(int depth, RandomGenerator random) {
        int[] widths = widths();
        List<Layer> layers = new ArrayList<>();
        for (int l = 1; l <= depth; l++) {
            layers.add(new Dense(widths[l - 1], widths[l]));
            boolean output = l == widths.length - 1;
            if (!output) {
                layers.add(new Activation(activation, widths[l]));
                if (random != null && dropout > 0) {
                    layers.add(new Dropout(widths[l], dropout, random));
                }
            } else if (classes == 2) {
                layers.add(new Activation(ActivationFunction.SIGMOID, 1));
            } else {
                layers.add(new Softmax(classes));
            }
        }
        return layers;
    }

    private org.stepwise.algo.neural.Loss loss() {
        return classes == 2 ? new BinaryCrossEntropy() : new CategoricalCrossEntropy();
    }

    /** Where the weight from node {@code from} of layer {@code layer − 1} to node {@code to} of layer {@code layer} lies. */
    int weightIndex(int layer, int from, int to) {
        int[] widths = widths();
        return layerStart(layer) + from * widths[layer] + to;
    }

    /** Where the bias of node {@code node} of layer {@code layer} (1 or more) lies. */
    int biasIndex(int layer, int node) {
        int[] widths = widths();
        return layerStart(layer) + widths[layer - 1] * widths[layer] + node;
    }

    /** Where dense layer {@code layer}'s W begins in the parameter buffer. */
    int layerStart(int layer) {
        int[] widths = widths();
        int at = 0;
        for (int l = 1; l < layer; l++) {
            at += widths[l - 1] * widths[l] + widths[l];
        }
        return at;
    }
}
