package org.stepwise.algo.neural;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.DoubleSupplier;
import java.util.random.RandomGenerator;
import org.stepwise.algo.Randomness;

/**
 * Central finite differences, (f(θ + h) − f(θ − h)) / 2h with h = 1e-5 in double precision, and
 * the relative error ‖analytic − numeric‖ / (‖analytic‖ + ‖numeric‖) they are compared with
 * (below 1e-6 when a backward pass is right; a wrong factor gives errors near 1).
 */
public final class GradientCheck {

    static final double STEP = 1e-5;
    static final double TOLERANCE = 1e-6;

    private GradientCheck() {
    }

    /** ∂f/∂values[i] for every i, by perturbing values in place (restored afterwards). */
    public static double[] numeric(double[] values, DoubleSupplier f) {
        double[] gradient = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            double saved = values[i];
            values[i] = saved + STEP;
            double plus = f.getAsDouble();
            values[i] = saved - STEP;
            double minus = f.getAsDouble();
            values[i] = saved;
            gradient[i] = (plus - minus) / (2 * STEP);
        }
        return gradient;
    }

    public static double relativeError(double[] analytic, double[] numeric) {
        double difference = 0;
        double sizes = 0;
        for (int i = 0; i < analytic.length; i++) {
            difference += (analytic[i] - numeric[i]) * (analytic[i] - numeric[i]);
            sizes += analytic[i] * analytic[i] + numeric[i] * numeric[i];
        }
        return sizes == 0 ? 0 : Math.sqrt(difference) / Math.sqrt(sizes);
    }

    static void assertClose(double[] analytic, double[] numeric, String what) {
        assertThat(relativeError(analytic, numeric)).as(what).isLessThan(TOLERANCE);
    }

    /** Values drawn from N(0, 1), pushed away from 0 by at least 0.05 so no kink lies within h of one. */
    static double[] randomAwayFromZero(int count, long seed) {
        RandomGenerator random = Randomness.generator(seed);
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            double v = random.nextGaussian();
            values[i] = v + Math.copySign(0.05, v);
        }
        return values;
    }

    /**
     * Checks a layer's backward pass: with a random upstream gradient G, f = Σ G ⊙ forward(x)
     * has ∂f/∂x = backward(G) and ∂f/∂θ = the layer's parameter gradient.
     */
    static void checkLayer(Layer layer, int rows, boolean training, long seed) {
        double[] parameters = new double[layer.parameterCount()];
        double[] gradients = new double[parameters.length];
        layer.bind(parameters, gradients, 0);
        layer.initialize(Initialization.XAVIER_NORMAL, Randomness.generator(seed));
        double[] shifts = randomAwayFromZero(parameters.length, seed + 3);
        for (int i = 0; i < parameters.length; i++) {
            parameters[i] += 0.3 * shifts[i]; // γ away from 1, β away from 0
        }
        layer.prepare(rows);
        double[] x = randomAwayFromZero(rows * layer.inputWidth(), seed + 1);
        double[] upstream = randomAwayFromZero(rows * layer.outputWidth(), seed + 2);
        double[] output = new double[rows * layer.outputWidth()];
        DoubleSupplier f = () -> {
            layer.forward(x, output, rows, training);
            double sum = 0;
            for (int i = 0; i < output.length; i++) {
                sum += upstream[i] * output[i];
            }
            return sum;
        };
        f.getAsDouble();
        double[] inputGradient = new double[x.length];
        layer.backward(x, output, upstream, inputGradient, rows);
        double[] parameterGradient = gradients.clone();
        assertClose(inputGradient, numeric(x, f), layer.describe() + ": ∂/∂input");
        if (parameters.length > 0) {
            assertClose(parameterGradient, numeric(parameters, f), layer.describe() + ": ∂/∂parameters");
        }
    }
}
