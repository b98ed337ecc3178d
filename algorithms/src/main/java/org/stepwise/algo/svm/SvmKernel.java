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
 * @param type   one of {@link #NAMES}
 * @param gamma  γ, resolved (never "scale" or "auto")
 * @param degree d, the polynomial's
 * @param coef0  r, the polynomial's and the sigmoid's
 */
public record SvmKernel(String type, double gamma, int degree, double coef0) {

    public static final List<String> NAMES = List.of("linear", "poly", "rbf", "sigmoid");

    public SvmKernel {
        if (!NAMES.contains(type)) {
            throw new IllegalArgumentException("no kernel '" + type + "'; the kernels are " + NAMES);
        }
    }

    /** k(a, b) of the rows a[ai ..] and b[bi ..] of d features, as LIBSVM predicts (k_function). */
    public double value(double[] a, int ai, double[] b, int bi, int d) {
        return switch (type) {
            case "linear" -> dot(a, ai, b, bi, d);
            case "poly" -> powi(gamma * dot(a, ai, b, bi, d) + coef0, degree);
            case "rbf" -> Math.exp(-gamma * squaredDistance(a, ai, b, bi, d));
            default -> Math.tanh(gamma * dot(a, ai, b, bi, d) + coef0);
        };
    }

    /**
     * k(x_i, x_j) of two training rows as LIBSVM's training kernels compute it; {@code squares}
     * holds each row's ⟨x, x⟩ (used by the RBF).
     */
    double training(double[] x, int i, int j, int d, double[] squares) {
        if (type.equals("rbf")) {
            return Math.exp(-gamma * (squares[i] + squares[j] - 2 * dot(x, i * d, x, j * d, d)));
        }
        return value(x, i * d, x, j * d, d);
    }

    /** The kernel as the narration and the card write it. */
    public String formula() {
        return switch (type) {
            case "linear" -> "⟨x, x'⟩";
            case "poly" -> String.format(Locale.ROOT, "(%.4g⟨x, x'⟩ + %.4g)^%d", gamma, coef0, degree);
            case "rbf" -> String.format(Locale.ROOT, "exp(−%.4g‖x − x'‖²)", gamma);
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
