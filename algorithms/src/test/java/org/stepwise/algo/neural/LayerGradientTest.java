package org.stepwise.algo.neural;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.stepwise.algo.neural.GradientCheck.checkLayer;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.stepwise.algo.Randomness;

/** Every layer's backward pass against central finite differences of its forward pass. */
class LayerGradientTest {

    @Test
    void dense() {
        checkLayer(new Dense(5, 3), 4, true, 11);
    }

    @ParameterizedTest
    @EnumSource(ActivationFunction.class)
    void activation(ActivationFunction function) {
        checkLayer(new Activation(function, 6), 3, true, 12);
    }

    @Test
    void softmax() {
        checkLayer(new Softmax(4), 5, true, 13);
    }

    @Test
    void batchNormInTrainingUsesTheBatchStatistics() {
        checkLayer(new BatchNorm(3), 6, true, 14);
    }

    @Test
    void batchNormInEvaluationUsesTheRunningStatistics() {
        checkLayer(new BatchNorm(3), 6, false, 15);
    }

    @Test
    void layerNorm() {
        checkLayer(new LayerNorm(5), 4, true, 16);
    }

    @Test
    void residualAroundABlock() {
        checkLayer(new Residual(List.of(new Dense(4, 3), new Activation(ActivationFunction.TANH, 3), new Dense(3, 4))),
                3, true, 17);
    }

    @Test
    void dropoutKeepsAndScalesAsItsMaskSays() {
        Dropout dropout = new Dropout(50, 0.4, Randomness.generator(1));
        dropout.prepare(4);
        double[] x = GradientCheck.randomAwayFromZero(200, 2);
        double[] out = new double[200];
        dropout.forward(x, out, 4, true);
        double[] upstream = GradientCheck.randomAwayFromZero(200, 3);
        double[] back = new double[200];
        dropout.backward(x, out, upstream, back, 4);
        int kept = 0;
        for (int i = 0; i < 200; i++) {
            double expected = dropout.kept(i) ? 1 / 0.6 : 0;
            assertThat(out[i]).isEqualTo(x[i] * expected);
            assertThat(back[i]).isEqualTo(upstream[i] * expected);
            kept += dropout.kept(i) ? 1 : 0;
        }
        assertThat(kept).isBetween(95, 145); // 120 expected of 200 at keep probability 0.6

        dropout.forward(x, out, 4, false);
        assertThat(out).containsExactly(x);
    }

    @Test
    void batchNormRunningStatisticsFollowPyTorchsUpdate() {
        BatchNorm norm = new BatchNorm(1, 0.1);
        double[] parameters = new double[2];
        norm.bind(parameters, new double[2], 0);
        norm.initialize(Initialization.XAVIER_UNIFORM, Randomness.generator(0));
        norm.prepare(4);
        double[] out = new double[4];
        norm.forward(new double[] {1, 2, 3, 6}, out, 4, true);
        // batch mean 3, unbiased variance (4 + 1 + 0 + 9) / 3
        assertThat(norm.runningMean(0)).isCloseTo(0.9 * 0 + 0.1 * 3, offset(1e-15));
        assertThat(norm.runningVariance(0)).isCloseTo(0.9 * 1 + 0.1 * 14 / 3.0, offset(1e-15));
        double mean = 0;
        for (double v : out) {
            mean += v / 4;
        }
        assertThat(mean).isCloseTo(0, offset(1e-12));

        norm.forward(new double[] {1, 2, 3, 6}, out, 4, false);
        double expected = (1 - norm.runningMean(0)) / Math.sqrt(norm.runningVariance(0) + Normalization.EPSILON);
        assertThat(out[0]).isCloseTo(expected, offset(1e-12));
    }
}
