package org.stepwise.algo.svm;

import java.util.List;
import java.util.Locale;

/**
 * A kernel as LIBSVM 3.x computes it in scikit-learn 1.2.1's dense build
 * ({@code sklearn/svm/src/libsvm/svm.cpp}, {@code Kernel::kernel_*} while training,
 * {@code Kernel::k_function} while predicting): linear ⟨x, x'⟩, polynomial (γ⟨x, x'⟩ + r)^d,
 * RBF exp(−γ‖x − x'‖²) and sigmoid tanh(γ⟨x, x'⟩ + r). While training, LIBSVM writes the RBF's
 * squared distance as ‖x‖² + ‖x'‖² − 2⟨x, x'⟩ (the squared norms computed once); while predicting
 * as the sum of squared differences: both are kept, so the numbers are LIBSVM's to the last bit.
 *
 *
 * <p>Its parameters: the type (one of {@link #NAMES}), γ resolved (never "scale" or "auto"), the
 * polynomial's degree d and the constant r ({@code coef0}) of the polynomial and the sigmoid.
 */
public final class SvmKernel {

    public static final List<String> NAMES = List.of("linear", "poly", "rbf", "sigmoid");
    private static final int LINEAR = 0;
    private static final int POLY = 1;
    private static final int RBF = 2;

    private final String type;
    /** The type's index in {@link #NAMES}: a kernel is evaluated millions of times, a string compared never. */
    private final int kind;
    private final double gamma;
    private final int degree;
    private final double coef0;

    public SvmKernel(String type, double gamma, int degree, double coef0) {
        if (!NAMES.contains(type)) {
            throw new IllegalArgumentException("no kernel '" + type + "'; the kernels are " + NAMES);
        }
        this.type = type;
        this.kind = NAMES.indexOf(type);
        this.gamma = gamma;
        this.degree = degree;
        this.coef0 = coef0;
    }

    public String type() { return type; }

    public double gamma() { return gamma; }

    public int degree() { return degree; }

    public double coef0() { return coef0; }

    /** k(a, b) of the rows a[ai ..] and b[bi ..] of d features, as LIBSVM predicts (k_function). */
    public double value(double[] a, int ai, double[] b, int bi, int d) {
        return switch (kind) {
            case LINEAR -> dot(a, ai, b, bi, d);
            case POLY -> powi(gamma * dot(a, ai, b, bi, d) + coef0, degree);
            case RBF -> Math.exp(-gamma * squaredDistance(a, ai, b, bi, d));
            default -> Math.tanh(gamma * dot(a, ai, b, bi, d) + coef0);
        };
    }

    /** k(a, (bx, by)) of the row a[ai ..] of two features and the point (bx, by): a plot's pixel, without an array. */
    public double value(double[] a, int ai, double bx, double by) {
        return switch (kind) {
            case LINEAR -> a[ai] * bx + a[ai + 1] * by;
            case POLY -> powi(gamma * (a[ai] * bx + a[ai + 1] * by) + coef0, degree);
            case RBF -> {
                double dx = a[ai] - bx;
                double dy = a[ai + 1] - by;
                yield Math.exp(-gamma * (dx * dx + dy * dy));
            }
            default -> Math.tanh(gamma * (a[ai] * bx + a[ai + 1] * by) + coef0);
        };
    }

    /**
     * k(x_i, x_j) of two training rows as LIBSVM's training kernels compute it; {@code squares}
     * holds each row's ⟨x, x⟩ (used by the RBF).
     */
    double training(double[] x, int i, int j, int d, double[] squares) {
        if (kind == RBF) {
            return Math.exp(-gamma * (squares[i] + squares[j] - 2 * dot(x, i * d, x, j * d, d)));
        }
        return value(x, i * d, x, j * d, d);
    }

    /** Row i of the training kernel, k(x_i, x_j) for every row j, in single precision (LIBSVM's Qfloat). */
    void trainingRow(double[] x, int i, int rows, int d, double[] squares, float[] out) {
        if (kind == RBF) {
            // The loop the training time is spent in: no per-element dispatch.
            double si = squares[i];
            int at = i * d;
            for (int j = 0; j < rows; j++) {
                out[j] = (float) Math.exp(-gamma * (si + squares[j] - 2 * dot(x, at, x, j * d, d)));
            }
            return;
        }
        for (int j = 0; j < rows; j++) {
            out[j] = (float) value(x, i * d, x, j * d, d);
        }
    }

    /** The kernel as the narration and the card write it. */
    public String formula() {
        return switch (kind) {
            case LINEAR -> "⟨x, x'⟩";
            case POLY -> String.format(Locale.ROOT, "(%.4g⟨x, x'⟩ + %.4g)^%d", gamma, coef0, degree);
            case RBF -> String.format(Locale.ROOT, "exp(−%.4g‖x − x'‖²)", gamma);
            default -> String.format(Locale.ROOT, "tanh(%.4g⟨x, x'⟩ + %.4g)", gamma, coef0);
        };
    }

    static double dot(double[] a, int ai, double[] b, int bi, int d) {
        double sum = 0;
        for (int k = 0; k < d; k++) {
            sum += a[ai + k] * b[bi + k];
        }
        return sum;
    }

    private static double squaredDistance(double[] a, int ai, double[] b, int bi, int d) {
        double sum = 0;
        for (int k = 0; k < d; k++) {
            double diff = a[ai + k] - b[bi + k];
            sum += diff * diff;
        }
        return sum;
    }

    /** LIBSVM's powi: base^times by repeated squaring (its rounding, not Math.pow's). */
    static double powi(double base, int times) {
        double tmp = base;
        double result = 1.0;
        for (int t = times; t > 0; t /= 2) {
            if (t % 2 == 1) {
                result *= tmp;
            }
            tmp = tmp * tmp;
        }
        return result;
    }
}
