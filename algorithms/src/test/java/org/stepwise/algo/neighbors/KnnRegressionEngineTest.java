package org.stepwise.algo.neighbors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineContractTest;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.StepResult;
import org.stepwise.data.Dataset;

class KnnRegressionEngineTest extends EngineContractTest<KnnRegressionSnapshot> {

    private final KnnRegressionFactory factory = new KnnRegressionFactory();

    @Override
    protected EngineFactory<KnnRegressionSnapshot> factory() { return factory; }

    @Override
    protected Dataset data() { return KnnFixtures.load("knn_regression_sine").dataset(); }

    static java.util.stream.Stream<KnnFixtures.Fit> regressorFits() { return KnnFixtures.regressorFits(); }

    private static KnnRegressionSnapshot runToEnd(Engine<KnnRegressionSnapshot> engine) {
        StepResult result = StepResult.CONTINUE;
        while (!result.isFinal()) {
            result = engine.step();
        }
        return engine.snapshot();
    }

    /** Relative to the size of the value (Diabetes' targets run to 300). */
    private static void assertClose(double actual, double expected, String what) {
        assertThat(actual).as(what).isCloseTo(expected, within(1e-12 * Math.max(1, Math.abs(expected))));
    }

    /**
     * Each step's prediction is scikit-learn's predict(X) for that training point, the run ends at
     * its score(X, y) (R²), and the fitted model predicts its 40 other queries, all to 1e-12.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("regressorFits")
    void agreesWithScikitLearn(KnnFixtures.Fit fit) {
        Dataset data = fit.dataset();
        KnnRegressionSnapshot end = runToEnd(factory.create(data, fit.params(factory.defaults()), 0));
        assertThat(end.status()).isEqualTo(StepResult.CONVERGED);
        double[] expected = fit.fit().vector("predict_train");
        for (int i = 0; i < data.size(); i++) {
            assertClose(end.prediction(i), expected[i], "prediction of point " + i);
        }
        assertClose(end.r2(), fit.fit().number("score"), "R²");
        double[][] queries = fit.data().matrix("queries");
        double[] out = new double[queries.length];
        end.model().predict(KnnFixtures.rowMajor(queries), queries.length, out);
        double[] predicted = fit.fit().vector("predict_queries");
        for (int i = 0; i < queries.length; i++) {
            assertClose(out[i], predicted[i], "query " + i);
        }
        if (data.featureCount() == 1) {
            double[] curve = new double[queries.length];
            end.model().predictCurve(KnnFixtures.rowMajor(queries), queries.length, curve);
            assertThat(curve).containsExactly(out);
            for (int i = 0; i < queries.length; i++) {
                assertThat(end.model().predictAt(queries[i][0])).isEqualTo(out[i]);
            }
        }
    }

    @Test
    void r2FollowsScikitLearnsEdgeCases() {
        Dataset flat = Dataset.regression("flat", new double[][] {{0}, {1}, {2}}, new double[] {4, 4, 4},
                List.of("x"), "y");
        Engine<KnnRegressionSnapshot> engine = factory.create(flat, factory.defaults().with("nNeighbors", 2), 0);
        engine.step();
        assertThat(engine.snapshot().r2()).as("one point").isNaN();
        assertThat(runToEnd(engine).r2()).as("constant targets fitted exactly").isEqualTo(1.0);

        Dataset steps = Dataset.regression("steps", new double[][] {{0}, {1}, {5}}, new double[] {0, 2, 7},
                List.of("x"), "y");
        KnnRegressionSnapshot end = runToEnd(factory.create(steps, factory.defaults().with("nNeighbors", 2), 0));
        // Predictions 1, 1, 4.5: residuals −1, 1, 2.5; mean 3, Σ(y − ȳ)² = 9 + 1 + 16 = 26.
        assertThat(end.r2()).isCloseTo(1 - 8.25 / 26, within(1e-15));
        assertThat(end.mse()).isCloseTo(8.25 / 3, within(1e-15));
        assertThat(end.narration()).isEqualTo("point 2 (y = 7.00): its 2 nearest have y = 7.00, 2.00 → mean 4.50; "
                + "R² so far 0.683");
    }

    @Test
    void distanceWeightsGiveEachTrainingPointItsOwnTarget() {
        KnnRegressionSnapshot end = runToEnd(factory.create(data(), factory.defaults().with("weights", "distance"), 0));
        Dataset data = data();
        for (int i = 0; i < data.size(); i++) {
            assertThat(end.prediction(i)).isEqualTo(data.target(i));
        }
        assertThat(end.r2()).isEqualTo(1.0);
    }

    @Test
    void refusesDataItCannotUse() {
        assertThatThrownBy(() -> factory.create(data(), factory.defaults().with("nNeighbors", 81), 0))
                .hasMessage("The number of neighbours k (nNeighbors) must be at most the number of points (80); got 81.");
        Dataset classes = Dataset.classification("two", new double[][] {{0, 0}, {1, 1}}, new int[] {0, 1},
                List.of("a", "b"), List.of("no", "yes"));
        assertThatThrownBy(() -> factory.create(classes, factory.defaults(), 0))
                .hasMessageContaining("needs data with a real-valued target");
        KnnRegressor diabetes = factory.create(KnnFixtures.load("knn_regression_diabetes").dataset(),
                factory.defaults(), 0).snapshot().model();
        assertThatThrownBy(() -> diabetes.predictCurve(new double[10], 1, new double[1]))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("this one has 10");
    }
}
