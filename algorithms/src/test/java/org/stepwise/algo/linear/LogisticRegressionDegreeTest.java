package org.stepwise.algo.linear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stepwise.algo.Engine;
import org.stepwise.algo.Params;
import org.stepwise.algo.SklearnFixture;
import org.stepwise.algo.StepResult;
import org.stepwise.data.BuiltInDatasets;
import org.stepwise.data.Dataset;

/**
 * The {@code degree} parameter: logistic regression on scikit-learn's
 * {@code PolynomialFeatures(degree, include_bias=False)} columns, checked against
 * {@code make_pipeline(PolynomialFeatures, LogisticRegression(solver='newton-cg'))} fits written
 * by tools/reference/logistic_regression_degree.py.
 */
class LogisticRegressionDegreeTest {

    private final LogisticRegressionFactory factory = new LogisticRegressionFactory();

    private LogisticRegressionSnapshot fitted(Dataset data, int degree, String solver) {
        Params params = factory.defaults().with("degree", degree).with("solver", solver).with("tolerance", 1e-10);
        Engine<LogisticRegressionSnapshot> engine = factory.create(data, params, 0);
        while (!engine.step().isFinal()) {
            // Newton's method converges in a few steps
        }
        return engine.snapshot();
    }

    @ParameterizedTest
    @ValueSource(strings = {"moons_d3", "circles_d2", "iris_petals_d2"})
    void newtonOnThePolynomialColumnsReachesScikitLearnsOptimum(String name) {
        SklearnFixture fixture = SklearnFixture.load(LogisticRegressionDegreeTest.class, "lr_degree_" + name);
        Dataset data = fixture.dataset();

        LogisticRegressionSnapshot s = fitted(data, (int) fixture.number("degree"), "newton");

        assertThat(s.status()).isEqualTo(StepResult.CONVERGED);
        double[][] coef = fixture.matrix("coef");
        double[] intercept = fixture.vector("intercept");
        double[][] ours = (double[][]) s.metrics().values().get("coef");
        double[] ourIntercept = (double[]) s.metrics().values().get("intercept");
        assertThat(ours.length).isEqualTo(coef.length);
        for (int k = 0; k < coef.length; k++) {
            assertThat(ours[k].length).as("columns, as PolynomialFeatures makes").isEqualTo(coef[k].length);
            for (int j = 0; j < coef[k].length; j++) {
                assertThat(ours[k][j]).as("coef[%d][%d]", k, j).isCloseTo(coef[k][j], within(1e-5));
            }
            assertThat(ourIntercept[k]).isCloseTo(intercept[k], within(1e-5));
        }
        assertThat(s.accuracy()).isEqualTo(fixture.number("accuracy"));
        // Probabilities at raw points: the snapshot expands them itself.
        double[][] probes = fixture.matrix("probes");
        double[][] proba = fixture.matrix("probe_proba");
        double[] out = new double[data.classCount()];
        for (int i = 0; i < probes.length; i++) {
            s.predictProbabilities(new double[] {probes[i][0]}, new double[] {probes[i][1]}, 1, out);
            for (int k = 0; k < out.length; k++) {
                assertThat(out[k]).isCloseTo(proba[i][k], within(1e-6));
            }
            s.predictProbabilities(probes[i], 1, out);
            assertThat(out[0]).isCloseTo(proba[i][0], within(1e-6));
        }
        assertThat(s.inputCount()).isEqualTo(2);
        assertThat(s.isPolynomial()).isTrue();
    }

    @Test
    void gradientDescentAtTheDefaultsBendsTheBoundaryTowardsTheSameOptimum() {
        SklearnFixture fixture = SklearnFixture.load(LogisticRegressionDegreeTest.class, "lr_degree_circles_d2");

        LogisticRegressionSnapshot s = fitted(fixture.dataset(), 2, "gd");

        // A straight line gets about half of the circles right; the degree-2 boundary nearly all.
        assertThat(s.status()).isEqualTo(StepResult.CONVERGED);
        assertThat(s.accuracy()).isEqualTo(fixture.number("accuracy"));
        assertThat(fitted(fixture.dataset(), 1, "gd").accuracy()).isLessThan(0.7);
    }

    @Test
    void degreeOneIsTheLinearModelAndAPolynomialHasNoBoundaryLine() {
        SklearnFixture fixture = SklearnFixture.load(LogisticRegressionDegreeTest.class, "lr_degree_moons_d3");

        assertThat(fitted(fixture.dataset(), 1, "newton").isPolynomial()).isFalse();
        assertThat(fitted(fixture.dataset(), 1, "newton").decisionBoundaryLine()).hasSize(3);
        assertThatThrownBy(() -> fitted(fixture.dataset(), 3, "newton").decisionBoundaryLine())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("curve");
    }

    @Test
    void aDegreeThatMakesTooManyColumnsIsRefusedNamingTheLimitAndTheWayOut() {
        Dataset digits = BuiltInDatasets.load("digits");

        assertThatThrownBy(() -> factory.create(digits, factory.defaults().with("degree", 3), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Degree 3 of 64 features makes 47904 columns; at most 5000 are allowed."
                        + " Choose a lower degree or fewer features.");
    }
}
