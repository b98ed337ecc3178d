package org.stepwise.algo.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.stepwise.algo.SklearnFixture;

/** The fixtures of tools/reference/evaluation.py and the comparisons the metric tests share. */
final class EvaluationFixtures {

    static final List<String> CLASSIFICATION = List.of("classification_binary", "classification_three",
            "classification_four", "classification_degenerate");
    static final List<String> REGRESSION = List.of("regression_noisy", "regression_outlier", "regression_bad_model");

    /** Values agree with scikit-learn to this (the number). */
    static final double TOLERANCE = 1e-12;

    private EvaluationFixtures() {
    }

    /** Every snapshot of a run to its end, the first included. */
    static <S extends org.stepwise.algo.Snapshot> List<S> everySnapshot(org.stepwise.algo.Engine<S> engine) {
        List<S> snapshots = new java.util.ArrayList<>(List.of(engine.snapshot()));
        while (!engine.step().isFinal()) {
            snapshots.add(engine.snapshot());
        }
        snapshots.add(engine.snapshot());
        return snapshots;
    }

    /** The rows of {@code data}, every one labelled class 1: data a classifier's evaluation must refuse. */
    static org.stepwise.data.Dataset oneClass(org.stepwise.data.Dataset data) {
        int[] ones = new int[data.size()];
        java.util.Arrays.fill(ones, 1);
        double[][] x = new double[data.size()][];
        for (int i = 0; i < x.length; i++) {
            x[i] = data.row(i);
        }
        return org.stepwise.data.Dataset.classification("one", x, ones, data.featureNames(), data.classNames());
    }

    static SklearnFixture load(String name) { return SklearnFixture.load(EvaluationFixtures.class, name); }

    static ConfusionMatrix matrix(SklearnFixture f) {
        return ConfusionMatrix.of(f.integers("y_true"), f.integers("y_pred"), (int) f.number("classes"));
    }

    static double[][] proba(SklearnFixture f) { return f.matrix("proba"); }

    static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, TOLERANCE, what);
    }

    static void assertArrayClose(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what + ": length");
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], TOLERANCE, what + "[" + i + "]");
        }
    }

    static double[] values(Score[] scores) {
        double[] out = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            out[i] = scores[i].value();
        }
        return out;
    }
}
