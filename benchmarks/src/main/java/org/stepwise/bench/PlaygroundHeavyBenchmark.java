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
import org.stepwise.algo.Engine;
import org.stepwise.algo.Params;
import org.stepwise.algo.neural.playground.PlaygroundFactory;
import org.stepwise.algo.neural.playground.PlaygroundSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.data.Generators;

/**
 * TensorFlow Playground's heavy setting in the playground lesson: six hidden layers of 8 tanh
 * neurons, spirals of 500 points (noise 0.1), batches of 10, SGD at 0.03. {@code epoch}: one engine
 * step (50 updates, then the training accuracy) and its snapshot; {@code boundary256}: the output's
 * class probabilities at 256 × 256 points, what the boundary view asks of one snapshot at full
 * resolution. Issue 23's target: 60 epochs a second with a 256 × 256 boundary (TF Playground: 21
 * epochs/s at 100 × 100 in Chromium).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PlaygroundHeavyBenchmark {

    private static final int SIDE = 256;

    private final PlaygroundFactory factory = new PlaygroundFactory();
    private Dataset spirals;
    private Params params;
    private Engine<PlaygroundSnapshot> engine;
    private PlaygroundSnapshot trained;
    private final double[] xs = new double[SIDE * SIDE];
    private final double[] ys = new double[SIDE * SIDE];
    private final double[] probabilities = new double[2 * SIDE * SIDE];

    @Setup
    public void build() {
        spirals = Generators.generate("spirals", new GeneratorOptions(500, 0.1, 2, 0));
        params = factory.defaults().with("hidden", "8,8,8,8,8,8").with("maxIter", 100_000);
        engine = factory.create(spirals, params, 0);
        for (int i = 0; i < 20; i++) {
            engine.step();
        }
        trained = engine.snapshot();
        for (int j = 0; j < SIDE; j++) {
            for (int i = 0; i < SIDE; i++) {
                xs[j * SIDE + i] = -1.2 + 2.4 * i / (SIDE - 1);
                ys[j * SIDE + i] = -1.2 + 2.4 * j / (SIDE - 1);
            }
        }
    }

    @Benchmark
    public PlaygroundSnapshot epoch() {
        if (engine.step().isFinal()) {
            engine = factory.create(spirals, params, 0);
        }
        return engine.snapshot();
    }

    @Benchmark
    public double boundary256() {
        trained.predictProbabilities(xs, ys, SIDE * SIDE, probabilities);
        return probabilities[SIDE * SIDE];
    }
}
