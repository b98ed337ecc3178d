package org.stepwise.algo.neural;

/** The sentences a layer refuses bad sizes with (the caller's fault: {@link IllegalArgumentException}). */
final class LayerChecks {

    private LayerChecks() {
    }

    /** Refuses a width below one, naming the layer: "Dense needs at least one output neuron; got 0". */
    static int positive(int width, String layer, String what) {
        if (width < 1) {
            throw new IllegalArgumentException(layer + " needs at least one " + what + "; got " + width);
        }
        return width;
    }

    /** Refuses a probability-like rate outside [0, 1). */
    static double rate(double rate, String layer) {
        if (!(rate >= 0 && rate < 1)) {
            throw new IllegalArgumentException(layer + " rate must be at least 0 and below 1; got " + rate);
        }
        return rate;
    }
}
