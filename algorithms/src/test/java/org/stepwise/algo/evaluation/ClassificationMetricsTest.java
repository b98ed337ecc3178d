package org.stepwise.algo.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stepwise.algo.evaluation.EvaluationFixtures.assertArrayClose;
import static org.stepwise.algo.evaluation.EvaluationFixtures.assertClose;
import static org.stepwise.algo.evaluation.EvaluationFixtures.values;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.stepwise.algo.SklearnFixture;

class ClassificationMetricsTest {

    static Stream<String> cases() { return EvaluationFixtures.CLASSIFICATION.stream(); }

    @ParameterizedTest
    @MethodSource("cases")
    void confusionMatrixCountsAsScikitLearn(String name) {
        SklearnFixture f = EvaluationFixtures.load(name);
        ConfusionMatrix cm = EvaluationFixtures.matrix(f);
        double[][] expected = f.matrix("confusion_matrix");
        long[][] counts = cm.counts();
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < expected.length; j++) {
                assertEquals((long) expected[i][j], counts[i][j], name + " C[" + i + "][" + j + "]");
            }
        }
        for (int k = 0; k < cm.classes(); k++) {
            assertEquals(cm.total(), cm.truePositives(k) + cm.falsePositives(k) + cm.falseNegatives(k) + cm.trueNegatives(k));
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void scalarsEqualScikitLearn(String name) {
        SklearnFixture f = EvaluationFixtures.load(name);
        ConfusionMatrix cm = EvaluationFixtures.matrix(f);
        assertClose(f.number("accuracy"), ClassificationMetrics.accuracy(cm).value(), "accuracy");
        assertClose(f.number("balanced_accuracy"), ClassificationMetrics.balancedAccuracy(cm).value(), "balanced accuracy");
        assertClose(f.number("matthews_corrcoef"), ClassificationMetrics.matthewsCorrcoef(cm).value(), "MCC");
        assertClose(f.number("cohen_kappa"), ClassificationMetrics.cohenKappa(cm).value(), "kappa");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void perClassAndAveragedEqualScikitLearn(String name) {
        SklearnFixture f = EvaluationFixtures.load(name);
        ConfusionMatrix cm = EvaluationFixtures.matrix(f);
        assertArrayClose(f.vector("precision_per_class"), values(ClassificationMetrics.precisionPerClass(cm)), "precision");
        assertArrayClose(f.vector("recall_per_class"), values(ClassificationMetrics.recallPerClass(cm)), "recall");
        assertArrayClose(f.vector("specificity_per_class"), values(ClassificationMetrics.specificityPerClass(cm)), "specificity");
        assertArrayClose(f.vector("f1_per_class"), values(ClassificationMetrics.fbetaPerClass(cm, 1)), "f1");
        assertArrayClose(f.vector("fbeta0.5_per_class"), values(ClassificationMetrics.fbetaPerClass(cm, 0.5)), "f0.5");
        assertArrayClose(f.vector("fbeta2.0_per_class"), values(ClassificationMetrics.fbetaPerClass(cm, 2)), "f2");
        List<Average> averages = new ArrayList<>(List.of(Average.MICRO, Average.MACRO, Average.WEIGHTED));
        if (cm.classes() == 2) {
            averages.add(Average.BINARY);
        }
        for (Average average : averages) {
            String key = average.sklearnName();
            check(f, "precision_" + key, a -> ClassificationMetrics.precision(cm, a, 1), average);
            check(f, "recall_" + key, a -> ClassificationMetrics.recall(cm, a, 1), average);
            check(f, "f1_" + key, a -> ClassificationMetrics.f1(cm, a, 1), average);
            check(f, "fbeta0.5_" + key, a -> ClassificationMetrics.fbeta(cm, 0.5, a, 1), average);
            check(f, "fbeta2.0_" + key, a -> ClassificationMetrics.fbeta(cm, 2, a, 1), average);
            assertClose(f.number("specificity_" + key), ClassificationMetrics.specificity(cm, average, 1).value(),
                    name + " specificity " + key);
        }
    }

    private static void check(SklearnFixture f, String key, Function<Average, Score> metric, Average average) {
        assertClose(f.vector(key)[0], metric.apply(average).value(), f.name() + " " + key);
    }

    @Test
    void zeroDivisionIsReportedAsZeroWithASentenceWhereScikitLearnWarns() {
        SklearnFixture f = EvaluationFixtures.load("classification_four");
        ConfusionMatrix cm = EvaluationFixtures.matrix(f);
        Score[] precision = ClassificationMetrics.precisionPerClass(cm);
        assertEquals(0.0, precision[3].value());
        assertTrue(precision[3].problem().orElseThrow().contains("precision is ill-defined for class 3"));
        assertTrue(precision[0].isWellDefined());
        Score macro = ClassificationMetrics.precision(cm, Average.MACRO, 0);
        assertFalse(macro.isWellDefined());
        assertTrue(macro.problem().orElseThrow().contains("class 3"), macro.toString());
        assertTrue(ClassificationMetrics.recall(cm, Average.MACRO, 0).isWellDefined(), "every class has true rows");
    }

    @Test
    void mccOfOneColumnIsZeroWithASentence() {
        ConfusionMatrix cm = EvaluationFixtures.matrix(EvaluationFixtures.load("classification_degenerate"));
        Score mcc = ClassificationMetrics.matthewsCorrcoef(cm);
        assertEquals(0.0, mcc.value());
        assertTrue(mcc.problem().orElseThrow().contains("predicted as one class"));
    }

    @Test
    void kappaWithOneClassEverywhereHasNoValue() {
        ConfusionMatrix cm = ConfusionMatrix.of(new int[] {1, 1, 1}, new int[] {1, 1, 1}, 2);
        Score kappa = ClassificationMetrics.cohenKappa(cm);
        assertFalse(kappa.hasValue());
        IllegalStateException e = assertThrows(IllegalStateException.class, kappa::value);
        assertTrue(e.getMessage().startsWith("Cohen's kappa is undefined"));
    }

    @Test
    void fScoreIsIllDefinedOnlyForAClassNeitherTrueNorPredicted() {
        ConfusionMatrix cm = ConfusionMatrix.of(new int[] {0, 0, 1}, new int[] {0, 1, 1}, 3);
        Score[] f1 = ClassificationMetrics.fbetaPerClass(cm, 1);
        assertTrue(f1[0].isWellDefined());
        assertFalse(f1[2].isWellDefined());
        assertEquals(0.0, f1[2].value());
        assertTrue(f1[2].problem().orElseThrow().startsWith("F-score is ill-defined for class 2"));
    }

    @Test
    void badLabelsAndBinaryWithThreeClassesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ConfusionMatrix.of(new int[] {0, 3}, new int[] {0, 1}, 3));
        assertThrows(IllegalArgumentException.class, () -> ConfusionMatrix.of(new int[] {0}, new int[] {0, 1}, 2));
        ConfusionMatrix three = ConfusionMatrix.of(new int[] {0, 1, 2}, new int[] {0, 1, 2}, 3);
        assertThrows(IllegalArgumentException.class, () -> ClassificationMetrics.precision(three, Average.BINARY, 1));
        assertArrayEquals(new long[] {1, 0, 0}, three.counts()[0]);
    }
}
