package org.stepwise.algo.rl.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.DoubleSupplier;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.stepwise.algo.Randomness;
import org.stepwise.algo.neural.ActivationFunction;
import org.stepwise.algo.neural.GradientCheck;
import org.stepwise.algo.neural.Huber;
import org.stepwise.algo.neural.MeanSquaredError;

/**
 * The policy, value and Q networks: each gradient against central finite differences of the loss
 * it states (relative error below 1e-6), probabilities that sum to one, sampling at the stated
 * frequencies, and the hidden-layer text refused with a sentence.
 */
class PolicyNetworksTest {

    private static final int STATE = 4;
    private static final int ROWS = 6;

    private static double[] states(long seed) {
        RandomGenerator random = Randomness.generator(seed);
        double[] states = new double[ROWS * STATE];
        for (int i = 0; i < states.length; i++) {
            states[i] = random.nextGaussian();
        }
        return states;
    }

    @Test
    void policyGradientOfTheWeightedLogLikelihoodEqualsFiniteDifferences() {
        for (int[] hidden : new int[][] {{5}, {5, 3}}) {
            SoftmaxPolicy policy = new SoftmaxPolicy(STATE, 3, hidden, ActivationFunction.TANH, Randomness.generator(1));
            double[] s = states(2);
            int[] actions = {0, 2, 1, 1, 0, 2};
            double[] weights = {1.5, -0.7, 2.0, 0.3, -1.2, 0.9};   // advantages of either sign
            policy.gradient(s, actions, weights, ROWS);
            double[] analytic = policy.gradients().clone();
            double[] numeric = GradientCheck.numeric(policy.parameters(), () -> {
                double sum = 0;
                double[] row = new double[STATE];
                for (int i = 0; i < ROWS; i++) {
                    System.arraycopy(s, i * STATE, row, 0, STATE);
                    sum -= weights[i] * policy.logProbability(row, actions[i]);
                }
                return sum / ROWS;
            });
            assertThat(GradientCheck.relativeError(analytic, numeric)).as("hidden " + java.util.Arrays.toString(hidden)).isLessThan(1e-6);
        }
    }

    @Test
    void gradientReturnsTheSurrogateItDifferentiates() {
        SoftmaxPolicy policy = new SoftmaxPolicy(STATE, 2, new int[] {4}, ActivationFunction.RELU, Randomness.generator(3));
        double[] s = states(4);
        int[] actions = {1, 0, 1, 1, 0, 0};
        double[] weights = {1, 2, 3, -1, -2, 0.5};
        double loss = policy.gradient(s, actions, weights, ROWS);
        double expected = 0;
        double[] row = new double[STATE];
        for (int i = 0; i < ROWS; i++) {
            System.arraycopy(s, i * STATE, row, 0, STATE);
            expected -= weights[i] * policy.logProbability(row, actions[i]);
        }
        assertThat(loss).isCloseTo(expected / ROWS, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void probabilitiesSumToOneAndSamplingFollowsThem() {
        SoftmaxPolicy policy = new SoftmaxPolicy(STATE, 2, new int[] {8}, ActivationFunction.TANH, Randomness.generator(5));
        double[] state = {0.3, -1.0, 0.8, 2.0};
        double[] p = policy.probabilities(state, new double[2]);
        assertThat(p[0] + p[1]).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-15));
        RandomGenerator random = Randomness.generator(6);
        int draws = 200_000;
        int right = 0;
        for (int i = 0; i < draws; i++) {
            right += policy.sample(state, random);
        }
        // Binomial standard deviation √(p(1 − p)/n) ≤ 0.0012: five of them.
        assertThat((double) right / draws).isCloseTo(p[1], org.assertj.core.data.Offset.offset(0.006));
        double[] batch = new double[ROWS * 2];
        policy.probabilities(states(7), ROWS, batch);
        for (int i = 0; i < ROWS; i++) {
            assertThat(batch[2 * i] + batch[2 * i + 1]).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-15));
        }
    }

    @Test
    void valueGradientOfHalfSquaredErrorEqualsFiniteDifferences() {
        ValueNetwork value = new ValueNetwork(STATE, new int[] {6, 4}, ActivationFunction.TANH, Randomness.generator(8));
        double[] s = states(9);
        double[] targets = {1, -2, 0.5, 3, 0, -1};
        value.gradient(s, targets, ROWS);
        double[] analytic = value.gradients().clone();
        double[] numeric = GradientCheck.numeric(value.parameters(), () -> {
            double sum = 0;
            double[] row = new double[STATE];
            for (int i = 0; i < ROWS; i++) {
                System.arraycopy(s, i * STATE, row, 0, STATE);
                double r = value.value(row) - targets[i];
                sum += 0.5 * r * r;
            }
            return sum / ROWS;
        });
        assertThat(GradientCheck.relativeError(analytic, numeric)).isLessThan(1e-6);
    }

    @Test
    void tdGradientTouchesOnlyTheActionsTakenAndEqualsFiniteDifferences() {
        for (boolean huber : new boolean[] {false, true}) {
            QNetwork q = new QNetwork(STATE, 2, new int[] {6}, ActivationFunction.TANH,
                    huber ? new Huber(1) : MeanSquaredError.halved(), Randomness.generator(10));
            double[] s = states(11);
            int[] actions = {0, 1, 1, 0, 1, 0};
            // Residuals both inside and beyond Huber's δ = 1.
            double[] targets = {0.2, -3, 4, 0.1, -0.3, 2.5};
            q.gradient(s, actions, targets, ROWS);
            double[] analytic = q.gradients().clone();
            double[] numeric = GradientCheck.numeric(q.parameters(), () -> {
                double sum = 0;
                double[] row = new double[STATE];
                double[] values = new double[2];
                for (int i = 0; i < ROWS; i++) {
                    System.arraycopy(s, i * STATE, row, 0, STATE);
                    double r = q.values(row, values)[actions[i]] - targets[i];
                    sum += huber && Math.abs(r) > 1 ? Math.abs(r) - 0.5 : 0.5 * r * r;
                }
                return sum / ROWS;
            });
            assertThat(GradientCheck.relativeError(analytic, numeric)).as(huber ? "Huber" : "squared").isLessThan(1e-6);
        }
    }

    @Test
    void greedyAndMaxValueReadTheLargestActionValue() {
        QNetwork q = new QNetwork(STATE, 2, new int[] {6}, ActivationFunction.RELU, new Huber(1), Randomness.generator(12));
        double[] state = {0.1, 0.2, -0.3, 0.4};
        double[] values = q.values(state, new double[2]);
        assertThat(q.greedy(state)).isEqualTo(values[1] > values[0] ? 1 : 0);
        assertThat(q.maxValue(state)).isEqualTo(Math.max(values[0], values[1]));
        QNetwork copy = new QNetwork(STATE, 2, new int[] {6}, ActivationFunction.RELU, new Huber(1), Randomness.generator(13));
        copy.copyFrom(q);
        assertThat(copy.values(state, new double[2])).containsExactly(values);
    }

    @Test
    void hiddenLayersParseAndRefuseWithASentence() {
        assertThat(HiddenLayers.parse("32")).containsExactly(32);
        assertThat(HiddenLayers.parse(" 64, 32 ")).containsExactly(64, 32);
        assertThatThrownBy(() -> HiddenLayers.parse("0")).hasMessage("Every hidden layer needs at least one neuron; got \"0\".");
        assertThatThrownBy(() -> HiddenLayers.parse("32,x")).hasMessageContaining("widths separated by commas");
        assertThatThrownBy(() -> new SoftmaxPolicy(STATE, 2, new int[] {0}, ActivationFunction.TANH, Randomness.generator(1)))
                .hasMessageContaining("at least one neuron");
    }
}
