package org.stepwise.algo.evaluation;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.stepwise.algo.evaluation.EvaluationFixtures.assertArrayClose;
import static org.stepwise.algo.evaluation.EvaluationFixtures.assertClose;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.stepwise.algo.SklearnFixture;

class ProbabilityMetricsTest {

    static Stream<String> cases() { return EvaluationFixtures.CLASSIFICATION.stream(); }

    @ParameterizedTest
    @MethodSource("cases")
    void logLossAndBrierEqualScikitLearn(String name) {
        SklearnFixture f = EvaluationFixtures.load(name);
        int[] y = f.integers("y_true");
        double[][] proba = EvaluationFixtures.proba(f);
        assertClose(f.number("log_loss"), ProbabilityMetrics.logLoss(y, proba), name + " log loss");
        assertArrayClose(f.vector("brier_per_class"), ProbabilityMetrics.brierScorePerClass(y, proba), name + " Brier");
        if (f.has("brier_score")) {
            double[] p1 = f.vector("score");
            assertClose(f.number("brier_score"), ProbabilityMetrics.brierScore(y, p1), name + " binary Brier");
            assertClose(f.number("log_loss_binary"), ProbabilityMetrics.logLoss(y, p1), name + " binary log loss");
        }
    }

    @Test
    void certainWrongPredictionsAreClippedNotInfinite() {
        // p = 0 for a positive row: clipped to eps, loss -log(eps) = 52 ln 2.
        assertClose(52 * Math.log(2) / 2, ProbabilityMetrics.logLoss(new int[] {1, 0}, new double[] {0.0, 0.0}), "clipped");
    }

    @Test
    void probabilitiesOutsideTheUnitIntervalAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ProbabilityMetrics.brierScore(new int[] {1}, new double[] {1.2}));
        assertThrows(IllegalArgumentException.class, () -> ProbabilityMetrics.logLoss(new int[] {2}, new double[] {0.4}));
    }
}
