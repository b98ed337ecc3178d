package org.stepwise.algo.neural.playground;

import java.util.List;
import java.util.Locale;

/**
 * The input features the playground can feed its network, as TensorFlow Playground offers them:
 * x₁, x₂, x₁², x₂², x₁x₂, sin x₁, sin x₂, computed from the two columns of the plane. A named set
 * ({@code features} parameter) picks which, in this order.
 */
public enum FeatureMap {
    X1("x₁"), X2("x₂"), X1_SQUARED("x₁²"), X2_SQUARED("x₂²"), X1_X2("x₁x₂"), SIN_X1("sin x₁"), SIN_X2("sin x₂");

    /** The named sets of the {@code features} parameter, in the sheet's order. */
    static final List<String> SET_NAMES = List.of("plain", "squares", "quadratic", "sines", "all");

    private final String label;

    FeatureMap(String label) {
        this.label = label;
    }

    /** How the network diagram and narration name the feature. */
    public String label() { return label; }

    /** The feature's value at the point (a, b) of the plane. */
    public double value(double a, double b) {
        return switch (this) {
            case X1 -> a;
            case X2 -> b;
            case X1_SQUARED -> a * a;
            case X2_SQUARED -> b * b;
            case X1_X2 -> a * b;
            case SIN_X1 -> Math.sin(a);
            case SIN_X2 -> Math.sin(b);
        };
    }

    /** The features of a named set ({@link #SET_NAMES}). */
    static List<FeatureMap> set(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "plain" -> List.of(X1, X2);
            case "squares" -> List.of(X1_SQUARED, X2_SQUARED);
            case "quadratic" -> List.of(X1, X2, X1_SQUARED, X2_SQUARED, X1_X2);
            case "sines" -> List.of(X1, X2, SIN_X1, SIN_X2);
            case "all" -> List.of(values());
            default -> throw new IllegalArgumentException("There is no feature set '" + name + "'; they are: "
                    + String.join(", ", SET_NAMES) + ".");
        };
    }

    /**
     * Writes the features of {@code count} points of the plane (a[i], b[i]) row-major into {@code out}
     * ({@code features.size()} values a row), each coordinate first standardized as
     * ((a − centre[0]) / spread[0], (b − centre[1]) / spread[1]) — centre 0 and spread 1 leave it
     * as it is. Modified: out.
     */
    static void expand(List<FeatureMap> features, double[] centre, double[] spread, double[] a, double[] b,
                       int count, double[] out) {
        int width = features.size();
        for (int i = 0; i < count; i++) {
            double u = (a[i] - centre[0]) / spread[0];
            double v = (b[i] - centre[1]) / spread[1];
            for (int f = 0; f < width; f++) {
                out[i * width + f] = features.get(f).value(u, v);
            }
        }
    }
}
