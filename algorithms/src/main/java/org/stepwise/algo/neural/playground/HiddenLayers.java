package org.stepwise.algo.neural.playground;

import java.util.Arrays;

/**
 * The playground's hidden layers as the {@code hidden} parameter spells them — neuron counts per
 * layer, comma-separated ("4,6,2"), with {@code none}, {@code 0} or nothing for no hidden layer (a
 * linear model) — and the changes the diagram's − and + make to them. The bounds are TensorFlow
 * Playground's ({@code tensorflow/playground}, {@code src/playground.ts}: at most 6 hidden layers,
 * 1 to 8 neurons each, a new layer starting with 2 neurons and added after the last), so its
 * heaviest network (six layers of 8) is the largest here too. The one check of the text is
 * {@link #problem}: the parameter declaration, the command line and sessions all go through it.
 */
public final class HiddenLayers {

    /** The most hidden layers (TensorFlow Playground's 6). */
    public static final int MOST_LAYERS = 6;
    /** The most neurons in a hidden layer (TensorFlow Playground's 8). */
    public static final int MOST_NEURONS = 8;
    /** The neurons of a layer the + adds (TensorFlow Playground's 2). */
    public static final int NEW_LAYER_NEURONS = 2;
    /** How the parameter spells no hidden layer. */
    public static final String NONE = "none";

    private HiddenLayers() {
    }

    /**
     * Why {@code text} is not a hidden layout, in one sentence that names the layer at fault; null
     * when it is one.
     */
    public static String problem(String text) {
        if (isNone(text)) {
            return null;
        }
        String[] counts = text.split(",", -1);
        if (counts.length > MOST_LAYERS) {
            return "It has " + counts.length + " hidden layers; at most " + MOST_LAYERS + " are allowed.";
        }
        for (int l = 0; l < counts.length; l++) {
            String count = counts[l].trim();
            String layer = "Hidden layer " + (l + 1);
            if (count.isEmpty()) {
                return layer + " has no count between its commas.";
            }
            if (!count.matches("[+-]?\\d{1,9}")) {
                return layer + " is '" + count + "', which is not a whole number of neurons.";
            }
            int neurons = Integer.parseInt(count);
            if (neurons == 0) {
                return layer + " has 0 neurons; each layer needs 1 to " + MOST_NEURONS
                        + " (leave the layer out instead, or write none for no hidden layer).";
            }
            if (neurons < 0 || neurons > MOST_NEURONS) {
                return layer + " has " + neurons + " neurons; each layer takes 1 to " + MOST_NEURONS + ".";
            }
        }
        return null;
    }

    /**
     * The neuron counts of a layout ("8,8" → [8, 8]; none, 0 or nothing → []).
     *
     * @throws IllegalArgumentException with {@link #problem}'s sentence when it is not a layout
     */
    public static int[] widths(String text) {
        String why = problem(text);
        if (why != null) {
            throw new IllegalArgumentException(why);
        }
        if (isNone(text)) {
            return new int[0];
        }
        return Arrays.stream(text.split(",")).mapToInt(count -> Integer.parseInt(count.trim())).toArray();
    }

    /** The parameter's text for these counts: "4,6,2", or none for no hidden layer. */
    public static String text(int[] widths) {
        if (widths.length == 0) {
            return NONE;
        }
        StringBuilder text = new StringBuilder();
        for (int l = 0; l < widths.length; l++) {
            text.append(l > 0 ? "," : "").append(widths[l]);
        }
        return text.toString();
    }

    /** Whether the layers' + may add one more. */
    public static boolean canAddLayer(int[] widths) { return widths.length < MOST_LAYERS; }

    /** Whether the layers' − may remove one. */
    public static boolean canRemoveLayer(int[] widths) { return widths.length > 0; }

    /** Whether layer {@code layer} (0 for the first hidden layer) may grow by {@code change} neurons. */
    public static boolean canResize(int[] widths, int layer, int change) {
        int neurons = widths[layer] + change;
        return neurons >= 1 && neurons <= MOST_NEURONS;
    }

    /** The layout with a layer of {@value #NEW_LAYER_NEURONS} neurons after the last, as TensorFlow Playground's +. */
    public static int[] withLayerAdded(int[] widths) {
        if (!canAddLayer(widths)) {
            throw new IllegalArgumentException("There are already " + MOST_LAYERS + " hidden layers, the most allowed.");
        }
        int[] more = Arrays.copyOf(widths, widths.length + 1);
        more[widths.length] = NEW_LAYER_NEURONS;
        return more;
    }

    /** The layout without its last hidden layer, as TensorFlow Playground's −. */
    public static int[] withLastLayerRemoved(int[] widths) {
        if (!canRemoveLayer(widths)) {
            throw new IllegalArgumentException("There is no hidden layer to remove.");
        }
        return Arrays.copyOf(widths, widths.length - 1);
    }

    /** The layout with {@code change} more (or fewer) neurons in hidden layer {@code layer} (0 for the first). */
    public static int[] withResized(int[] widths, int layer, int change) {
        if (!canResize(widths, layer, change)) {
            throw new IllegalArgumentException("Hidden layer " + (layer + 1) + " takes 1 to " + MOST_NEURONS
                    + " neurons; it has " + widths[layer] + ".");
        }
        int[] resized = widths.clone();
        resized[layer] += change;
        return resized;
    }

    private static boolean isNone(String text) {
        String trimmed = text.trim();
        return trimmed.isEmpty() || trimmed.equals(NONE) || trimmed.equals("0");
    }
}
