package org.stepwise.algo.neural;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.stepwise.algo.neural.GradientCheck.assertClose;
import static org.stepwise.algo.neural.GradientCheck.numeric;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every loss's gradient against central finite differences, and the fused softmax/sigmoid gradients. */
class LossGradientTest {

    private static final int ROWS = 4;
    private static final int WIDTH = 3;

    static Stream<Loss> regressionLosses() {
        return Stream.of(new MeanSquaredError(), MeanSquaredError.halved(), new MeanAbsoluteError(), new Huber(0.7));
    }

    static Stream<Loss> classLosses() {
        return Stream.of(new BinaryCrossEntropy(), new CategoricalCrossEntropy(), new CategoricalCrossEntropy(0.1));
    }

    @ParameterizedTest
    @MethodSource("regressionLosses")
    void regressionLossGradient(Loss loss) {
        double[] prediction = GradientCheck.randomAwayFromZero(ROWS * WIDTH, 21);
        double[] target = new double[ROWS * WIDTH]; // residuals = predictions, all at least 0.05 from the kink
        checkLoss(loss, prediction, target);
    }

    @ParameterizedTest
    @MethodSource("classLosses")
    void classLossGradient(Loss loss) {
        double[] prediction = {0.2, 0.5, 0.3, 0.7, 0.1, 0.2, 0.05, 0.05, 0.9, 0.3, 0.3, 0.4};
        double[] target = {0, 1, 0, 1, 0, 0, 0, 0, 1, 0, 0, 1};
        checkLoss(loss, prediction, target);
    }

    private static void checkLoss(Loss loss, double[] prediction, double[] target) {
        double[] analytic = new double[prediction.length];
        loss.gradient(prediction, target, analytic, ROWS, WIDTH);
        assertClose(analytic, numeric(prediction, () -> loss.value(prediction, target, ROWS, WIDTH)), loss.label());
    }

    @Test
    void softmaxWithCrossEntropyFusesToProbabilitiesMinusTargets() {
        for (CategoricalCrossEntropy loss : new CategoricalCrossEntropy[] {new CategoricalCrossEntropy(),
                new CategoricalCrossEntropy(0.2)}) {
            assertThat(loss.fusesWith(new Softmax(WIDTH))).isTrue();
            checkFused(new Softmax(WIDTH), loss, new double[] {0, 0, 1, 1, 0, 0, 0, 1, 0, 0, 0, 1});
        }
    }

    @Test
    void sigmoidWithBinaryCrossEntropyFusesToProbabilitiesMinusTargets() {
        Activation sigmoid = new Activation(ActivationFunction.SIGMOID, WIDTH);
        assertThat(new BinaryCrossEntropy().fusesWith(sigmoid)).isTrue();
        assertThat(new BinaryCrossEntropy().fusesWith(new Activation(ActivationFunction.TANH, WIDTH))).isFalse();
        checkFused(sigmoid, new BinaryCrossEntropy(), new double[] {0, 1, 1, 1, 0, 0, 0, 1, 0, 1, 0, 1});
    }

    /** The fused ∂L/∂z equals the layer's backward of the loss's ∂L/∂a and the finite differences in z. */
    private static void checkFused(Layer layer, Loss loss, double[] target) {
        double[] z = GradientCheck.randomAwayFromZero(ROWS * WIDTH, 22);
        double[] a = new double[z.length];
        layer.forward(z, a, ROWS, true);
        double[] fused = new double[z.length];
        loss.fusedGradient(a, target, fused, ROWS, WIDTH);

        double[] lossGradient = new double[z.length];
        loss.gradient(a, target, lossGradient, ROWS, WIDTH);
        double[] chained = new double[z.length];
        layer.backward(z, a, lossGradient, chained, ROWS);
        assertClose(fused, chained, loss.label() + " fused against chained");

        double[] scratch = new double[z.length];
        assertClose(fused, numeric(z, () -> {
            layer.forward(z, scratch, ROWS, true);
            return loss.value(scratch, target, ROWS, WIDTH);
        }), loss.label() + " fused against finite differences");
    }

    @Test
    void lossValuesFollowTheirFormulas() {
        double[] p = {0.5, 2.0};
        double[] y = {0.0, 0.0};
        assertThat(new MeanSquaredError().value(p, y, 2, 1)).isCloseTo((0.25 + 4) / 2, offset(1e-15));
        assertThat(MeanSquaredError.halved().value(p, y, 2, 1)).isCloseTo((0.25 + 4) / 4, offset(1e-15));
        assertThat(new MeanAbsoluteError().value(p, y, 2, 1)).isCloseTo(1.25, offset(1e-15));
        assertThat(new Huber(1).value(p, y, 2, 1)).isCloseTo((0.125 + 1.5) / 2, offset(1e-15));
        double[] probabilities = {0.25, 0.75};
        double[] oneHot = {0, 1};
        assertThat(new CategoricalCrossEntropy().value(probabilities, oneHot, 1, 2)).isCloseTo(-Math.log(0.75), offset(1e-15));
        // smoothing 0.2 over two classes: targets 0.1 and 0.9
        assertThat(new CategoricalCrossEntropy(0.2).value(probabilities, oneHot, 1, 2))
                .isCloseTo(-(0.1 * Math.log(0.25) + 0.9 * Math.log(0.75)), offset(1e-15));
        assertThat(new BinaryCrossEntropy().value(new double[] {0.8}, new double[] {0}, 1, 1)).isCloseTo(-Math.log(0.2), offset(1e-15));
    }

    @Test
    void theCheckNoticesAGradientOffByAFactor() {
        double[] analytic = {1, 2, 3};
        assertThat(GradientCheck.relativeError(analytic, new double[] {2, 4, 6})).isGreaterThan(0.3);
        assertThat(GradientCheck.relativeError(analytic, new double[] {1, 2, 3 + 1e-9})).isLessThan(1e-9);
    }
}
