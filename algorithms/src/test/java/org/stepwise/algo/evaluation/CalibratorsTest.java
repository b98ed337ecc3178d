package org.stepwise.algo.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.stepwise.algo.evaluation.EvaluationFixtures.assertArrayClose;
import static org.stepwise.algo.evaluation.EvaluationFixtures.assertClose;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.stepwise.algo.SklearnFixture;

/** Platt scaling and isotonic calibration against tools/reference/calibration.py. */
class CalibratorsTest {

    static Stream<String> cases() { return Stream.of("calibration_naive_bayes", "calibration_forest", "calibration_ties"); }

    @ParameterizedTest
    @MethodSource("cases")
    void plattScalingReachesScikitLearnsSigmoidAndItsOptimum(String name) {
        SklearnFixture f = EvaluationFixtures.load(name);
        double[] ab = PlattScaling.fit(f.vector("scores"), f.integers("y"));
        assertThat(ab[0]).as("A against _sigmoid_calibration (BFGS, gtol 1e-5)").isCloseTo(f.number("sigmoid_a"), within(1e-6));
        assertThat(ab[1]).as("B against _sigmoid_calibration").isCloseTo(f.number("sigmoid_b"), within(1e-6));
        assertThat(ab[0]).as("A at the optimum").isCloseTo(f.number("optimum_a"), within(1e-9));
        assertThat(ab[1]).as("B at the optimum").isCloseTo(f.number("optimum_b"), within(1e-9));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void isotonicEqualsIsotonicRegressionClipped(String name) {
        SklearnFixture f = EvaluationFixtures.load(name);
        double[] scores = f.vector("scores");
        IsotonicCalibration iso = IsotonicCalibration.fit(scores, f.integers("y"));
        assertArrayClose(f.vector("isotonic_fit"), iso.predict(scores), name + " fitted values");
        double[][] thresholds = iso.thresholds();
        assertArrayClose(f.vector("x_thresholds"), thresholds[0], name + " X_thresholds_");
        assertArrayClose(f.vector("y_thresholds"), thresholds[1], name + " y_thresholds_");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theMetricsBeforeAndAfterAreScikitLearns(String name) {
        SklearnFixture f = EvaluationFixtures.load(name);
        double[] scores = f.vector("scores");
        int[] y = f.integers("y");
        assertClose(f.number("brier_score_raw"), ProbabilityMetrics.brierScore(y, scores), "brier raw");
        assertClose(f.number("log_loss_raw"), ProbabilityMetrics.logLoss(y, scores), "log loss raw");
        double[] fitted = IsotonicCalibration.fit(scores, y).predict(scores);
        assertClose(f.number("brier_score_isotonic"), ProbabilityMetrics.brierScore(y, fitted), "brier isotonic");
        assertClose(f.number("log_loss_isotonic"), ProbabilityMetrics.logLoss(y, fitted), "log loss isotonic");
        double[] sigmoid = f.vector("sigmoid_prob");
        assertClose(f.number("brier_score_sigmoid"), ProbabilityMetrics.brierScore(y, sigmoid), "brier sigmoid");
        for (String strategy : new String[] {"uniform", "quantile"}) {
            CalibrationCurve curve = Calibration.curve(y, scores, 10,
                    Calibration.Strategy.valueOf(strategy.toUpperCase()));
            assertArrayClose(f.vector("prob_true_" + strategy), curve.probTrue(), name + " prob_true " + strategy);
            assertArrayClose(f.vector("prob_pred_" + strategy), curve.probPred(), name + " prob_pred " + strategy);
        }
    }

    @Test
    void everyPoolingKeepsTheCountOfPositivesAndTheEndIsNonDecreasing() {
        SklearnFixture f = EvaluationFixtures.load("calibration_ties");
        double[] scores = f.vector("scores");
        int[] y = f.integers("y");
        double positives = java.util.Arrays.stream(y).sum();
        IsotonicCalibration iso = new IsotonicCalibration(scores, y);
        int poolings = 0;
        while (iso.poolOnce()) {
            poolings++;
            assertThat(sum(iso.predict(scores))).as("a pooling replaces labels by their mean").isCloseTo(positives,
                    within(1e-9));
        }
        assertThat(poolings).isEqualTo(iso.poolings()).isPositive();
        double[] end = iso.fittedValues();
        for (int i = 1; i < end.length; i++) {
            assertThat(end[i]).isGreaterThanOrEqualTo(end[i - 1]);
        }
    }

    @Test
    void plattsLossNeverRisesAndTheTargetsAreSmoothed() {
        SklearnFixture f = EvaluationFixtures.load("calibration_forest");
        PlattScaling platt = new PlattScaling(f.vector("scores"), f.integers("y"));
        double previous = platt.loss();
        while (!platt.converged()) {
            assertThat(platt.iterate()).isTrue();
            assertThat(platt.loss()).isLessThanOrEqualTo(previous);
            previous = platt.loss();
        }
        assertThat(platt.iterations()).isBetween(2, 30);
    }

    @Test
    void interpolationClipsAtTheEndsAndIsLinearBetween() {
        double[] xp = {0.2, 0.4, 0.8};
        double[] fp = {0.0, 0.5, 1.0};
        assertThat(IsotonicCalibration.interpolate(xp, fp, 0.0)).isEqualTo(0.0);
        assertThat(IsotonicCalibration.interpolate(xp, fp, 0.9)).isEqualTo(1.0);
        assertThat(IsotonicCalibration.interpolate(xp, fp, 0.4)).isEqualTo(0.5);
        assertThat(IsotonicCalibration.interpolate(xp, fp, 0.6)).isCloseTo(0.75, within(1e-15));
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }
}
