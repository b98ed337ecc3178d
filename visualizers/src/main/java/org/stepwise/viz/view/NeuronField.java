package org.stepwise.viz.view;

import org.stepwise.algo.ClassProbabilities;

/**
 * One node of a {@link NetworkPicture} as a boundary view's two-class field, so that any neuron
 * can be seen enlarged over the plane with its weights frozen: the node's output v, scaled as the
 * diagram scales its thumbnails (to [−1, 1], or by its largest magnitude when that is above 1; an
 * output probability p as 2p − 1), becomes P(class 1) = (1 + v)/2. The boundary view then paints
 * the node warm (class 1's colour) where it is positive, blue where negative, palest at 0, and
 * draws its zero line as the boundary — the line that neuron draws through the plane.
 * Immutable; several threads may evaluate it at once.
 */
public final class NeuronField implements ClassProbabilities {

    /** Samples per side of the grid that finds the node's largest magnitude. */
    private static final int SCALE_GRID = 48;

    private final NetworkPicture picture;
    private final int layer;
    private final int node;
    private final boolean probability;
    private final double largest;

    /**
     * Node {@code node} of {@code layer} over the box [xMin, xMax] × [yMin, yMax], the part of
     * the plane the diagram's thumbnails show (its largest magnitude is taken there).
     */
    public NeuronField(NetworkPicture picture, int layer, int node, double xMin, double xMax, double yMin,
                       double yMax) {
        int[] widths = picture.widths();
        if (layer < 0 || layer >= widths.length || node < 0 || node >= widths[layer]) {
            throw new IllegalArgumentException("there is no node " + node + " in layer " + layer);
        }
        this.picture = picture;
        this.layer = layer;
        this.node = node;
        this.probability = layer == widths.length - 1;
        int count = SCALE_GRID * SCALE_GRID;
        double[] xs = new double[count];
        double[] ys = new double[count];
        for (int j = 0; j < SCALE_GRID; j++) {
            for (int i = 0; i < SCALE_GRID; i++) {
                xs[j * SCALE_GRID + i] = xMin + (i + 0.5) * (xMax - xMin) / SCALE_GRID;
                ys[j * SCALE_GRID + i] = yMin + (j + 0.5) * (yMax - yMin) / SCALE_GRID;
            }
        }
        double[] values = outputs(xs, ys, count);
        double most = 1;
        for (double v : values) {
            most = Math.max(most, Math.abs(v));
        }
        this.largest = most;
    }

    @Override
    public int classCount() { return 2; }

    @Override
    public void predictProbabilities(double[] xs, double[] ys, int count, double[] out) {
        double[] values = outputs(xs, ys, count);
        for (int i = 0; i < count; i++) {
            double v = probability ? 2 * values[i] - 1 : values[i] / largest;
            double p = Double.isNaN(v) ? 0.5 : (1 + Math.max(-1, Math.min(1, v))) / 2;
            out[2 * i] = 1 - p;
            out[2 * i + 1] = p;
        }
    }

    /** The node's output at each point. */
    private double[] outputs(double[] xs, double[] ys, int count) {
        int[] widths = picture.widths();
        double[][] all = new double[widths.length][];
        for (int l = 0; l < widths.length; l++) {
            all[l] = new double[count * widths[l]];
        }
        picture.nodeOutputs(xs, ys, count, all);
        double[] values = new double[count];
        int width = widths[layer];
        for (int i = 0; i < count; i++) {
            values[i] = all[layer][i * width + node];
        }
        return values;
    }

    /** The node's layer (0 the inputs). */
    public int layer() { return layer; }

    /** The node's index in its layer. */
    public int node() { return node; }
}
