package org.stepwise.algo.density;

import java.util.Arrays;
import java.util.List;

/**
 * The six kernels of scikit-learn 1.2.1's {@code KernelDensity}, as functions of u = r / h (r the
 * Euclidean distance, h the bandwidth), with the normalisation its {@code _log_kernel_norm}
 * ({@code sklearn/neighbors/_binary_tree.pxi}) applies in d dimensions, so that
 * p(x) = (1/n) Σᵢ K(‖x − xᵢ‖ / h) / (C_d hᵈ):
 * <ul>
 * <li>gaussian exp(−u²/2), C = (2π)^(d/2);</li>
 * <li>tophat 1 for u &lt; 1 (strictly: a point at exactly r = h is not counted), C = V_d, the
 *     volume of the unit d-ball, V_d = π^(d/2) / Γ(d/2 + 1);</li>
 * <li>epanechnikov 1 − u², C = V_d · 2/(d + 2);</li>
 * <li>exponential exp(−u), C = S_(d−1) Γ(d), S_(d−1) = 2π V_(d−1) the area of the unit sphere;</li>
 * <li>linear 1 − u, C = V_d / (d + 1);</li>
 * <li>cosine cos(πu/2), C = S_(d−1) Σ_(k = 1, 3, …, ≤ d) t_k with t₁ = 2/π and
 *     t_(k+2) = −t_k (d − k)(d − k − 1)(2/π)², scikit-learn's chain-rule sum. It is the true
 *     integral in one dimension (4/π); in two it gives 4 where ∫ cos(πr/2) 2πr dr over the unit
 *     disc is 4 − 8/π, so scikit-learn's 2-D cosine density integrates to 1 − 2/π ≈ 0.363, not 1.
 *     The engine reproduces scikit-learn's numbers; the tests and the card say so.</li>
 * </ul>
 * Every kernel but the gaussian and the exponential is 0 from u = 1 on (compact support).
 */
public enum DensityKernel {
    GAUSSIAN("gaussian", false),
    EPANECHNIKOV("epanechnikov", true),
    TOPHAT("tophat", true),
    EXPONENTIAL("exponential", false),
    LINEAR("linear", true),
    COSINE("cosine", true);

    /** The parameter's words, in declaration order. */
    public static final List<String> NAMES = Arrays.stream(values()).map(DensityKernel::parameter).toList();

    private final String parameter;
    private final boolean compact;

    DensityKernel(String parameter, boolean compact) {
        this.parameter = parameter;
        this.compact = compact;
    }

    public static DensityKernel of(String parameter) {
        for (DensityKernel kernel : values()) {
            if (kernel.parameter.equals(parameter)) {
                return kernel;
            }
        }
        throw new IllegalArgumentException("no kernel '" + parameter + "'; the kernels are " + NAMES);
    }

    public String parameter() { return parameter; }

    /** Whether the kernel is 0 for u ≥ 1. */
    public boolean compact() { return compact; }

    /**
     * K(u) for u = r / h, given u²: the kernel's height at that distance (1 at u = 0). The
     * gaussian needs only u², the others take its root.
     */
    public double valueOfSquared(double u2) {
        if (compact && u2 >= 1) {
            return 0;
        }
        return switch (this) {
            case GAUSSIAN -> Math.exp(-0.5 * u2);
            case TOPHAT -> 1;
            case EPANECHNIKOV -> 1 - u2;
            case EXPONENTIAL -> Math.exp(-Math.sqrt(u2));
            case LINEAR -> 1 - Math.sqrt(u2);
            case COSINE -> Math.cos(0.5 * Math.PI * Math.sqrt(u2));
        };
    }

    /** log K(u) given u² (−∞ outside a compact kernel's support). */
    public double logValueOfSquared(double u2) {
        return switch (this) {
            case GAUSSIAN -> -0.5 * u2;
            case EXPONENTIAL -> -Math.sqrt(u2);
            default -> Math.log(valueOfSquared(u2));
        };
    }

    /** −log(C_d hᵈ): the log of the factor that makes K(‖x‖/h) a density over d dimensions. */
    public double logNormalisation(double h, int d) {
        double factor = switch (this) {
            case GAUSSIAN -> 0.5 * d * Math.log(2 * Math.PI);
            case TOPHAT -> logUnitBallVolume(d);
            case EPANECHNIKOV -> logUnitBallVolume(d) + Math.log(2.0 / (d + 2));
            case EXPONENTIAL -> logUnitSphereArea(d - 1) + logGamma(d);
            case LINEAR -> logUnitBallVolume(d) - Math.log(d + 1.0);
            case COSINE -> Math.log(cosineChainSum(d)) + logUnitSphereArea(d - 1);
        };
        return -factor - d * Math.log(h);
    }

    /** scikit-learn's sum for the cosine kernel's norm (see the class comment). */
    private static double cosineChainSum(int d) {
        double sum = 0;
        double term = 2 / Math.PI;
        for (int k = 1; k <= d; k += 2) {
            sum += term;
            term *= -(d - k) * (d - k - 1) * (2 / Math.PI) * (2 / Math.PI);
        }
        return sum;
    }

    /** log V_n = (n/2) log π − log Γ(n/2 + 1), for n ≥ −1 (scikit-learn's {@code logVn}). */
    static double logUnitBallVolume(int n) {
        return 0.5 * n * Math.log(Math.PI) - logGamma(0.5 * n + 1);
    }

    /** log S_n = log 2π + log V_(n−1) (scikit-learn's {@code logSn}). */
    static double logUnitSphereArea(int n) {
        return Math.log(2 * Math.PI) + logUnitBallVolume(n - 1);
    }

    /**
     * log Γ(x) for the half-integers and integers x ≥ 1/2 these norms need, exactly from
     * Γ(1) = 1, Γ(1/2) = √π and Γ(x + 1) = x Γ(x).
     */
    static double logGamma(double x) {
        double twice = 2 * x;
        if (twice != Math.rint(twice) || x < 0.5) {
            throw new IllegalArgumentException("log Γ is needed only at half-integers ≥ 1/2; got " + x);
        }
        double log = twice % 2 == 0 ? 0 : 0.5 * Math.log(Math.PI);
        for (double y = twice % 2 == 0 ? 1 : 0.5; y < x; y++) {
            log += Math.log(y);
        }
        return log;
    }
}
