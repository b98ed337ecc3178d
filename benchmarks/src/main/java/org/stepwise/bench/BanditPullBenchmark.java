package org.stepwise.bench;

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
import org.stepwise.algo.rl.BanditFactory;
import org.stepwise.algo.rl.BanditSnapshot;

/**
 * The bandits lesson's engine: steps per second of the four policies together (ε-greedy, UCB1,
 * Thompson sampling, the gradient bandit) on the default 10-armed Gaussian testbed, each step one
 * reward drawn per arm and one pull of every policy; a run of 10,000 steps per invocation, its
 * engine built inside (the means drawn, the buffers made). scikit-learn has no bandits; the
 * baseline is the same four policies stepped in numpy, as Sutton and Barto's reference code
 * does: tools/reference/speed_bandits.py.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BanditPullBenchmark {

    private static final int STEPS = 10_000;

    private final BanditFactory factory = new BanditFactory();

    @Benchmark
    @OperationsPerInvocation(STEPS)
    public BanditSnapshot fourPoliciesTenThousandSteps() {
        Engine<BanditSnapshot> engine = factory.create(null, factory.defaults().with("pulls", STEPS), 0);
        while (!engine.step().isFinal()) {
            // one pull of every policy
        }
        return engine.snapshot();
    }
}
