package org.stepwise.bench;

import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.stepwise.algo.Randomness;
import org.stepwise.algo.evaluation.Average;
import org.stepwise.algo.evaluation.ClassificationMetrics;
import org.stepwise.algo.evaluation.ConfusionMatrix;
import org.stepwise.algo.evaluation.IsotonicCalibration;
import org.stepwise.algo.evaluation.PlattScaling;
import org.stepwise.algo.evaluation.ProbabilityMetrics;
import org.stepwise.algo.evaluation.RankedScores;
import org.stepwise.algo.evaluation.RegressionMetrics;
import org.stepwise.algo.evaluation.ThresholdCurves;

/**
 * The metrics library on 1,000,000 predictions (issue 25: every scalar metric in under 100 ms, a
 * ROC or PR curve with one sort). Binary labels (40 % positive) with a noisy probability of the
 * positive class and its hard prediction at 0.5, and a regression target with a noisy prediction.
 * tools/reference/speed_evaluation.py times scikit-learn's functions on data drawn alike.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EvaluationBenchmark {

    private static final int N = 1_000_000;
    private static final int CALIBRATION_ROWS = 100_000;

    private final int[] yTrue = new int[N];
    private final int[] yPred = new int[N];
    private final double[] probability = new double[N];
    private final double[] target = new double[N];
    private final double[] prediction = new double[N];
    private double[] calibrationScores;
    private int[] calibrationLabels;

    @Setup
    public void draw() {
        RandomGenerator random = Randomness.generator(25);
        for (int i = 0; i < N; i++) {
            yTrue[i] = random.nextDouble() < 0.4 ? 1 : 0;
            double logit = 1.6 * (2 * yTrue[i] - 1) + 1.5 * random.nextGaussian();
            probability[i] = 1 / (1 + Math.exp(-logit));
            yPred[i] = probability[i] >= 0.5 ? 1 : 0;
            target[i] = 10 * random.nextDouble();
            prediction[i] = target[i] + random.nextGaussian();
        }
        calibrationScores = java.util.Arrays.copyOf(probability, CALIBRATION_ROWS);
        calibrationLabels = java.util.Arrays.copyOf(yTrue, CALIBRATION_ROWS);
    }

    /**
     * Every scalar metric of the library: the classification ones from one confusion matrix (per
     * class and every average), log loss, Brier score, ROC AUC and average precision from one
     * ranking, and the seven regression metrics.
     */
    @Benchmark
    public double everyScalarMetric() {
        ConfusionMatrix cm = ConfusionMatrix.of(yTrue, yPred, 2);
        double sum = ClassificationMetrics.accuracy(cm).value() + ClassificationMetrics.balancedAccuracy(cm).value()
                + ClassificationMetrics.matthewsCorrcoef(cm).value() + ClassificationMetrics.cohenKappa(cm).value();
        for (Average average : Average.values()) {
            sum += ClassificationMetrics.precision(cm, average, 1).value()
                    + ClassificationMetrics.recall(cm, average, 1).value()
                    + ClassificationMetrics.specificity(cm, average, 1).value()
                    + ClassificationMetrics.f1(cm, average, 1).value()
                    + ClassificationMetrics.fbeta(cm, 2, average, 1).value();
        }
        sum += ProbabilityMetrics.logLoss(yTrue, probability) + ProbabilityMetrics.brierScore(yTrue, probability);
        RankedScores ranked = RankedScores.of(yTrue, probability, 1);
        sum += ThresholdCurves.rocAuc(ranked) + ThresholdCurves.averagePrecision(ranked);
        return sum + regressionMetrics();
    }

    /** The ranking (the one sort) and both curves read from it. */
    @Benchmark
    public double rocAndPrecisionRecallCurves() {
        RankedScores ranked = RankedScores.of(yTrue, probability, 1);
        return ThresholdCurves.roc(ranked, true).fpr().length + ThresholdCurves.precisionRecall(ranked).recall().length;
    }

    /** The threshold-free part alone: the confusion matrix and its metrics, log loss, Brier and regression. */
    @Benchmark
    public double withoutRanking() {
        ConfusionMatrix cm = ConfusionMatrix.of(yTrue, yPred, 2);
        return ClassificationMetrics.f1(cm, Average.MACRO, 1).value() + ClassificationMetrics.matthewsCorrcoef(cm).value()
                + ProbabilityMetrics.logLoss(yTrue, probability) + ProbabilityMetrics.brierScore(yTrue, probability)
                + regressionMetrics();
    }

    /**
     * Platt scaling of the first 100,000 probabilities to its optimum (the calibration lesson's
     * sigmoid stage run whole); speed_evaluation.py times {@code _sigmoid_calibration} on as many.
     */
    @Benchmark
    public double plattScaling() {
        return PlattScaling.fit(calibrationScores, calibrationLabels)[0];
    }

    /** Isotonic regression of the first 100,000 labels on their probabilities, and its predictions. */
    @Benchmark
    public double isotonicCalibration() {
        return IsotonicCalibration.fit(calibrationScores, calibrationLabels).predict(calibrationScores)[0];
    }

    private double regressionMetrics() {
        return RegressionMetrics.meanSquaredError(target, prediction)
                + RegressionMetrics.rootMeanSquaredError(target, prediction)
                + RegressionMetrics.meanAbsoluteError(target, prediction)
                + RegressionMetrics.medianAbsoluteError(target, prediction)
                + RegressionMetrics.r2(target, prediction).value()
                + RegressionMetrics.explainedVariance(target, prediction).value()
                + RegressionMetrics.meanAbsolutePercentageError(target, prediction);
    }
}
