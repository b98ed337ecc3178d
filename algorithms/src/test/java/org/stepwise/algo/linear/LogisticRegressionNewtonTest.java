package org.stepwise.algo.linear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stepwise.algo.Engine;
import org.stepwise.algo.Params;
import org.stepwise.algo.StepResult;
import org.stepwise.data.Dataset;

/** The Newton solver: scikit-learn's optimum in a dozen steps, the textbook first step, a loss that never rises. */
class LogisticRegressionNewtonTest {

    private final LogisticRegressionFactory factory = new LogisticRegressionFactory();

    private Params newton() {
        return factory.defaults().with("solver", "newton").with("tolerance", 1e-10).with("maxSteps", 100);
    }

    private static LogisticRegressionSnapshot runToEnd(Engine<LogisticRegressionSnapshot> engine) {
        while (!engine.step().isFinal()) {
            // one Newton step each
        }
        return engine.snapshot();
    }

    @ParameterizedTest
    @ValueSource(strings = {"iris_l2_c1", "iris_l2_c0.1", "breast_cancer_l2_c1"})
    void reachesScikitLearnsOptimumInADozenSteps(String fixtureName) {
        ReferenceFixture fixture = ReferenceFixture.load(fixtureName);
        LogisticRegressionSnapshot fitted = runToEnd(factory.create(fixture.data(), newton().with("C", fixture.c()), 0));
        assertThat(fitted.status()).isEqualTo(StepResult.CONVERGED);
        assertThat(fitted.step()).as("Newton steps (scikit-learn's newton-cg: 14 on Breast Cancer)").isLessThanOrEqualTo(20);
        assertThat(fitted.gradientNorm()).isLessThan(1e-10);
        double[][] coef = fitted.coef();
        for (int k = 0; k < coef.length; k++) {
            for (int j = 0; j < coef[k].length; j++) {
                assertThat(coef[k][j]).as("coef[%d][%d]", k, j).isCloseTo(fixture.coef()[k][j], within(1e-7));
            }
            assertThat(fitted.intercept()[k]).as("intercept[%d]", k).isCloseTo(fixture.intercept()[k], within(1e-7));
        }
        assertThat(fitted.accuracy()).isEqualTo(fixture.accuracy());
    }

    /**
     * One feature, four points, C = 1: at θ = 0 every p is ½, so H = (1/n) Σ ¼ x̃x̃ᵀ + diag(1/(Cn), 0)
     * and ∇J = (1/n) Σ (½ − y) x̃; the first step is θ₁ = −H⁻¹∇J, solved here by Cramer's rule.
     */
    @Test
    void theFirstStepIsTheTextbookNewtonStep() {
        double[] xs = {-2, -1, 1, 3};
        int[] ys = {0, 1, 0, 1};
        Dataset data = Dataset.classification("four", new double[][] {{xs[0]}, {xs[1]}, {xs[2]}, {xs[3]}}, ys,
                List.of("x"), List.of("no", "yes"));
        int n = xs.length;
        double hww = 1.0 / (n * 1.0);
        double hwb = 0;
        double hbb = 0;
        double gw = 0;
        double gb = 0;
        for (int i = 0; i < n; i++) {
            hww += 0.25 * xs[i] * xs[i] / n;
            hwb += 0.25 * xs[i] / n;
            hbb += 0.25 / n;
            gw += (0.5 - ys[i]) * xs[i] / n;
            gb += (0.5 - ys[i]) / n;
        }
        double det = hww * hbb - hwb * hwb;
        double stepW = (gw * hbb - hwb * gb) / det;
        double stepB = (hww * gb - hwb * gw) / det;

        Engine<LogisticRegressionSnapshot> engine = factory.create(data, newton(), 0);
        engine.step();
        LogisticRegressionSnapshot first = engine.snapshot();
        // The full step lowers the loss here, so the line search keeps t = 1; the ridge moves it by ~1e-10.
        assertThat(first.coef()[0][0]).isCloseTo(-stepW, within(1e-9));
        assertThat(first.intercept()[0]).isCloseTo(-stepB, within(1e-9));
        assertThat(first.loss()).isLessThan(Math.log(2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"iris_l2_c1", "breast_cancer_l2_c1"})
    void theLossNeverRises(String fixtureName) {
        Engine<LogisticRegressionSnapshot> engine = factory.create(ReferenceFixture.load(fixtureName).data(), newton(), 0);
        double previous = engine.snapshot().loss();
        while (!engine.step().isFinal()) {
            assertThat(engine.snapshot().loss()).isLessThanOrEqualTo(previous);
            previous = engine.snapshot().loss();
        }
    }

    @Test
    void separableDataWithoutAPenaltyEndsWithFiniteWeightsAndAReason() {
        Dataset separable = Dataset.classification("separable", new double[][] {{-2, 0}, {-1, 1}, {1, 0}, {2, 1}},
                new int[] {0, 0, 1, 1}, List.of("x1", "x2"), List.of("a", "b"));
        Engine<LogisticRegressionSnapshot> engine = factory.create(separable,
                newton().with("penalty", "none").with("maxSteps", 200), 0);
        LogisticRegressionSnapshot end = runToEnd(engine);
        assertThat(end.status().isFinal()).isTrue();
        for (double value : end.coef()[0]) {
            assertThat(value).isFinite();
        }
        assertThat(end.loss()).isFinite().isLessThan(0.01);
        assertThat(end.accuracy()).isEqualTo(1.0);
    }

    @Test
    void aMiniBatchIsRefusedWithTheReason() {
        Dataset data = ReferenceFixture.load("iris_l2_c1").data();
        assertThatThrownBy(() -> factory.create(data, newton().with("batchSize", 16), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("batch size to 0");
    }

    /** Without a penalty Iris (setosa is separable) keeps Newton going for a while: 20 steps are measured. */
    @Test
    void aNewtonStepAllocatesNothing() {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        Engine<LogisticRegressionSnapshot> engine = factory.create(ReferenceFixture.load("iris_l2_c1").data(),
                newton().with("penalty", "none").with("tolerance", 1e-12).with("maxSteps", 1000), 0);
        for (int i = 0; i < 3; i++) {
            engine.step();
        }
        long before = threads.getThreadAllocatedBytes(thread);
        int steps = 0;
        while (steps < 20 && !engine.step().isFinal()) {
            steps++;
        }
        long allocated = threads.getThreadAllocatedBytes(thread) - before;
        assertThat(steps).as("steps measured").isGreaterThan(2);
        assertThat(allocated).as("bytes allocated by %d Newton steps", steps).isLessThan(1000);
    }

    @Test
    void theSameInputsGiveTheSameSteps() {
        Dataset data = ReferenceFixture.load("iris_l2_c1").data();
        Engine<LogisticRegressionSnapshot> a = factory.create(data, newton(), 0);
        Engine<LogisticRegressionSnapshot> b = factory.create(data, newton(), 0);
        for (int i = 0; i < 5; i++) {
            a.step();
            b.step();
            assertThat(a.snapshot().coef()).isDeepEqualTo(b.snapshot().coef());
            assertThat(a.snapshot().intercept()).containsExactly(b.snapshot().intercept());
        }
    }
}
