package org.stepwise.algo.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.stepwise.algo.evaluation.EvaluationFixtures.assertArrayClose;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.stepwise.algo.SklearnFixture;

class CalibrationTest {

    static Stream<String> cases() { return EvaluationFixtures.CLASSIFICATION.stream(); }

    @ParameterizedTest
    @MethodSource("cases")
    void curvesEqualScikitLearn(String name) {
        SklearnFixture f = EvaluationFixtures.load(name);
        int positive = (int) f.number("curve_positive_class");
        int[] y = f.integers("y_true");
        int[] binary = new int[y.length];
        for (int i = 0; i < y.length; i++) {
            binary[i] = y[i] == positive ? 1 : 0;
        }
        double[] p = f.vector("score");
        for (Calibration.Strategy strategy : Calibration.Strategy.values()) {
            for (int bins : new int[] {5, 10}) {
                SklearnFixture expected = f.part("calibration_" + strategy.name().toLowerCase() + "_" + bins);
                CalibrationCurve curve = Calibration.curve(binary, p, bins, strategy);
                String what = name + " " + strategy + " " + bins;
                assertArrayClose(expected.vector("prob_true"), curve.probTrue(), what + " prob_true");
                assertArrayClose(expected.vector("prob_pred"), curve.probPred(), what + " prob_pred");
            }
        }
    }

    @Test
    void binsCountTheirRowsAndEdgesGoToTheLowerBin() {
        CalibrationCurve curve = Calibration.curve(new int[] {0, 1, 1, 0}, new double[] {0.1, 0.5, 0.9, 0.5}, 2,
                Calibration.Strategy.UNIFORM);
        assertArrayEquals(new long[] {3, 1}, curve.counts());
        assertArrayClose(new double[] {1.0 / 3, 1}, curve.probTrue(), "share of positives");
    }

    @Test
    void probabilitiesOutsideTheUnitIntervalAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> Calibration.curve(new int[] {0, 1}, new double[] {0.1, 1.5}, 5, Calibration.Strategy.UNIFORM));
    }
}
