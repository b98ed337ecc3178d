package org.stepwise.algo.neural;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.stepwise.algo.SklearnFixture;
import org.stepwise.algo.optim.GradientDescent;

/**
 * One epoch of mini-batch gradient descent against scikit-learn 1.2.1: from the weights its
 * MLPClassifier / MLPRegressor had after a first {@code partial_fit}, one more
 * {@code partial_fit} (solver "sgd", momentum 0, shuffle off, alpha 0.01, batch 16) gives the
 * weights and the loss_ of tools/reference/mlp.py's fixture, to 1e-9.
 */
class MiniBatchTrainerTest {

    private static final double TOLERANCE = 1e-9;

    static Stream<SklearnFixture> cases() {
        return SklearnFixture.load(MiniBatchTrainerTest.class, "mlp_sgd_epoch").parts("cases").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void oneEpochMatchesScikitLearnsPartialFit(SklearnFixture fixture) {
        double[][] x = fixture.matrix("x");
        double[][] y = fixture.matrix("y");
        int[] hidden = fixture.integers("hidden");
        Sequential network = network(x[0].length, hidden, y[0].length, fixture.text("activation"),
                fixture.text("out_activation"), fixture.number("alpha"));
        load(network, fixture, "before");
        MiniBatchTrainer trainer = new MiniBatchTrainer(network, new GradientDescent(fixture.number("learning_rate")),
                LearningRateSchedule.constant(fixture.number("learning_rate")), Double.POSITIVE_INFINITY);

        double loss = trainer.epoch(flatten(x), flatten(y), x.length, (int) fixture.number("batch_size"));

        assertThat(loss).isCloseTo(fixture.number("loss"), offset(TOLERANCE));
        double[] expected = fixture.mlpParameters("after");
        double[] start = fixture.mlpParameters("before");
        double moved = 0;
        for (int i = 0; i < expected.length; i++) {
            moved = Math.max(moved, Math.abs(expected[i] - start[i]));
        }
        assertThat(moved).as("the epoch moves the weights far more than the tolerance").isGreaterThan(1e-3);
        for (int i = 0; i < expected.length; i++) {
            assertThat(network.parameters()[i]).as("parameter %d", i).isCloseTo(expected[i], offset(TOLERANCE));
        }
    }

    static Sequential network(int inputs, int[] hidden, int outputs, String activation, String outActivation,
                              double alpha) {
        ActivationFunction function = switch (activation) {
            case "tanh" -> ActivationFunction.TANH;
            case "relu" -> ActivationFunction.RELU;
            case "logistic" -> ActivationFunction.SIGMOID;
            default -> throw new IllegalArgumentException(activation);
        };
        List<Layer> layers = new ArrayList<>();
        int width = inputs;
        for (int h : hidden) {
            layers.add(new Dense(width, h));
            layers.add(new Activation(function, h));
            width = h;
        }
        layers.add(new Dense(width, outputs));
        Loss loss = switch (outActivation) {
            case "softmax" -> {
                layers.add(new Softmax(outputs));
                yield new CategoricalCrossEntropy();
            }
            case "logistic" -> {
                layers.add(new Activation(ActivationFunction.SIGMOID, outputs));
                yield new BinaryCrossEntropy();
            }
            case "identity" -> MeanSquaredError.halved();
            default -> throw new IllegalArgumentException(outActivation);
        };
        return new Sequential(layers, loss, Penalty.l2(alpha));
    }

    /** Writes scikit-learn's coefs_ and intercepts_ ("before" or "after") in the network's layout: W then b per layer. */
    private static void load(Sequential network, SklearnFixture fixture, String when) {
        double[] parameters = fixture.mlpParameters(when);
        assertThat(parameters).hasSameSizeAs(network.parameters());
        System.arraycopy(parameters, 0, network.parameters(), 0, parameters.length);
    }


    static double[] flatten(double[][] rows) {
        double[] flat = new double[rows.length * rows[0].length];
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(rows[r], 0, flat, r * rows[0].length, rows[0].length);
        }
        return flat;
    }
}
