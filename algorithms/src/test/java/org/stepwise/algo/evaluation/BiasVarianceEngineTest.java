package org.stepwise.algo.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepwise.algo.EngineContractTest;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.Params;
import org.stepwise.algo.SklearnFixture;
import org.stepwise.algo.StepResult;
import org.stepwise.algo.linear.LinearRegressionSnapshot;
import org.stepwise.data.Dataset;

class BiasVarianceEngineTest extends EngineContractTest<BiasVarianceSnapshot> {

    private final BiasVarianceFactory factory = new BiasVarianceFactory();

    @Override
    protected EngineFactory<BiasVarianceSnapshot> factory() { return factory; }

    @Override
    protected Dataset data() { return null; }

    @Override
    protected boolean snapshotsPredictTheirRows() { return false; }

    private List<BiasVarianceSnapshot> run(Params params) {
        return EvaluationFixtures.everySnapshot(factory.create(null, params, 11));
    }

    /**
     * Each fit (through the linear-regression lesson's engine) equals numpy.polyfit and
     * Pipeline(PolynomialFeatures, LinearRegression) on the same sample at every degree 1..10, on
     * the test grid, to 1e-8: on [−1, 1] the powers stay well conditioned. Its training MSE too.
     */
    @Test
    void everyFitEqualsPolyfitAndScikitLearnsPipeline() {
        SklearnFixture f = EvaluationFixtures.load("bias_variance");
        double[] grid = f.vector("grid");
        assertThat(grid).hasSize(BiasVarianceSnapshot.gridSize());
        for (int j = 0; j < grid.length; j++) {
            assertThat(BiasVarianceSnapshot.gridX(j)).isCloseTo(grid[j], within(1e-15));
        }
        for (SklearnFixture set : f.parts("sets")) {
            double[][] polyfit = set.matrix("polyfit");
            double[][] pipeline = set.matrix("pipeline");
            double[] trainMse = set.vector("train_mse");
            for (int d = 1; d <= 10; d++) {
                LinearRegressionSnapshot fit = PolynomialFit.fit(set.vector("x"), set.vector("y"), d);
                for (int j = 0; j < grid.length; j++) {
                    assertThat(fit.predict(grid[j])).as("degree %d at x = %f", d, grid[j])
                            .isCloseTo(polyfit[d - 1][j], within(1e-8))
                            .isCloseTo(pipeline[d - 1][j], within(1e-8));
                }
                assertThat(fit.mse()).isCloseTo(trainMse[d - 1], within(1e-10));
            }
        }
    }

    /** The decomposition of the fixture's fits equals NumPy's, and mse = bias² + variance + noise. */
    @Test
    void theDecompositionEqualsNumpysAndAddsUp() {
        SklearnFixture f = EvaluationFixtures.load("bias_variance");
        List<SklearnFixture> sets = f.parts("sets");
        double[] truth = new double[BiasVarianceSnapshot.gridSize()];
        for (int j = 0; j < truth.length; j++) {
            truth[j] = BiasVarianceSnapshot.truth(BiasVarianceSnapshot.gridX(j));
        }
        List<SklearnFixture> expected = f.parts("by_degree");
        double noise = f.number("sigma") * f.number("sigma");
        for (int d = 0; d < 10; d++) {
            double[] predictions = new double[sets.size() * truth.length];
            for (int s = 0; s < sets.size(); s++) {
                System.arraycopy(sets.get(s).matrix("pipeline")[d], 0, predictions, s * truth.length, truth.length);
            }
            ErrorDecomposition e = ErrorDecomposition.of(predictions, sets.size(), truth, noise);
            assertThat(e.biasSquared()).isCloseTo(expected.get(d).number("bias_squared"), within(1e-12));
            assertThat(e.variance()).isCloseTo(expected.get(d).number("variance"), within(1e-12));
            assertThat(e.mse()).isCloseTo(expected.get(d).number("mse"), within(1e-12));
            assertThat(e.mse()).isCloseTo(e.biasSquared() + e.variance() + e.noise(), within(1e-12 * e.mse()));
        }
    }

    /** The identity holds at every step and every degree of a run, not only on the fixture. */
    @Test
    void meanTestErrorIsBiasSquaredPlusVariancePlusNoiseAtEveryStep() {
        for (BiasVarianceSnapshot s : run(factory.defaults().with("sets", 12))) {
            for (int d = 1; d <= s.maxDegree() && s.drawn() > 0; d++) {
                assertThat(s.mse(d)).isCloseTo(s.biasSquared(d) + s.variance(d) + 0.09, within(1e-12 * s.mse(d)));
            }
        }
    }

    /**
     * Capacity: with many sets, bias² falls and variance rises as the degree grows (a line cannot
     * bend to the curve; ten powers on twenty points chase the noise), so the test error is
     * U-shaped, lowest in the middle, while the training error falls at every degree (nested
     * least squares on the same set can only fit it better).
     */
    @Test
    void biasFallsAndVarianceRisesWithDegree() {
        BiasVarianceSnapshot end = run(factory.defaults().with("sets", 200)).get(200);
        assertThat(end.status()).isEqualTo(StepResult.CONVERGED);
        int[] degrees = {1, 3, 5, 7};
        for (int i = 1; i < degrees.length; i++) {
            assertThat(end.biasSquared(degrees[i])).as("bias² at degree %d", degrees[i])
                    .isLessThan(end.biasSquared(degrees[i - 1]));
        }
        int[] rising = {1, 3, 5, 7, 10};
        for (int i = 1; i < rising.length; i++) {
            assertThat(end.variance(rising[i])).as("variance at degree %d", rising[i])
                    .isGreaterThan(end.variance(rising[i - 1]));
        }
        assertThat(end.mse(5)).isLessThan(end.mse(1));
        assertThat(end.mse(5)).isLessThan(end.mse(10));
        for (int d = 1; d < 10; d++) {
            assertThat(end.trainMse(d + 1)).as("training error at degree %d", d + 1).isLessThan(end.trainMse(d));
        }
    }

    @Test
    void theRunDrawsOneSetAStepAndReportsScikitLearnsNames() {
        List<BiasVarianceSnapshot> run = run(factory.defaults().with("sets", 5));
        assertThat(run.get(0).drawn()).isZero();
        assertThat(run.get(0).metrics().has("bias_squared")).isFalse();
        BiasVarianceSnapshot end = run.get(run.size() - 1);
        assertThat(end.drawn()).isEqualTo(5);
        assertThat(end.metrics().values()).containsKeys("bias_squared", "variance", "noise", "mse", "train_mse",
                "degree_range", "mse_by_degree");
        assertThat(end.scalar("noise")).isCloseTo(0.09, within(1e-15));
        assertThat(end.lastXs()).hasSize(20);
        assertThat(java.util.Arrays.stream(end.lastXs()).allMatch(x -> x >= -1 && x <= 1)).isTrue();
        assertThat(end.narration()).contains("Set 5 of 5").contains("bias²");
    }

    @Test
    void aDegreeTheSetsCannotDetermineIsOneSentence() {
        assertThatThrownBy(() -> factory.create(null, factory.defaults().with("degree", 8).with("trainSize", 6), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("degree 8 has 9 coefficients, more than the 6 points");
    }

    @Test
    void smallSetsChartOnlyTheDegreesTheyDetermine() {
        BiasVarianceSnapshot end = run(factory.defaults().with("trainSize", 5).with("degree", 2).with("sets", 3)).get(3);
        assertThat(end.maxDegree()).isEqualTo(4);
        assertThat(end.metrics().values().get("degree_range")).isEqualTo(new double[] {1, 2, 3, 4});
    }
}
