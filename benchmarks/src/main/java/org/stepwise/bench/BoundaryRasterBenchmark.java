package org.stepwise.bench;

import java.util.SplittableRandom;
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
import org.stepwise.algo.ClassProbabilities;
import org.stepwise.algo.Domain;
import org.stepwise.algo.Engine;
import org.stepwise.algo.linear.LogisticRegressionFactory;
import org.stepwise.algo.linear.LogisticRegressionSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.data.Generators;
import org.stepwise.viz.view.BoundaryRaster;

/**
 * The decision-boundary raster at 256×256: evaluating a model on every pixel and colouring it,
 * on one thread and in bands on every core, for the logistic-regression lesson's softmax
 * model, a binary logistic model σ(w·x + b), and a 2-16-16-1 tanh network (DESIGN's budget:
 * 16 ms on two cores) with {@code Math.tanh} and with a rational approximation of tanh. The
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
    private ClassProbabilities binaryLogistic;
    private TanhNetwork network;
    private TanhNetwork networkFastTanh;
    private Domain domain;
    private BoundaryRaster singleThread;
    private BoundaryRaster allCores;
    private double[] baselineInput;

    /**
     * A 2-16-16-1 perceptron with tanh hidden units and a logistic output (Goodfellow, Bengio &
     * Courville, Deep Learning, 2016, §6.3), weights drawn once from a seeded generator.
     * Immutable, so bands may evaluate it at once; each call allocates its two hidden-layer
     * buffers once for its whole batch, never per point.
     */
    static final class TanhNetwork implements ClassProbabilities {
        private static final int HIDDEN = 16;
        private final double[] w1 = new double[HIDDEN * 2];
        private final double[] b1 = new double[HIDDEN];
        private final double[] w2 = new double[HIDDEN * HIDDEN];
        private final double[] b2 = new double[HIDDEN];
        private final double[] w3 = new double[HIDDEN];
        private final double b3;
        private final boolean fastTanh;

        TanhNetwork(long seed, boolean fastTanh) {
            SplittableRandom random = new SplittableRandom(seed);
            // Glorot-scaled normal weights: a boundary with a few bends across the domain.
            fill(random, w1, Math.sqrt(2.0 / (2 + HIDDEN)) * 2);
            fill(random, b1, 0.5);
            fill(random, w2, Math.sqrt(2.0 / (HIDDEN + HIDDEN)) * 2);
            fill(random, b2, 0.5);
            fill(random, w3, Math.sqrt(2.0 / (HIDDEN + 1)) * 2);
            b3 = random.nextGaussian() * 0.1;
            this.fastTanh = fastTanh;
        }

        private static void fill(SplittableRandom random, double[] values, double scale) {
            for (int i = 0; i < values.length; i++) {
                values[i] = random.nextGaussian() * scale;
            }
        }

        @Override
        public int classCount() { return 2; }

        @Override
        public void predictProbabilities(double[] xs, double[] ys, int count, double[] out) {
            double[] h1 = new double[HIDDEN];
            double[] h2 = new double[HIDDEN];
            for (int i = 0; i < count; i++) {
                for (int j = 0; j < HIDDEN; j++) {
                    h1[j] = activation(w1[2 * j] * xs[i] + w1[2 * j + 1] * ys[i] + b1[j]);
                }
                double z = b3;
                for (int j = 0; j < HIDDEN; j++) {
                    double sum = b2[j];
                    for (int k = 0; k < HIDDEN; k++) {
                        sum += w2[j * HIDDEN + k] * h1[k];
                    }
                    h2[j] = activation(sum);
                    z += w3[j] * h2[j];
                }
                double p = 1 / (1 + Math.exp(-z));
                out[2 * i] = 1 - p;
                out[2 * i + 1] = p;
            }
        }

        private double activation(double x) {
            return fastTanh ? fastTanh(x) : Math.tanh(x);
        }
    }

    /**
     * tanh from Lambert's continued fraction cut after the seventh term (a [7/6] Padé
     * approximant), clamped to ±1 beyond |x| = 4.97 where it reaches 1 within 1e-4; the largest
     * error on [-8, 8] is 9.7e-5, far below one of the raster's 64 colour levels.
     */
    static double fastTanh(double x) {
        if (x > 4.97) {
            return 1;
        }
        if (x < -4.97) {
            return -1;
        }
        double x2 = x * x;
        return x * (135135 + x2 * (17325 + x2 * (378 + x2))) / (135135 + x2 * (62370 + x2 * (3150 + 28 * x2)));
    }

    @Setup
    public void prepare() {
        Dataset data = Generators.generate("blobs", new GeneratorOptions(200, 0.5, 3, 0));
        LogisticRegressionFactory factory = new LogisticRegressionFactory();
        Engine<LogisticRegressionSnapshot> engine = factory.create(data, factory.defaults(), 0);
        for (int i = 0; i < 300; i++) {
            engine.step();
        }
        model = engine.snapshot();
        binaryLogistic = new ClassProbabilities() {
            @Override public int classCount() { return 2; }

            @Override
            public void predictProbabilities(double[] xs, double[] ys, int count, double[] out) {
                for (int i = 0; i < count; i++) {
                    double p = 1 / (1 + Math.exp(-(1.3 * xs[i] - 0.7 * ys[i] + 0.2)));
                    out[2 * i] = 1 - p;
                    out[2 * i + 1] = p;
                }
            }
        };
        network = new TanhNetwork(42, false);
        networkFastTanh = new TanhNetwork(42, true);
        checkFastTanh();
        domain = new Domain(-5, 5, -5, 5);
        singleThread = new BoundaryRaster(SIZE, SIZE, 1);
        allCores = new BoundaryRaster(SIZE, SIZE);
        baselineInput = new double[SIZE * SIZE];
        for (int i = 0; i < baselineInput.length; i++) {
            baselineInput[i] = (i % 97) / 97.0;
        }
    }

    /** Refuses to time an approximation that is not what its javadoc says. */
    private static void checkFastTanh() {
        double worst = 0;
        for (int i = -8000; i <= 8000; i++) {
            double x = i / 1000.0;
            worst = Math.max(worst, Math.abs(fastTanh(x) - Math.tanh(x)));
        }
        if (worst > 1e-4) {
            throw new IllegalStateException("fast tanh is off by " + worst);
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
        paint(singleThread, model, sink);
    }

    @Benchmark
    public void logisticAllCores(Blackhole sink) {
        paint(allCores, model, sink);
    }

    @Benchmark
    public void binaryLogisticOneThread(Blackhole sink) {
        paint(singleThread, binaryLogistic, sink);
    }

    @Benchmark
    public void binaryLogisticAllCores(Blackhole sink) {
        paint(allCores, binaryLogistic, sink);
    }

    @Benchmark
    public void mlpMathTanhOneThread(Blackhole sink) {
        paint(singleThread, network, sink);
    }

    @Benchmark
    public void mlpMathTanhAllCores(Blackhole sink) {
        paint(allCores, network, sink);
    }

    @Benchmark
    public void mlpFastTanhOneThread(Blackhole sink) {
        paint(singleThread, networkFastTanh, sink);
    }

    @Benchmark
    public void mlpFastTanhAllCores(Blackhole sink) {
        paint(allCores, networkFastTanh, sink);
    }

    private void paint(BoundaryRaster raster, ClassProbabilities classifier, Blackhole sink) {
        raster.paint(classifier, domain);
        sink.consume(raster.pixels());
    }
}
