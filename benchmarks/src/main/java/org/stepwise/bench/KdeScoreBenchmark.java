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
import org.stepwise.algo.density.DensityKernel;
import org.stepwise.algo.density.KernelDensityModel;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.data.Generators;

/**
 * The kde lesson's scoring: the log-density of 10,000 points of two features at each of them
 * (scikit-learn's {@code KernelDensity(kernel, bandwidth=0.5).fit(X).score_samples(X)}, 10⁸ kernel
 * values, exact), the work of the engine's step n and of each sweep step. The baseline is
 * tools/reference/speed_kde.py (its default tree, rtol = 0: exact too), on blobs of the same size
 * and spread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 4, time = 5)
@Fork(1)
public class KdeScoreBenchmark {

    @Param({"gaussian", "epanechnikov"})
    public String kernel;

    private double[] points;
    private double[] out;
    private int n;

    @Setup
    public void load() {
        Dataset blobs = Generators.generate("blobs", new GeneratorOptions(10_000, 0.3, 3, 0));
        n = blobs.size();
        points = blobs.featuresRowMajor();
        out = new double[n];
    }

    @Benchmark
    public double[] scoreSamples() {
        KernelDensityModel.fit(points, n, 2, 0.5, DensityKernel.of(kernel)).scoreSamples(points, n, out);
        return out;
    }
}
