package org.stepwise.algo.evaluation;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stepwise.algo.evaluation.EvaluationFixtures.assertArrayClose;
import static org.stepwise.algo.evaluation.EvaluationFixtures.assertClose;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.stepwise.algo.SklearnFixture;

class ThresholdCurvesTest {

    static Stream<String> cases() { return EvaluationFixtures.CLASSIFICATION.stream(); }

    private static RankedScores ranked(SklearnFixture f) {
        return RankedScores.of(f.integers("y_true"), f.vector("score"), (int) f.number("curve_positive_class"));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void rocCurvesEqualScikitLearnPointForPoint(String name) {
        SklearnFixture f = EvaluationFixtures.load(name);
        for (boolean drop : new boolean[] {true, false}) {
            SklearnFixture expected = f.part("roc_drop_" + drop);
            RocCurve roc = ThresholdCurves.roc(ranked(f), drop);
            assertArrayClose(expected.vector("fpr"), roc.fpr(), name + " fpr drop=" + drop);
            assertArrayClose(expected.vector("tpr"), roc.tpr(), name + " tpr drop=" + drop);
            assertArrayClose(expected.vector("thresholds"), roc.thresholds(), name + " thresholds drop=" + drop);
        }
        assertClose(f.number("roc_auc"), ThresholdCurves.rocAuc(ranked(f)), name + " roc auc");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void precisionRecallCurvesEqualScikitLearnPointForPoint(String name) {
        SklearnFixture f = EvaluationFixtures.load(name);
        SklearnFixture expected = f.part("pr_curve");
        PrecisionRecallCurve pr = ThresholdCurves.precisionRecall(ranked(f));
        assertArrayClose(expected.vector("precision"), pr.precision(), name + " precision");
        assertArrayClose(expected.vector("recall"), pr.recall(), name + " recall");
        assertArrayClose(expected.vector("thresholds"), pr.thresholds(), name + " thresholds");
        assertClose(f.number("average_precision"), ThresholdCurves.averagePrecision(ranked(f)), name + " AP");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void oneVsRestAucEqualsScikitLearn(String name) {
        SklearnFixture f = EvaluationFixtures.load(name);
        if (!f.has("roc_auc_ovr_macro")) {
            return;
        }
        int[] y = f.integers("y_true");
        double[][] proba = EvaluationFixtures.proba(f);
        assertClose(f.number("roc_auc_ovr_macro"), ThresholdCurves.rocAucOneVsRest(y, proba, Average.MACRO), "macro");
        assertClose(f.number("roc_auc_ovr_weighted"), ThresholdCurves.rocAucOneVsRest(y, proba, Average.WEIGHTED), "weighted");
    }

    @Test
    void oneClassPresentIsRefusedWithASentenceNamingTheMetric() {
        RankedScores allPositive = RankedScores.of(new int[] {1, 1, 1}, new double[] {0.2, 0.5, 0.9}, 1);
        UndefinedMetricException e = assertThrows(UndefinedMetricException.class, () -> ThresholdCurves.rocAuc(allPositive));
        assertTrue(e.getMessage().startsWith("ROC AUC is undefined: y_true has no negative row"), e.getMessage());
        RankedScores allNegative = RankedScores.of(new int[] {0, 0}, new double[] {0.2, 0.5}, 1);
        e = assertThrows(UndefinedMetricException.class, () -> ThresholdCurves.averagePrecision(allNegative));
        assertTrue(e.getMessage().startsWith("average precision is undefined"), e.getMessage());
    }

    @Test
    void rankingCountsTiesTogether() {
        RankedScores r = RankedScores.of(new int[] {1, 0, 1, 0, 1}, new double[] {0.5, 0.5, 0.9, -0.0, 0.0}, 1);
        assertArrayClose(new double[] {0.9, 0.5, 0.0}, r.thresholds(), "thresholds");
        assertArrayClose(new double[] {1, 2, 3}, r.truePositives(), "tps");
        assertArrayClose(new double[] {0, 1, 2}, r.falsePositives(), "fps");
    }
}
