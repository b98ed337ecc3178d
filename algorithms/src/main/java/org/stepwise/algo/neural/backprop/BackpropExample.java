package org.stepwise.algo.neural.backprop;

/**
 * The one training example a round learns from: its inputs and its targets (one per output node).
 * {@code mazur} is Matt Mazur's, "A Step by Step Backpropagation Example" (2015): x = (0.05, 0.10),
 * targets (0.01, 0.99).
 */
record BackpropExample(double[] x, double[] target) {

    static final double[] MAZUR_X = {0.05, 0.10};
    static final double[] MAZUR_TARGET = {0.01, 0.99};
    /**
     * Mazur's starting weights in the module's layout (per dense layer W inputs × outputs
     * row-major, then b): w1 = 0.15 (i1 → h1), w2 = 0.20 (i2 → h1), w3 = 0.25 (i1 → h2),
     * w4 = 0.30, b1 = 0.35 for both hidden nodes; w5 = 0.40 (h1 → o1), w6 = 0.45, w7 = 0.50,
     * w8 = 0.55, b2 = 0.60 for both outputs.
     */
    static final double[] MAZUR_WEIGHTS = {
            0.15, 0.25, 0.20, 0.30, 0.35, 0.35,
            0.40, 0.50, 0.45, 0.55, 0.60, 0.60};

    BackpropExample {
        x = x.clone();
        target = target.clone();
    }
}
