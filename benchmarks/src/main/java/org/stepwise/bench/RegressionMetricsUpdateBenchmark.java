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
import org.stepwise.algo.Params;
import org.stepwise.algo.evaluation.RegressionMetricsFactory;
import org.stepwise.algo.evaluation.RegressionMetricsSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.data.Generators;

/**
 * One dragged point's full update in the regression-metrics lesson (issue 25: a dragged point
 * updates every metric and plot within one frame, 16.7 ms): the data with the point moved becomes
 * a new engine, which refits the line (linear regression's engine, QR) and computes every metric,
 * the Q-Q plot and the histogram of the residuals. On the lesson's default 40 points and on 1,000.
 * tools/reference/speed_regression_metrics.py times scikit-learn, SciPy and NumPy doing the same.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RegressionMetricsUpdateBenchmark {

    @Param({"40", "1000"})
    public int points;

    private final RegressionMetricsFactory factory = new RegressionMetricsFactory();
    private Params params;
    private Dataset dragged;

    @Setup
    public void drag() {
        Dataset data = Generators.generate("linear", new GeneratorOptions(points, 0.5, 2, 0));
        double[][] x = new double[data.size()][];
        double[] y = data.targets();
        for (int i = 0; i < x.length; i++) {
            x[i] = data.row(i);
        }
        x[0] = new double[] {x[0][0] + 0.5};
        y[0] += 5;
        dragged = Dataset.regression(data.name(), x, y, data.featureNames(), data.targetName());
        params = factory.defaults();
    }

    @Benchmark
    public RegressionMetricsSnapshot draggedPointUpdate() {
        return factory.create(dragged, params, 0).snapshot();
    }
}
