package org.stepwise.algo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Named numbers of a snapshot, in insertion order: scalars (loss, accuracy, inertia) that
 * the live chart plots, and vectors or matrices (coefficients) that {@code run --json}
 * prints. Names follow scikit-learn's attribute names without the trailing underscore
 * ({@code coef}, {@code intercept}, {@code n_iter}) where one exists.
 */
public final class Metrics {

    private static final Metrics EMPTY = new Metrics(new LinkedHashMap<>());

    private final Map<String, Object> values;

    private Metrics(LinkedHashMap<String, Object> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    public static Metrics empty() { return EMPTY; }

    public static Builder builder() { return new Builder(); }

    /**
     * Every value: a {@link Double}, a {@link Long} (a count, such as {@code n_iter}), a
     * {@code double[]} or a {@code double[][]} (copies).
     */
    public Map<String, Object> values() {
        Map<String, Object> copy = new LinkedHashMap<>();
        values.forEach((name, value) -> copy.put(name, copyOf(value)));
        return copy;
    }

    /** The scalar metrics only (counts among them, as numbers), in order. */
    public Map<String, Double> scalars() {
        Map<String, Double> scalars = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (value instanceof Number n) {
                scalars.put(name, n.doubleValue());
            }
        });
        return scalars;
    }

    /** A scalar (or a count) by name, or NaN when there is none. */
    public double scalar(String name) {
        return values.get(name) instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    public boolean has(String name) { return values.containsKey(name); }

    private static Object copyOf(Object value) {
        if (value instanceof double[] vector) {
            return vector.clone();
        }
        if (value instanceof double[][] matrix) {
            double[][] copy = new double[matrix.length][];
            for (int i = 0; i < matrix.length; i++) {
                copy[i] = matrix[i].clone();
            }
            return copy;
        }
        return value;
    }

    @Override
    public String toString() { return values.keySet().toString(); }

    /** Collects values; each array is copied when added. */
    public static final class Builder {
        private final LinkedHashMap<String, Object> values = new LinkedHashMap<>();

        public Builder scalar(String name, double value) {
            values.put(name, value);
            return this;
        }

        /**
         * A whole number of things (iterations, support vectors, mistakes): kept as a
         * {@link Long}, so {@code run} prints 2000 where a scalar would print 2000.0.
         */
        public Builder count(String name, long value) {
            values.put(name, value);
            return this;
        }

        public Builder vector(String name, double[] value) {
            values.put(name, value.clone());
            return this;
        }

        public Builder matrix(String name, double[][] value) {
            values.put(name, copyOf(value));
            return this;
        }

        public Metrics build() { return new Metrics(new LinkedHashMap<>(values)); }
    }
}
