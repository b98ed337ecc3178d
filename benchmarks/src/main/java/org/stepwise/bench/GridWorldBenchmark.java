package org.stepwise.bench;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.stepwise.algo.Engine;
import org.stepwise.algo.Params;
import org.stepwise.algo.rl.GridWorldFactory;
import org.stepwise.algo.rl.GridWorldSnapshot;

/**
 * The grid world lesson's engines on a 20 × 20 maze (walls on every other row with gaps, the goal
 * in the far corner, slip 0.2): value-iteration sweeps per second (200 sweeps per invocation, γ =
 * 0.999 so that none converges early), and Q-learning actions per second (10,000 per invocation,
 * γ = 0.99). Each invocation builds its engine (the model's outcome tables) inside. scikit-learn
 * has no reinforcement learning; no baseline is timed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GridWorldBenchmark {

    private static final int SWEEPS = 200;
    private static final int ACTIONS = 10_000;

    private final GridWorldFactory factory = new GridWorldFactory();
    private final String maze = maze(20);

    /** Walls on every odd row, each with one gap that alternates sides; S top left, G bottom right. */
    static String maze(int side) {
        StringBuilder rows = new StringBuilder();
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                boolean wall = r % 2 == 1 && c != (r % 4 == 1 ? side - 1 : 0);
                rows.append(r == 0 && c == 0 ? 'S' : r == side - 1 && c == side - 1 ? 'G' : wall ? '#' : '.');
            }
            rows.append(r < side - 1 ? "/" : "");
        }
        return rows.toString();
    }

    private Params params(String algorithm, String gamma) {
        return factory.defaults().withAllText(Map.of("algorithm", algorithm, "layout", maze, "gamma", gamma,
                "slip", "0.2", "tol", "1e-300"));
    }

    @Benchmark
    @OperationsPerInvocation(SWEEPS)
    public GridWorldSnapshot valueIterationSweeps() {
        Engine<GridWorldSnapshot> engine = factory.create(null, params("value-iteration", "0.999"), 0);
        for (int i = 0; i < SWEEPS; i++) {
            engine.step();
        }
        return engine.snapshot();
    }

    @Benchmark
    @OperationsPerInvocation(ACTIONS)
    public GridWorldSnapshot qLearningActions() {
        Engine<GridWorldSnapshot> engine = factory.create(null, params("q-learning", "0.99").with("episodes", 100_000), 0);
        for (int i = 0; i < ACTIONS; i++) {
            engine.step();
        }
        return engine.snapshot();
    }
}
