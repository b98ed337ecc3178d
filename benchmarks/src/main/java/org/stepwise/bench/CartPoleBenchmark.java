package org.stepwise.bench;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.stepwise.algo.Engine;
import org.stepwise.algo.Randomness;
import org.stepwise.algo.StepResult;
import org.stepwise.algo.rl.CartPole;
import org.stepwise.algo.rl.cartpole.CartPoleFactory;
import org.stepwise.algo.rl.cartpole.CartPoleSnapshot;

/**
 * The cart-pole: environment steps per second of the bare physics (issue 26 asks for at least a
 * million), pushing towards the side the pole falls so that episodes last, and resetting at each
 * end; and the time each learner takes, with its default parameters, from nothing to the solved
 * mark (a mean return of 195 over 100 episodes), on the seed its test uses (REINFORCE 1,
 * actor-critic 0, DQN 3). scikit-learn has no reinforcement learning; no baseline is timed.
 */
@State(Scope.Benchmark)
@Fork(1)
public class CartPoleBenchmark {

    private static final int STEPS = 1_000_000;

    @Param({"reinforce", "actor-critic", "dqn"})
    public String algorithm;

    private final CartPoleFactory factory = new CartPoleFactory();
    private CartPole environment;
    private RandomGenerator random;
    private final double[] state = new double[CartPole.STATE_SIZE];

    @Setup
    public void setUp() {
        environment = new CartPole(200);
        random = Randomness.generator(0);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 2, time = 2)
    @Measurement(iterations = 5, time = 2)
    @OperationsPerInvocation(STEPS)
    public double physicsSteps() {
        double total = 0;
        for (int i = 0; i < STEPS; i++) {
            if (environment.done()) {
                environment.reset(random);
            }
            environment.state(state);
            total += environment.step(state[CartPole.THETA] + 0.5 * state[CartPole.THETA_DOT] > 0 ? 1 : 0);
        }
        return total + state[CartPole.X];
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 5)
    public CartPoleSnapshot trainToSolved() {
        long seed = switch (algorithm) {
            case "reinforce" -> 1;
            case "actor-critic" -> 0;
            default -> 3;
        };
        Engine<CartPoleSnapshot> engine = factory.create(null,
                factory.defaults().withAllText(Map.of("algorithm", algorithm)), seed);
        StepResult result = StepResult.CONTINUE;
        while (!result.isFinal()) {
            result = engine.step();
        }
        if (result != StepResult.CONVERGED) {
            throw new IllegalStateException(algorithm + " did not reach the solved mark: " + result);
        }
        return engine.snapshot();
    }
}
