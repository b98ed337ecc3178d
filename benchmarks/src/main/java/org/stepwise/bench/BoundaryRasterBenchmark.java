package org.stepwise.bench;

import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.infra.Blackhole;
import org.stepwise.algo.Domain;
import org.stepwise.algo.Engine;
import org.stepwise.algo.linear.LogisticRegressionFactory;
import org.stepwise.algo.linear.LogisticRegressionSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.data.Generators;
import org.stepwise.viz.view.BoundaryRaster;

/**
 * The decision-boundary raster of the logistic-regression lesson at 256×256: evaluating the
 * model on every pixel and colouring it, on one thread and in bands on every core. The
 * baseline, measured in the same run, is one {@code Math.exp} per pixel: the least work any
 * softmax evaluation of the grid must do.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class BoundaryRasterBenchmark {

    private static final int SIZE = 256;

    private LogisticRegressionSnapshot model;
    private Domain domain;
    private BoundaryRaster singleThread;
    private BoundaryRaster allCores;
    private double[] baselineInput;

    @Setup
    public void train() {
        Dataset data = Generators.generate("blobs", new GeneratorOptions(200, 0.5, 3, 0));
        LogisticRegressionFactory factory = new LogisticRegressionFactory();
        Engine<LogisticRegressionSnapshot> engine = factory.create(data, factory.defaults(), 0);
        for (int i = 0; i < 300; i++) {
            engine.step();
        }
        model = engine.snapshot();
        domain = new Domain(-5, 5, -5, 5);
        singleThread = new BoundaryRaster(SIZE, SIZE, 1);
        allCores = new BoundaryRaster(SIZE, SIZE);
        baselineInput = new double[SIZE * SIZE];
        for (int i = 0; i < baselineInput.length; i++) {
            baselineInput[i] = (i % 97) / 97.0;
        }
    }

    @Benchmark
    public double baselineOneExpPerPixel() {
        double sum = 0;
        for (double v : baselineInput) {
            sum += Math.exp(v);
        }
        return sum;
    }

    @Benchmark
    public void logisticOneThread(Blackhole sink) {
        singleThread.paint(model, domain);
        sink.consume(singleThread.pixels());
    }

    @Benchmark
    public void logisticAllCores(Blackhole sink) {
        allCores.paint(model, domain);
        sink.consume(allCores.pixels());
    }
}
