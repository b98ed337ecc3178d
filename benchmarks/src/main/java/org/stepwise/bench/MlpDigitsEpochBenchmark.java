package org.stepwise.bench;

import java.util.List;
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
import org.stepwise.algo.Randomness;
import org.stepwise.algo.neural.Activation;
import org.stepwise.algo.neural.ActivationFunction;
import org.stepwise.algo.neural.CategoricalCrossEntropy;
import org.stepwise.algo.neural.Dense;
import org.stepwise.algo.neural.Initialization;
import org.stepwise.algo.neural.LearningRateSchedule;
import org.stepwise.algo.neural.MiniBatchTrainer;
import org.stepwise.algo.neural.Penalty;
import org.stepwise.algo.neural.Sequential;
import org.stepwise.algo.neural.Softmax;
import org.stepwise.algo.optim.GradientDescent;
import org.stepwise.data.BuiltInDatasets;
import org.stepwise.data.Dataset;

/**
 * One epoch of mini-batch SGD on Digits (1,797 × 64, pixels / 16) through 64 → 64 ReLU → 10
 * softmax, batches of 32 in the data's order, learning rate 0.01, L2 α = 1e-4: what
 * {@code MLPClassifier(hidden_layer_sizes=(64,), solver="sgd", momentum=0, shuffle=False,
 * batch_size=32, learning_rate_init=0.01, alpha=1e-4).partial_fit} does per call
 * (tools/reference/speed_mlp.py times it). Training continues from epoch to epoch, as there.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MlpDigitsEpochBenchmark {

    private double[] x;
    private double[] y;
    private int rows;
    private MiniBatchTrainer trainer;

    @Setup
    public void load() {
        Dataset digits = BuiltInDatasets.load("digits");
        rows = digits.size();
        x = digits.featuresRowMajor();
        for (int i = 0; i < x.length; i++) {
            x[i] /= 16;
        }
        y = new double[rows * 10];
        for (int r = 0; r < rows; r++) {
            y[r * 10 + digits.label(r)] = 1;
        }
        Sequential network = new Sequential(List.of(new Dense(64, 64), new Activation(ActivationFunction.RELU, 64),
                new Dense(64, 10), new Softmax(10)), new CategoricalCrossEntropy(), Penalty.l2(1e-4));
        network.initialize(Initialization.XAVIER_UNIFORM, Randomness.generator(0));
        trainer = new MiniBatchTrainer(network, new GradientDescent(0.01), LearningRateSchedule.constant(0.01),
                Double.POSITIVE_INFINITY);
    }

    @Benchmark
    public double mlpDigitsOneEpoch() {
        return trainer.epoch(x, y, rows, 32);
    }
}
