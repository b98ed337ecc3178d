package org.stepwise.algo.linear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineContractTest;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.Params;
import org.stepwise.algo.SklearnFixture;
import org.stepwise.algo.StepResult;
import org.stepwise.data.Dataset;

class LinearRegressionEngineTest extends EngineContractTest<LinearRegressionSnapshot> {

    /** The normal solver against LinearRegression: each coefficient within this times the largest. */
    private static final double RELATIVE = 1e-8;

    private final LinearRegressionFactory factory = new LinearRegressionFactory();

    @Override
    protected EngineFactory<LinearRegressionSnapshot> factory() { return factory; }

    @Override
    protected Dataset data() { return fixture("linreg_line").dataset(); }

    private static SklearnFixture fixture(String name) {
        return SklearnFixture.load(LinearRegressionEngineTest.class, name);
    }

    private static LinearRegressionSnapshot runToEnd(Engine<LinearRegressionSnapshot> engine) {
        StepResult result = StepResult.CONTINUE;
        while (!result.isFinal()) {
            result = engine.step();
        }
        return engine.snapshot();
    }

    private LinearRegressionSnapshot fit(Dataset data, Params params) {
        return runToEnd(factory.create(data, params, 0));
    }

    private Params normal(int degree) {
        return factory.defaults().with("solver", "normal").with("degree", degree);
    }

    @ParameterizedTest
    @CsvSource({"linreg_diabetes, 1", "linreg_diabetes, 2", "linreg_line, 1", "linreg_line, 2", "linreg_line, 3",
            "linreg_textbook, 1", "linreg_duplicate, 1"})
    void normalSolverAgreesWithScikitLearnInOneStep(String name, int degree) {
        SklearnFixture fixture = fixture(name);
        SklearnFixture expected = fixture.part("degree" + degree);
        LinearRegressionSnapshot fitted = fit(fixture.dataset(), normal(degree));
        assertThat(fitted.status()).isEqualTo(StepResult.CONVERGED);
        assertThat(fitted.step()).isEqualTo(1);
        assertCoefficients(fitted, expected, RELATIVE);
        assertThat(fitted.r2()).isCloseTo(expected.number("r2"), within(1e-10));
        assertThat(fitted.mse()).isCloseTo(expected.number("mse"), within(1e-9 * expected.number("mse")));
    }

    private static void assertCoefficients(LinearRegressionSnapshot fitted, SklearnFixture expected, double relative) {
        double[] coef = expected.vector("coef");
        double largest = Math.abs(expected.number("intercept"));
        for (double c : coef) {
            largest = Math.max(largest, Math.abs(c));
        }
        double tolerance = relative * largest;
        assertThat(fitted.coef()).hasSize(coef.length);
        for (int k = 0; k < coef.length; k++) {
            assertThat(fitted.coef(k)).as("coef[%d]", k).isCloseTo(coef[k], within(tolerance));
        }
        assertThat(fitted.intercept()).as("intercept").isCloseTo(expected.number("intercept"), within(tolerance));
    }

    @Test
    void columnsFollowPolynomialFeaturesOrderAndNames() {
        SklearnFixture diabetes = fixture("linreg_diabetes");
        LinearRegressionSnapshot fitted = factory.create(diabetes.dataset(), normal(2), 0).snapshot();
        assertThat(fitted.columnCount()).isEqualTo(65);
        assertThat(fitted.columnNames()).startsWith("age", "sex", "bmi").contains("age^2", "age sex", "s6^2");
        assertThat(fitted.columnNames().get(10)).isEqualTo("age^2");
        assertThat(fitted.columnNames().get(11)).isEqualTo("age sex");
        assertThat(fitted.columnNames().get(64)).isEqualTo("s6^2");
        assertThat(PolynomialTerms.count(10, 2)).isEqualTo(65);
        assertThat(PolynomialTerms.count(1, 3)).isEqualTo(3);
        assertThat(PolynomialTerms.count(10, 10)).isEqualTo(184_755);
        assertThat(PolynomialTerms.count(100_000, 10)).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void gradientDescentAtDefaultsReachesScikitLearnsLine() {
        SklearnFixture line = fixture("linreg_line");
        LinearRegressionSnapshot fitted = fit(line.dataset(), factory.defaults());
        assertThat(fitted.status()).isEqualTo(StepResult.CONVERGED);
        assertThat(fitted.gradientNorm()).isLessThan(1e-6);
        assertThat(fitted.step()).isBetween(30, 300);
        // β − β* = H⁻¹∇J, so each coefficient is within ‖∇J‖/λ_min(H) of the optimum; here λ_min > 1.
        assertCoefficients(fitted, line.part("degree1"), 1e-6);
        assertThat(fitted.r2()).isCloseTo(line.part("degree1").number("r2"), within(1e-10));
    }

    @Test
    void textbookLineGivesTheSourcesNumbers() {
        LinearRegressionSnapshot fitted = fit(fixture("linreg_textbook").dataset(), normal(1));
        assertThat(fitted.coef(0)).isCloseTo(1.971, within(5e-4));
        assertThat(fitted.intercept()).isCloseTo(3.015, within(5e-4));
        assertThat(fitted.r2()).isCloseTo(0.989, within(5e-4));
    }

    @Test
    void mseNeverRisesBelowTheStableLearningRate() {
        Engine<LinearRegressionSnapshot> engine = factory.create(data(), factory.defaults(), 0);
        double previous = engine.snapshot().mse();
        for (int i = 0; i < 100 && !engine.step().isFinal(); i++) {
            assertThat(engine.snapshot().mse()).isLessThanOrEqualTo(previous);
            previous = engine.snapshot().mse();
        }
    }

    @Test
    void gradientEqualsCentralDifferences() {
        Dataset data = data();
        LinearRegressionSnapshot snapshot = factory.create(data, factory.defaults().with("degree", 2), 0).snapshot();
        // At β = 0 the gradient is −(2/n) Σ yᵢ [1, xᵢ, xᵢ²]; J(β₀) = mean (y − β₀)² differenced along β₀.
        double h = 1e-5;
        double plus = 0;
        double minus = 0;
        double[] y = data.targets();
        for (double v : y) {
            plus += (v - h) * (v - h);
            minus += (v + h) * (v + h);
        }
        double numeric = (plus - minus) / y.length / (2 * h);
        double analytic = 0;
        for (double v : y) {
            analytic += -2 * v / y.length;
        }
        assertThat(numeric).isCloseTo(analytic, within(1e-6));
        assertThat(snapshot.mse()).isCloseTo(java.util.Arrays.stream(y).map(v -> v * v).average().orElseThrow(),
                within(1e-12));
    }

    @Test
    void predictionsFollowTheFittedPolynomial() {
        LinearRegressionSnapshot fitted = fit(data(), normal(3));
        double x = 0.75;
        double expected = fitted.intercept() + fitted.coef(0) * x + fitted.coef(1) * x * x + fitted.coef(2) * x * x * x;
        assertThat(fitted.predict(x)).isCloseTo(expected, within(1e-12));
        assertThat(fitted.predict(new double[] {x}, 0)).isCloseTo(expected, within(1e-12));
    }

    @Test
    void tooLargeALearningRateForUnscaledColumnsStopsWithTheCause() {
        // x² of x ~ U[−3, 3) has mean square about 16, so 0.1 > 1/16 cannot be stable.
        LinearRegressionSnapshot[] end = new LinearRegressionSnapshot[1];
        assertThatCode(() -> end[0] = fit(data(), factory.defaults().with("degree", 2).with("learningRate", 0.1))).doesNotThrowAnyException();
        assertThat(end[0].status().status()).isEqualTo(StepResult.Status.STOPPED);
        assertThat(end[0].status().reason()).startsWith("the loss diverged at step ")
                .contains("learning rate 0.1 is above 1/").contains("column x^2").contains("scale the features");
        assertThat(end[0].step()).isLessThan(200);
    }

    @Test
    void slowGradientDescentOnDiabetesNamesTheScalesAtMaxIter() {
        LinearRegressionSnapshot end = fit(fixture("linreg_diabetes").dataset(),
                factory.defaults().with("maxIter", 2000));
        assertThat(end.status().status()).isEqualTo(StepResult.Status.STOPPED);
        assertThat(end.status().reason()).startsWith("reached maxIter = 2000 with ‖∇J‖ = ")
                .contains("unscaled features").contains("solver=normal");
    }

    @Test
    void duplicateColumnsGetTheMinimumNormSolution() {
        LinearRegressionSnapshot fitted = fit(fixture("linreg_duplicate").dataset(), normal(1));
        assertThat(fitted.rank()).isEqualTo(1);
        assertThat(fitted.coef(0)).isCloseTo(fitted.coef(1), within(1e-10));
        assertThat(fitted.narration()).contains("rank 1 of 2").contains("minimum-norm");
    }

    @Test
    void narrationTellsTheStepWithItsNumbers() {
        Engine<LinearRegressionSnapshot> engine = factory.create(data(), factory.defaults(), 0);
        assertThat(engine.snapshot().narration()).isEmpty();
        engine.step();
        LinearRegressionSnapshot first = engine.snapshot();
        assertThat(first.narration()).startsWith("step 1: MSE ").contains("R² ").contains("‖∇J‖ = ")
                .contains("β₀ 0.000 → ").contains("β₁ 0.000 → ");
        LinearRegressionSnapshot solved = fit(data(), normal(1));
        assertThat(solved.narration()).startsWith("step 1: least squares by QR (rank 1 of 1): β₀ = ");
    }

    @Test
    void metricsAreNamedAfterScikitLearn() {
        LinearRegressionSnapshot fitted = fit(data(), normal(2));
        assertThat(fitted.metrics().values().keySet())
                .containsExactly("mse", "r2", "grad_norm", "n_iter", "intercept", "coef");
        assertThat((double[]) fitted.metrics().values().get("coef")).hasSize(2);
        assertThat(fitted.metrics().scalar("n_iter")).isEqualTo(1.0);
    }

    @Test
    void refusesDataItCannotFit() {
        Dataset classes = Dataset.classification("blobs", new double[][] {{0, 0}, {1, 1}}, new int[] {0, 1},
                List.of("a", "b"), List.of("no", "yes"));
        assertThatThrownBy(() -> factory.create(classes, factory.defaults(), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("This lesson needs data with a real-valued target, and blobs has classes: pick a set with a"
                        + " real target, such as diabetes or sine, or read a CSV file's target as real numbers.");
        Dataset three = Dataset.regression("three", new double[][] {{0}, {1}, {2}}, new double[] {0, 1, 3},
                List.of("x"), "y");
        assertThatThrownBy(() -> factory.create(three, factory.defaults().with("degree", 3), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Degree 3 expands 1 feature into 3 columns, which with the intercept are more unknowns "
                        + "than the 3 rows can determine; lower the degree or add points.");
        assertThatCode(() -> factory.create(three, factory.defaults().with("degree", 2), 0)).doesNotThrowAnyException();
        assertThatThrownBy(() -> factory.create(fixture("linreg_diabetes").dataset(),
                factory.defaults().with("degree", 10), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("184755 columns");
    }

    @Test
    void aConstantTargetIsFittedExactly() {
        Dataset flat = Dataset.regression("flat", new double[][] {{0}, {1}, {2}, {3}}, new double[] {2, 2, 2, 2},
                List.of("x"), "y");
        LinearRegressionSnapshot fitted = fit(flat, normal(1));
        assertThat(fitted.intercept()).isCloseTo(2, within(1e-12));
        assertThat(fitted.r2()).isEqualTo(1.0);
    }

    @Test
    void gradientStepAllocatesNothing() {
        assertStepsAllocateNothing(factory.create(fixture("linreg_diabetes").dataset(), factory.defaults(), 0), 100, 500);
    }

    @Test
    void theBowlIsTheMseOverInterceptAndSlopeWithTheLeastSquaresLineAtItsBottom() {
        Engine<LinearRegressionSnapshot> engine = factory.create(data(), factory.defaults(), 0);
        for (int i = 0; i < 7; i++) {
            engine.step();
        }
        LinearRegressionSnapshot early = engine.snapshot();
        MseBowl bowl = early.bowl();
        assertThat(bowl.value(early.intercept(), early.coef(0))).isCloseTo(early.mse(), within(1e-12));
        LinearRegressionSnapshot solved = fit(data(), normal(1));
        assertThat(bowl.minimum()[0]).isCloseTo(solved.intercept(), within(1e-10));
        assertThat(bowl.minimum()[1]).isCloseTo(solved.coef(0), within(1e-10));
        assertThat(bowl.domain().contains(0, 0)).isTrue();
        assertThat(bowl.domain().contains(solved.intercept(), solved.coef(0))).isTrue();
        double[] gradient = new double[2];
        double h = 1e-6;
        bowl.gradient(0.3, -0.7, gradient);
        assertThat(gradient[0]).isCloseTo((bowl.value(0.3 + h, -0.7) - bowl.value(0.3 - h, -0.7)) / (2 * h), within(1e-6));
        assertThat(gradient[1]).isCloseTo((bowl.value(0.3, -0.7 + h) - bowl.value(0.3, -0.7 - h)) / (2 * h), within(1e-6));

        // The path: (0, 0), then one point a step, the last the current coefficients; kept as taken.
        assertThat(early.pathLength()).isEqualTo(8);
        assertThat(early.pathIntercept(0)).isZero();
        assertThat(early.pathSlope(7)).isEqualTo(early.coef(0));
        double seventh = early.pathIntercept(7);
        for (int i = 0; i < 2000 && !engine.step().isFinal(); i++) {
            // past a chunk boundary if the run is long enough
        }
        assertThat(early.pathLength()).isEqualTo(8);
        assertThat(early.pathIntercept(7)).isEqualTo(seventh);
        LinearRegressionSnapshot end = engine.snapshot();
        assertThat(end.pathLength()).isEqualTo(end.step() + 1);
        assertThat(end.pathIntercept(end.step())).isEqualTo(end.intercept());
        assertThat(solved.pathLength()).isEqualTo(2);
        assertThat(fit(data(), normal(2)).bowl()).as("no bowl for a curve").isNull();
    }
}
