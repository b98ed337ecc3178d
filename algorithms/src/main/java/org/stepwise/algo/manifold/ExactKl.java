package org.stepwise.algo.manifold;

import java.util.stream.IntStream;

/**
 * The exact t-SNE gradient, O(n²) per evaluation, as scikit-learn 1.2.1's {@code _kl_divergence}
 * ({@code sklearn/manifold/_t_sne.py}) with one degree of freedom: the Student-t kernel
 * wᵢⱼ = (1 + ‖yᵢ − yⱼ‖²)⁻¹, qᵢⱼ = max(wᵢⱼ / Σₖ≠ₗ wₖₗ, ε), KL = Σᵢ≠ⱼ pᵢⱼ ln(max(pᵢⱼ, ε) / qᵢⱼ) and
 * ∂KL/∂yᵢ = 4 Σⱼ (pᵢⱼ − qᵢⱼ) wᵢⱼ (yᵢ − yⱼ) (van der Maaten &amp; Hinton 2008, eq. 5). Rows are
 * shared between the two cores; each row's sums run in column order.
 */
final class ExactKl implements KlObjective {

    private static final int CHUNKS = 4;
    private final double[] joint;
    private final int n;
    private final double[] chunkSums = new double[CHUNKS];
    private final double[] chunkErrors = new double[CHUNKS];

    /** @param joint the square joint probabilities, n × n, row-major */
    ExactKl(double[] joint, int n) {
        this.joint = joint;
        this.n = n;
    }

    @Override
    public double evaluate(double[] y, double exaggeration, double[] gradient) {
        IntStream.range(0, CHUNKS).parallel().forEach(c -> chunkSums[c] = kernelSum(y, c));
        double half = 0;
        for (double s : chunkSums) {
            half += s;
        }
        double total = 2 * half;
        IntStream.range(0, CHUNKS).parallel().forEach(c -> chunkErrors[c] = rows(y, exaggeration, total, gradient, c));
        double error = 0;
        for (double e : chunkErrors) {
            error += e;
        }
        return error;
    }

    /** Σ over pairs i &lt; j of wᵢⱼ, for the rows of one chunk. */
    private double kernelSum(double[] y, int chunk) {
        double sum = 0;
        for (int i = chunk; i < n; i += CHUNKS) {
            double xi = y[2 * i];
            double yi = y[2 * i + 1];
            for (int j = i + 1; j < n; j++) {
                double dx = xi - y[2 * j];
                double dy = yi - y[2 * j + 1];
                sum += 1.0 / (1.0 + dx * dx + dy * dy);
            }
        }
        return sum;
    }

    /** The gradient of one chunk's rows; returns their share of KL (pairs j &gt; i counted twice). */
    private double rows(double[] y, double exaggeration, double total, double[] gradient, int chunk) {
        double error = 0;
        for (int i = chunk; i < n; i += CHUNKS) {
            double xi = y[2 * i];
            double yi = y[2 * i + 1];
            double gx = 0;
            double gy = 0;
            for (int j = 0; j < n; j++) {
                if (j == i) {
                    continue;
                }
                double dx = xi - y[2 * j];
                double dy = yi - y[2 * j + 1];
                double w = 1.0 / (1.0 + dx * dx + dy * dy);
                double q = Math.max(w / total, TsneAffinities.MACHINE_EPSILON);
                double p = joint[i * n + j] * exaggeration;
                if (j > i) {
                    error += 2 * p * Math.log(Math.max(p, TsneAffinities.MACHINE_EPSILON) / q);
                }
                double force = (p - q) * w;
                gx += force * dx;
                gy += force * dy;
            }
            gradient[2 * i] = 4 * gx;
            gradient[2 * i + 1] = 4 * gy;
        }
        return error;
    }
}
