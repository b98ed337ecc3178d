package org.stepwise.algo.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.stepwise.algo.Engine;
import org.stepwise.algo.Params;
import org.stepwise.algo.Randomness;
import org.stepwise.data.BuiltInDatasets;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.data.Generators;

/**
 * The matrix a dragged threshold gets ({@link ScoredRows#matrixAt}, binary searches of rows sorted
 * once) against brute force (every row predicted by {@link ScoredRows#predict} and counted), and a
 * snapshot moved to a threshold against the run that ends there.
 */
class ThresholdCounterTest {

    @Test
    void theCountedMatrixIsTheBruteForceOneAtEveryScoreBetweenThemAndAtTheEnds() {
        RandomGenerator random = Randomness.generator(7);
        for (int classes = 2; classes <= 4; classes++) {
            int n = 300;
            int[] labels = new int[n];
            double[] probabilities = new double[n * classes];
            for (int i = 0; i < n; i++) {
                labels[i] = random.nextInt(classes);
                double sum = 0;
                for (int k = 0; k < classes; k++) {
                    // Rounded to tenths: many tied scores, and ties between the other classes.
                    double p = Math.round(10 * random.nextDouble()) / 10.0 + (k == labels[i] ? 0.5 : 0);
                    probabilities[i * classes + k] = p;
                    sum += p;
                }
                for (int k = 0; k < classes; k++) {
                    probabilities[i * classes + k] /= sum;
                }
            }
            List<String> names = java.util.stream.IntStream.range(0, classes).mapToObj(k -> "c" + k).toList();
            ScoredRows rows = new ScoredRows("logistic-regression", names, classes - 1, labels, probabilities);
            double[] probes = new double[2 * n + 3];
            for (int i = 0; i < n; i++) {
                probes[2 * i] = rows.score(i);
                probes[2 * i + 1] = Math.nextDown(rows.score(i));
            }
            probes[2 * n] = 0;
            probes[2 * n + 1] = 1;
            probes[2 * n + 2] = 0.5;
            for (double t : probes) {
                assertThat(rows.matrixAt(t).counts()).as("%d classes at t = %s", classes, t)
                        .isDeepEqualTo(bruteForce(rows, t).counts());
            }
        }
    }

    @Test
    void aSnapshotMovedToAThresholdIsTheEndOfTheRunThatStopsThere() {
        var factory = new ConfusionMatrixFactory();
        for (var data : List.of(Generators.generate("moons", new GeneratorOptions(200, 0.35, 2, 0)),
                BuiltInDatasets.load("iris"))) {
            Params params = factory.defaults().with("positiveClass", 1);
            ConfusionMatrixSnapshot first = factory.create(data, params, 0).snapshot();
            for (double t : new double[] {0.0, 0.137, 0.5, 0.731, 1.0}) {
                ConfusionMatrixSnapshot moved = first.atThreshold(t);
                ConfusionMatrixSnapshot end = lastOf(factory.create(data, params.with("threshold", t), 0));
                assertThat(moved.threshold()).isEqualTo(end.threshold());
                assertThat(moved.matrix().counts()).isDeepEqualTo(end.matrix().counts());
                assertThat(moved.scalar("f1")).isEqualTo(end.scalar("f1"));
                assertThat(moved.matrix().counts()).isDeepEqualTo(bruteForce(moved.rows(), t).counts());
            }
        }
    }

    @Test
    void aRocPrSnapshotMovedToAThresholdIsTheEndOfTheRunThatStopsThere() {
        var factory = new RocPrFactory();
        var data = Generators.generate("moons", new GeneratorOptions(200, 0.35, 2, 0));
        Params params = factory.defaults();
        RocPrSnapshot first = factory.create(data, params, 0).snapshot();
        double[] thresholds = first.curves().roc().thresholds();
        for (double t : new double[] {0.0, thresholds[3], thresholds[thresholds.length / 2], 0.5, 1.0}) {
            RocPrSnapshot moved = first.atThreshold(t);
            RocPrSnapshot end = lastOf(factory.create(data, params.with("threshold", t), 0));
            assertThat(moved.threshold()).isEqualTo(t).isEqualTo(end.threshold());
            for (String name : List.of("fpr", "tpr", "precision", "recall", "compared_fpr", "compared_tpr")) {
                assertThat(moved.scalar(name)).as(name).isEqualTo(end.scalar(name));
            }
        }
    }

    private static <S extends org.stepwise.algo.Snapshot> S lastOf(Engine<S> engine) {
        while (!engine.step().isFinal()) {
            // to the run's end
        }
        return engine.snapshot();
    }

    private static ConfusionMatrix bruteForce(ScoredRows rows, double t) {
        int[] predicted = new int[rows.size()];
        for (int i = 0; i < predicted.length; i++) {
            predicted[i] = rows.predict(i, t);
        }
        return ConfusionMatrix.of(rows.labels(), predicted, rows.classCount());
    }
}
