package org.stepwise.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.stepwise.algo.Metrics;
import org.stepwise.algo.evaluation.ConfusionMatrix;
import org.stepwise.algo.evaluation.ConfusionMatrixFactory;
import org.stepwise.algo.evaluation.ConfusionMatrixSnapshot;
import org.stepwise.algo.evaluation.RocPrFactory;
import org.stepwise.algo.evaluation.RocPrSnapshot;
import org.stepwise.algo.evaluation.ScoredRows;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.data.Generators;

/**
 * One dragged threshold's pure update (issue 25: a threshold slider or a dragged point updates
 * every metric, curve and matrix within one frame, 16.7 ms), without drawing: the
 * confusion-matrix lesson's step re-read at a new threshold (the matrix by binary searches of the
 * rows sorted once, then every metric of {@code run --json}, per class and averaged), and the
 * ROC/PR lesson's (both classifiers' operating points and their scalars). Beside it, counting the
 * matrix by predicting every row, as the engine did before, for scale. On the lessons' default
 * moons (200 points, 60 held out) and on 100,000, the generators' largest (30,000 held out); each call moves to the next
 * of 97 thresholds across [0, 1].
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ThresholdDragBenchmark {

    @Param({"200", "100000"})
    public int points;

    private ConfusionMatrixSnapshot matrixStep;
    private RocPrSnapshot curvesStep;
    private int[] labels;
    private int[] predicted;
    private int next;

    @Setup
    public void score() {
        Dataset data = Generators.generate("moons", new GeneratorOptions(points, 0.35, 2, 0));
        ConfusionMatrixFactory matrices = new ConfusionMatrixFactory();
        matrixStep = matrices.create(data, matrices.defaults(), 0).snapshot();
        RocPrFactory curves = new RocPrFactory();
        // The compared classifier: naive Bayes, since k-NN scoring 300,000 rows is not what is timed.
        curvesStep = curves.create(data, curves.defaults().with("compareWith", "naive-bayes"), 0).snapshot();
        labels = matrixStep.rows().labels();
        predicted = new int[labels.length];
    }

    private double nextThreshold() {
        next = (next + 1) % 97;
        return (next + 1) / 98.0;
    }

    /** The matrix at the new threshold and every metric the lesson reports from it. */
    @Benchmark
    public Metrics confusionMatrixAtThreshold() {
        return matrixStep.atThreshold(nextThreshold()).metrics();
    }

    /** Both classifiers' points on both curves at the new threshold, and every scalar of the step. */
    @Benchmark
    public double rocPrAtThreshold() {
        RocPrSnapshot moved = curvesStep.atThreshold(nextThreshold());
        return moved.scalar("fpr") + moved.scalar("tpr") + moved.scalar("precision") + moved.scalar("recall")
                + moved.scalar("roc_auc") + moved.scalar("average_precision") + moved.scalar("compared_fpr")
                + moved.scalar("compared_tpr") + moved.scalar("compared_precision");
    }

    /** For scale: the matrix counted by predicting every row at the new threshold (a pass over the rows). */
    @Benchmark
    public ConfusionMatrix countingEveryRow() {
        double t = nextThreshold();
        ScoredRows rows = matrixStep.rows();
        for (int i = 0; i < predicted.length; i++) {
            predicted[i] = rows.predict(i, t);
        }
        return ConfusionMatrix.of(labels, predicted, rows.classCount());
    }
}
