package org.stepwise.algo.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The first five updates of each rule equal its textbook equations exactly (bit for bit),
 * recomputed here independently, in the same arithmetic order, on Rosenbrock from (−1.2, 1),
 * where the gradient is large and different in x and y.
 */
class UpdateRuleTest {

    private static final Rosenbrock SURFACE = new Rosenbrock();
    private static final double START_X = -1.2;
    private static final double START_Y = 1.0;
    private static final double ALPHA = 1e-4;

    /** The textbook update, written out independently of the class under test. Modifies theta. */
    private interface ExpectedStep {
        void advance(double[] theta, double[] g, int t);
    }

    private static double[] gradientAt(double[] theta) {
        double[] g = new double[2];
        SURFACE.gradient(theta[0], theta[1], g);
        return g;
    }

    /** Runs five updates of the rule beside the expected equations, asserting every point. */
    private static void assertFirstFive(UpdateRule rule, ExpectedStep expected) {
        double[] theta = {START_X, START_Y};
        double[] reference = {START_X, START_Y};
        for (int t = 1; t <= 5; t++) {
            double[] g = gradientAt(theta);
            assertThat(g[0]).as("nonzero gradient").isNotZero();
            assertThat(g[1]).as("nonzero gradient").isNotZero();
            double[] gradientCopy = g.clone();
            rule.update(theta, g, t);
            assertThat(g).as("the gradient is not modified").containsExactly(gradientCopy);
            expected.advance(reference, gradientAt(reference), t);
            assertThat(theta[0]).as(rule.name() + " x after update " + t).isEqualTo(reference[0]);
            assertThat(theta[1]).as(rule.name() + " y after update " + t).isEqualTo(reference[1]);
        }
        assertThat(theta[0]).as("it moved").isNotEqualTo(START_X);
        assertThat(theta[1]).as("it moved").isNotEqualTo(START_Y);
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
    void adamWDecaysTheWeightsThenTakesTheAdamStep() {
        double alpha = 0.05;
        double lambda = 0.1;
        double beta1 = 0.9;
        double beta2 = 0.999;
        double epsilon = 1e-8;
        double[] m = new double[2];
        double[] v = new double[2];
        assertFirstFive(new AdamW(alpha, beta1, beta2, epsilon, lambda, 2), (theta, g, t) -> {
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

    @Test
    void biasCorrectionMakesAdamsFirstStepAlphaPerCoordinate() {
        // m̂₁ = g and v̂₁ = g², so the first step is α·sign(g), up to ε: without the correction
        // it would be α (1 − β₁)/√(1 − β₂) ≈ 3.16 α.
        Adam adam = new Adam(0.05, 0.9, 0.999, 1e-8, 2);
        double[] theta = {START_X, START_Y};
        double[] g = gradientAt(theta);
        adam.update(theta, g, 1);
        assertThat(theta[0] - START_X).isCloseTo(-Math.signum(g[0]) * 0.05, within(1e-9));
        assertThat(theta[1] - START_Y).isCloseTo(-Math.signum(g[1]) * 0.05, within(1e-9));
    }

    @Test
    void adamWWithoutDecayIsAdam() {
        double[] adamTheta = {START_X, START_Y};
        double[] adamWTheta = {START_X, START_Y};
        Adam adam = new Adam(0.05, 0.9, 0.999, 1e-8, 2);
        AdamW adamW = new AdamW(0.05, 0.9, 0.999, 1e-8, 0, 2);
        for (int t = 1; t <= 5; t++) {
            adam.update(adamTheta, gradientAt(adamTheta), t);
            adamW.update(adamWTheta, gradientAt(adamWTheta), t);
        }
        assertThat(adamWTheta).containsExactly(adamTheta);
    }

    @Test
    void momentumsFirstUpdateIsAGradientDescentStep() {
        double[] plain = {START_X, START_Y};
        double[] heavy = {START_X, START_Y};
        new GradientDescent(ALPHA).update(plain, gradientAt(plain), 1);
        new Momentum(ALPHA, 0.9, 2).update(heavy, gradientAt(heavy), 1);
        assertThat(heavy).containsExactly(plain);
    }

    @Test
    void resetForgetsTheStateSoTheRuleStartsAfresh() {
        List<Supplier<UpdateRule>> rules = List.of(() -> new GradientDescent(ALPHA), () -> new Momentum(ALPHA, 0.9, 2),
                () -> new Nesterov(ALPHA, 0.9, 2), () -> new AdaGrad(0.05, 1e-8, 2),
                () -> new RmsProp(0.01, 0.9, 1e-8, 2), () -> new Adam(0.05, 0.9, 0.999, 1e-8, 2),
                () -> new AdamW(0.05, 0.9, 0.999, 1e-8, 0.1, 2));
        for (Supplier<UpdateRule> supplier : rules) {
            UpdateRule used = supplier.get();
            double[] scratch = {0.5, -0.5};
            for (int t = 1; t <= 3; t++) {
                used.update(scratch, gradientAt(scratch), t);
            }
            used.reset();
            UpdateRule fresh = supplier.get();
            double[] afterReset = {START_X, START_Y};
            double[] fromFresh = {START_X, START_Y};
            for (int t = 1; t <= 5; t++) {
                used.update(afterReset, gradientAt(afterReset), t);
                fresh.update(fromFresh, gradientAt(fromFresh), t);
            }
            assertThat(afterReset).as(used.name()).containsExactly(fromFresh);
        }
    }

    @Test
    void namesAndLabels() {
        List<UpdateRule> rules = List.of(new GradientDescent(ALPHA), new Momentum(ALPHA, 0.9, 2),
                new Nesterov(ALPHA, 0.9, 2), new AdaGrad(0.05, 1e-8, 2), new RmsProp(0.01, 0.9, 1e-8, 2),
                new Adam(0.05, 0.9, 0.999, 1e-8, 2), new AdamW(0.05, 0.9, 0.999, 1e-8, 0.1, 2));
        assertThat(rules).extracting(UpdateRule::name).containsExactlyElementsOf(OptimizerRaceFactory.OPTIMIZERS);
        assertThat(rules).extracting(UpdateRule::label)
                .containsExactly("GD", "Momentum", "Nesterov", "AdaGrad", "RMSprop", "Adam", "AdamW");
    }
}
