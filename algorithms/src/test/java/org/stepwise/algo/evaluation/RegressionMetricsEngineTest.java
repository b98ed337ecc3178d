package org.stepwise.algo.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stepwise.algo.EngineContractTest;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.Params;
import org.stepwise.algo.SklearnFixture;
import org.stepwise.algo.StepResult;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.data.Generators;

class RegressionMetricsEngineTest extends EngineContractTest<RegressionMetricsSnapshot> {

    /** The metrics, coefficients and residuals agree with scikit-learn to this (the brief's number). */
    private static final double TOLERANCE = 1e-9;
    /** Φ⁻¹ by Acklam's approximation: relative error below 1.15e-9, so quantiles up to 2.5 within 3e-9. */
    private static final double QUANTILE_TOLERANCE = 5e-9;

    private final RegressionMetricsFactory factory = new RegressionMetricsFactory();

    @Override
    protected EngineFactory<RegressionMetricsSnapshot> factory() { return factory; }

    @Override
    protected Dataset data() { return Generators.generate("linear", new GeneratorOptions(40, 0.5, 2, 0)); }

    @Override
    protected boolean snapshotsPredictTheirRows() { return false; }

    private List<RegressionMetricsSnapshot> run(Dataset data, Params params) {
        return EvaluationFixtures.everySnapshot(factory.create(data, params, 1));
    }

    /**
     * Every step of every scripted run (refit or kept line, the outlier rising or moving away)
     * equals the script's: the moved point, LinearRegression's coefficients, every sklearn.metrics
     * value, probplot's points and line, and np.histogram's counts and edges.
     */
    @ParameterizedTest
    @ValueSource(strings = {"regression_metrics_linear", "regression_metrics_sine"})
    void everyStepEqualsScikitLearnAndScipy(String name) {
        SklearnFixture f = EvaluationFixtures.load(name);
        Dataset data = f.dataset();
        for (SklearnFixture r : f.parts("runs")) {
            Params params = factory.defaults().with("refit", r.bool("refit")).with("move", r.text("move"))
                    .with("notch", r.number("notch")).with("moves", (int) r.number("moves"));
            List<RegressionMetricsSnapshot> run = run(data, params);
            List<SklearnFixture> steps = r.parts("steps");
            assertThat(run).hasSize(steps.size());
            assertThat(run.get(run.size() - 1).status()).isEqualTo(StepResult.CONVERGED);
            for (int k = 0; k < steps.size(); k++) {
                SklearnFixture e = steps.get(k);
                RegressionMetricsSnapshot s = run.get(k);
                String what = name + " refit=" + r.bool("refit") + " move=" + r.text("move") + " step " + k;
                assertThat(s.outlier()).isEqualTo((int) r.number("outlier"));
                for (String scalar : List.of("outlier_x", "outlier_y", "intercept", "mse", "rmse", "mae",
                        "median_absolute_error", "mape", "r2", "explained_variance")) {
                    assertEquals(e.number(scalar), s.scalar(scalar), TOLERANCE, what + " " + scalar);
                }
                // The Q-Q line is fitted through the approximate quantiles: relative agreement.
                for (String scalar : List.of("qq_slope", "qq_intercept", "qq_r")) {
                    assertEquals(e.number(scalar), s.scalar(scalar),
                            QUANTILE_TOLERANCE * Math.max(1, Math.abs(e.number(scalar))), what + " " + scalar);
                }
                assertClose(e.vector("coef"), s.model().coef(), TOLERANCE, what + " coef");
                assertClose(e.vector("qq_ordered"), s.qq().ordered(), TOLERANCE, what + " qq_ordered");
                assertClose(e.vector("qq_theoretical"), s.qq().theoretical(), QUANTILE_TOLERANCE,
                        what + " qq_theoretical");
                assertThat(s.histogram().counts()).as(what + " histogram_counts")
                        .containsExactly(e.vector("histogram_counts"));
                assertClose(e.vector("histogram_edges"), s.histogram().edges(), TOLERANCE, what + " edges");
            }
        }
    }

    @Test
    void keepingTheLineWhileThePointMovesAwayDrivesR2BelowZeroAndLeavesTheMedianUnmoved() {
        List<RegressionMetricsSnapshot> run = run(data(), factory.defaults().with("refit", false).with("move", "away"));
        RegressionMetricsSnapshot first = run.get(0);
        RegressionMetricsSnapshot last = run.get(run.size() - 1);
        RegressionMetricsSnapshot beforeLast = run.get(run.size() - 2);
        assertThat(last.r2().value()).isNegative();
        // Only the outlier's error changes: once above the median it no longer moves it.
        assertThat(last.medianAbsoluteError()).isEqualTo(beforeLast.medianAbsoluteError());
        assertThat(last.medianAbsoluteError() - first.medianAbsoluteError())
                .isLessThan((last.mae() - first.mae()) / 10);
        assertThat(last.model().coef()).containsExactly(first.model().coef());
        for (int k = 1; k < run.size(); k++) {
            assertThat(run.get(k).mse()).isGreaterThan(run.get(k - 1).mse());
            assertThat(run.get(k).mae()).isGreaterThan(run.get(k - 1).mae());
        }
        // Squared errors let the one point dominate; absolute errors much less.
        assertThat(last.outlierShareSquared()).isGreaterThan(0.9);
        assertThat(last.outlierShareAbsolute()).isLessThan(last.outlierShareSquared());
    }

    @Test
    void aRefitLineIsTheLeastSquaresLineOfTheMovedPoints() {
        RegressionMetricsSnapshot last = run(data(), factory.defaults()).get(factory.defaults().integer("moves"));
        // Least squares: the residuals sum to 0 and are uncorrelated with x, and R² equals explained variance.
        double sum = 0;
        double cross = 0;
        for (int i = 0; i < last.size(); i++) {
            sum += last.residual(i);
            cross += last.residual(i) * last.x(i);
        }
        assertThat(sum).isCloseTo(0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(cross).isCloseTo(0, org.assertj.core.data.Offset.offset(1e-8));
        assertThat(last.r2().value()).isCloseTo(last.explainedVariance().value(),
                org.assertj.core.data.Offset.offset(1e-12));
        assertThat(last.narration()).contains("refitted").contains("median AE");
    }

    @Test
    void fillibenPositionsFollowTheirFormula() {
        double[] m = ProbabilityPlot.fillibenPositions(7);
        assertThat(m[6]).isEqualTo(Math.pow(0.5, 1.0 / 7));
        assertThat(m[0]).isEqualTo(1 - m[6]);
        for (int i = 2; i <= 6; i++) {
            assertThat(m[i - 1]).isEqualTo((i - 0.3175) / 7.365);
        }
        // Medians of symmetric order statistics are symmetric about 1/2.
        assertThat(m[1] + m[5]).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-15));
    }

    @Test
    void badInputIsOneSentence() {
        Dataset one = Dataset.regression("one", new double[][] {{1}}, new double[] {2}, List.of("x"), "y");
        assertThatThrownBy(() -> factory.create(one, factory.defaults(), 1))
                .hasMessageContaining("at least 2 points").hasMessageContaining("has 1.");
        Dataset zero = Dataset.regression("zero", new double[][] {{1}, {2}, {3}}, new double[] {2, 0, 4},
                List.of("x"), "y");
        assertThatThrownBy(() -> factory.create(zero, factory.defaults(), 1))
                .hasMessageContaining("Row 1's target is 0").hasMessageContaining("ε = 2.2e-16");
        // A missing target never reaches the engine: the data set itself refuses it with a sentence.
        assertThatThrownBy(() -> Dataset.regression("nan", new double[][] {{1}, {2}, {3}},
                new double[] {2, Double.NaN, 4}, List.of("x"), "y")).hasMessageContaining("not a finite number");
        assertThatThrownBy(() -> factory.create(data(), factory.defaults().with("outlier", 40), 1))
                .hasMessageContaining("Outlier row 40 is not a row");
    }

    private static void assertClose(double[] expected, double[] actual, double tolerance, String what) {
        assertEquals(expected.length, actual.length, what + ": length");
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], tolerance, what + "[" + i + "]");
        }
    }
}
