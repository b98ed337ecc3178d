package org.stepwise.algo.neural;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stepwise.algo.neural.GradientCheck.assertClose;
import static org.stepwise.algo.neural.GradientCheck.numeric;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepwise.algo.Randomness;
import org.stepwise.algo.optim.Adam;
import org.stepwise.algo.optim.GradientDescent;

/** The whole network: its gradient (penalty included) by finite differences, training, and the inputs it refuses. */
class SequentialTest {

    private static final int ROWS = 5;

    private static Sequential deepNetwork(Penalty penalty) {
        return new Sequential(List.of(
                new Dense(3, 6), new BatchNorm(6), new Activation(ActivationFunction.ELU, 6),
                new Residual(List.of(new Dense(6, 6), new LayerNorm(6), new Activation(ActivationFunction.GELU, 6))),
                new Dense(6, 4), new Activation(ActivationFunction.SWISH, 4), new Dense(4, 3), new Softmax(3)),
                new CategoricalCrossEntropy(0.1), penalty);
    }

    private static double[] oneHot() {
        double[] y = new double[ROWS * 3];
        for (int r = 0; r < ROWS; r++) {
            y[r * 3 + r % 3] = 1;
        }
        return y;
    }

    @Test
    void theNetworksGradientMatchesFiniteDifferencesWithEitherPenalty() {
        for (Penalty penalty : new Penalty[] {Penalty.l2(0.3), Penalty.l1(0.2), Penalty.none()}) {
            Sequential network = deepNetwork(penalty);
            network.initialize(Initialization.HE_NORMAL, Randomness.generator(4));
            double[] x = GradientCheck.randomAwayFromZero(ROWS * 3, 5);
            double[] y = oneHot();
            network.forward(x, 0, ROWS, true);
            network.backward(y, 0);
            double[] analytic = network.gradients().clone();
            double[] numeric = numeric(network.parameters(), () -> {
                network.forward(x, 0, ROWS, true);
                return network.backward(y, 0);
            });
            assertClose(analytic, numeric, "network with penalty " + penalty);
        }
    }

    @Test
    void trainingLowersTheLossOnATinyProblem() {
        Sequential network = deepNetwork(Penalty.l2(1e-4));
        network.initialize(Initialization.XAVIER_UNIFORM, Randomness.generator(1));
        double[] x = GradientCheck.randomAwayFromZero(ROWS * 3, 2);
        double[] y = oneHot();
        Adam adam = new Adam(0.01, 0.9, 0.999, 1e-8, network.parameters().length);
        double first = network.trainBatch(x, y, 0, ROWS, adam, 1, 0.01);
        double last = first;
        for (int t = 2; t <= 200; t++) {
            last = network.trainBatch(x, y, 0, ROWS, adam, t, 0.01);
        }
        assertThat(last).isLessThan(first / 2);
    }

    @Test
    void predictGivesTheEvaluationOutputsOfEveryRowInChunks() {
        Sequential network = new Sequential(List.of(new Dense(2, 3), new Activation(ActivationFunction.TANH, 3),
                new Dense(3, 1)), new MeanSquaredError(), Penalty.none());
        network.initialize(Initialization.XAVIER_NORMAL, Randomness.generator(3));
        network.prepare(2);
        double[] x = GradientCheck.randomAwayFromZero(7 * 2, 4);
        double[] all = new double[7];
        network.predict(x, 7, all);
        for (int r = 0; r < 7; r++) {
            assertThat(network.forward(x, r, 1, false)[0]).isEqualTo(all[r]);
        }
    }

    @Test
    void refusesALayerWithoutNeurons() {
        assertThatThrownBy(() -> new Dense(2, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Dense needs at least one output neuron; got 0");
        assertThatThrownBy(() -> new Activation(ActivationFunction.RELU, 0))
                .hasMessage("ReLU needs at least one neuron; got 0");
    }

    @Test
    void refusesLayersWhoseWidthsDoNotMeet() {
        assertThatThrownBy(() -> new Sequential(List.of(new Dense(2, 16), new Dense(8, 4)), new MeanSquaredError(),
                Penalty.none())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("layer 2 (Dense 8 → 4) takes 8 values per example, but layer 1 (Dense 2 → 16) gives 16");
        assertThatThrownBy(() -> new Residual(List.of(new Dense(3, 2))))
                .hasMessageContaining("must give as many values as it takes");
    }

    @Test
    void refusesInputsOfTheWrongShape() {
        Sequential network = new Sequential(List.of(new Dense(3, 1)), new MeanSquaredError(), Penalty.none());
        assertThatThrownBy(() -> network.forward(new double[5], 0, 2, true)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the inputs hold 5 values, 3 a row; rows 0 to 1 were asked for");
        network.forward(new double[6], 0, 2, true);
        assertThatThrownBy(() -> network.backward(new double[1], 0)).hasMessageContaining("the targets hold 1 values");
    }

    @Test
    void aDivergingLossIsNamedAsSuch() {
        Sequential network = new Sequential(List.of(new Dense(1, 1)), new MeanSquaredError(), Penalty.none());
        network.initialize(Initialization.XAVIER_UNIFORM, Randomness.generator(0));
        double[] x = {1, 2, 3};
        double[] y = {10, 20, 30};
        MiniBatchTrainer trainer = new MiniBatchTrainer(network, new GradientDescent(50), LearningRateSchedule.constant(50),
                Double.POSITIVE_INFINITY);
        assertThatThrownBy(() -> {
            for (int epoch = 0; epoch < 1000; epoch++) {
                trainer.epoch(x, y, 3, 3);
            }
        }).isInstanceOf(DivergenceException.class).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the mean squared error became ")
                .hasMessageEndingWith(": training diverged; a smaller learning rate may help");
    }

    @Test
    void buffersAreAllocatedOnlyWhenALargerBatchArrives() {
        Sequential network = new Sequential(List.of(new Dense(2, 2)), new MeanSquaredError(), Penalty.none());
        network.prepare(8);
        double[] first = network.forward(new double[16], 0, 8, true);
        assertThat(network.forward(new double[16], 0, 3, true)).isSameAs(first);
        assertThat(network.forward(new double[32], 0, 16, true)).isNotSameAs(first);
    }
}
