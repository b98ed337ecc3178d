package org.stepwise.algo.ensemble;

import java.util.function.Supplier;

/**
 * A grown forest's permutation importances, computed the first time they are asked for and kept:
 * the forest's last step (and a benchmark of its fit) does not pay for them, the view or
 * {@code run --json} that shows them does, once. Thread-safe.
 */
final class PermutationImportances {

    private final int features;
    private final Supplier<double[]> compute;
    private double[] values;

    PermutationImportances(int features, Supplier<double[]> compute) {
        this.features = features;
        this.compute = compute;
    }

    /** The importance of each feature (a copy), computed on the first call. */
    synchronized double[] values() {
        if (values == null) {
            values = compute.get();
            if (values.length != features) {
                throw new IllegalStateException("one importance per feature");
            }
        }
        return values.clone();
    }
}
