package org.stepwise.algo.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stepwise.algo.evaluation.EvaluationFixtures.assertClose;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.stepwise.algo.SklearnFixture;

class RegressionMetricsTest {

    static Stream<String> cases() { return EvaluationFixtures.REGRESSION.stream(); }

    @ParameterizedTest
    @MethodSource("cases")
    void everyMetricEqualsScikitLearn(String name) {
        SklearnFixture f = EvaluationFixtures.load(name);
        double[] y = f.vector("y_true");
        double[] p = f.vector("y_pred");
        assertClose(f.number("mse"), RegressionMetrics.meanSquaredError(y, p), name + " mse");
        assertClose(f.number("rmse"), RegressionMetrics.rootMeanSquaredError(y, p), name + " rmse");
        assertClose(f.number("mae"), RegressionMetrics.meanAbsoluteError(y, p), name + " mae");
        assertClose(f.number("median_absolute_error"), RegressionMetrics.medianAbsoluteError(y, p), name + " median ae");
        assertClose(f.number("r2"), RegressionMetrics.r2(y, p).value(), name + " r2");
        assertClose(f.number("explained_variance"), RegressionMetrics.explainedVariance(y, p).value(), name + " ev");
        assertEquals(f.number("mape"), RegressionMetrics.meanAbsolutePercentageError(y, p),
                1e-12 * Math.max(1, f.number("mape")), name + " mape");
    }

    @Test
    void aBadModelHasNegativeR2() {
        SklearnFixture f = EvaluationFixtures.load("regression_bad_model");
        assertTrue(RegressionMetrics.r2(f.vector("y_true"), f.vector("y_pred")).value() < 0);
    }

    @Test
    void constantTargetIsIllDefinedWithScikitLearnsSubstitutes() {
        double[] y = {2, 2, 2};
        Score perfect = RegressionMetrics.r2(y, new double[] {2, 2, 2});
        Score off = RegressionMetrics.r2(y, new double[] {1, 2, 3});
        assertEquals(1.0, perfect.value());
        assertEquals(0.0, off.value());
        assertFalse(off.isWellDefined());
        assertTrue(off.problem().orElseThrow().startsWith("R² is ill-defined: the target is constant"));
    }

    @Test
    void medianOfEvenAndOddCounts() {
        assertEquals(2.5, RegressionMetrics.medianAbsoluteError(new double[] {0, 0, 0, 0}, new double[] {4, -1, 3, 2}));
        assertEquals(3.0, RegressionMetrics.medianAbsoluteError(new double[] {0, 0, 0}, new double[] {4, -1, 3}));
    }
}
