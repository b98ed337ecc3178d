package org.stepwise.algo.optim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The first five updates of each rule equal its textbook equations exactly, recomputed here
 * independently on Rosenbrock from (−1.2, 1.0), where the gradient is large and uneven.
 */
class UpdateRuleTest {

    private static final Rosenbrock SURFACE = new Rosenbrock();
    private static final double START_X = -1.2;
    private static final double START_Y = 1.0;
    private static final double ALPHA = 1e-4;

    private static double[] gradientAt(double x, double y) {
        double[] g = new double[2];
        SURFACE.gradient(x, y, g);
        return g;
    }

    /** Runs five updates of the rule, asserting each against the expected point. */
    private static void assertFirstFive(UpdateRule rule, ExpectedStep expected) {
        double[] theta = {START_X, START_Y};
        double[] reference = {START_X, START_Y};
        for (int t = 1; t <= 5; t++) {
            rule.update(theta, gradientAt(theta[0], theta[1]), t);
            expected.advance(reference, gradientAt(reference[0], reference[1]), t);
            assertThat(theta[0]).as(rule.name() + " x after update " + t).isEqualTo(reference[0]);
            assertThat(theta[1]).as(rule.name() + " y after update " + t).isEqualTo(reference[1]);
        }
        assertThat(theta[0]).as("it moved").isNotEqualTo(START_X);
    }

    /** The textbook update, written out independently. Modifies theta. */
    private interface ExpectedStep {
        void advance(double[] theta, double[] g, int t);
    }

    @Test
    void gradientDescent() {
        assertFirstFive(new GradientDescent(ALPHA), (theta, g, t) -> {
            theta[0] = theta[0] - ALPHA * g[0];
            theta[1] = theta[1] - ALPHA * g[1];
        });
    }

    @Test
    void momentum() {
        double mu = 0.9;
        double[] v = new double[2];
        assertFirstFive(new Momentum(ALPHA, mu, 2), (theta, g, t) -> {
            for (int i = 0; i < 2; i++) {
                v[i] = mu * v[i] + g[i];
                theta[i] = theta[i] - ALPHA * v[i];
            }
        });
    }

    @Test
    void nesterov() {
        double mu = 0.8;
        double[] v = new double[2];
        assertFirstFive(new Nesterov(ALPHA, mu, 2), (theta, g, t) -> {
            for (int i = 0; i < 2; i++) {
                v[i] = mu * v[i] + g[i];
                theta[i] = theta[i] - ALPHA * (g[i] + mu * v[i]);
            }
        });
    }

    @Test
    void adaGrad() {
        double alpha = 0.05;
        double epsilon = 1e-8;
        double[] sum = new double[2];
        assertFirstFive(new AdaGrad(alpha, epsilon, 2), (theta, g, t) -> {
            for (int i = 0; i < 2; i++) {
                sum[i] = sum[i] + g[i] * g[i];
                theta[i] = theta[i] - alpha * g[i] / (Math.sqrt(sum[i]) + epsilon);
            }
        });
    }

    @Test
    void rmsProp() {
        double alpha = 0.01;
        double rho = 0.99;
        double epsilon = 1e-8;
        double[] s = new double[2];
        assertFirstFive(new RmsProp(alpha, rho, epsilon, 2), (theta, g, t) -> {
            for (int i = 0; i < 2; i++) {
                s[i] = rho * s[i] + (1 - rho) * g[i] * g[i];
                theta[i] = theta[i] - alpha * g[i] / (Math.sqrt(s[i]) + epsilon);
            }
        });
    }

    @Test
    void adamWithBiasCorrection() {
        double alpha = 0.05;
        double beta1 = 0.9;
        double beta2 = 0.999;
        double epsilon = 1e-8;
        double[] m = new double[2];
        double[] v = new double[2];
        assertFirstFive(new Adam(alpha, beta1, beta2, epsilon, 2), (theta, g, t) -> {
            for (int i = 0; i < 2; i++) {
                m[i] = beta1 * m[i] + (1 - beta1) * g[i];
                v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
                double mHat = m[i] / (1 - Math.pow(beta1, t));
                double vHat = v[i] / (1 - Math.pow(beta2, t));
                theta[i] = theta[i] - alpha * mHat / (Math.sqrt(vHat) + epsilon);
            }
        });
    }

    @Test
    void adamFirstStepMovesByAlphaPerCoordinate() {
        // With bias correction, m̂₁ = g and v̂₁ = g², so the first step is α·sign(g) (up to ε).
        Adam adam = new Adam(0.05, 0.9, 0.999, 1e-8, 2);
        double[] theta = {START_X, START_Y};
        double[] g = gradientAt(START_X, START_Y);
        adam.update(theta, g, 1);
        assertThat(Math.abs(theta[0] - START_X)).isCloseTo(0.05, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(Math.abs(theta[1] - START_Y)).isCloseTo(0.05, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void adamWDecaysWeightsBeforeTheAdamStep() {
        double alpha = 0.05;
        double lambda = 0.1;
        double beta1 = 0.9;
        double beta2 = 0.999;
        double epsilon = 1e-8;
        double[] m = new double[2];
        double[] v = new double[2];
        assertFirstFive(Adam.withDecoupledWeightDecay(alpha, beta1, beta2, epsilon, lambda, 2), (theta, g, t) -> {
            for (int i = 0; i < 2; i++) {
                theta[i] = theta[i] - alpha * lambda * theta[i];
                m[i] = beta1 * m[i] + (1 - beta1) * g[i];
                v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
                double mHat = m[i] / (1 - Math.pow(beta1, t));
                double vHat = v[i] / (1 - Math.pow(beta2, t));
                theta[i] = theta[i] - alpha * mHat / (Math.sqrt(vHat) + epsilon);
            }
        });
    }
}
