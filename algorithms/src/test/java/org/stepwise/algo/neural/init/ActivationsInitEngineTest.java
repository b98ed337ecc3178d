package org.stepwise.algo.neural.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.stepwise.algo.Engine;
import org.stepwise.algo.Params;
import org.stepwise.algo.SklearnFixture;
import org.stepwise.algo.StepResult;
import org.stepwise.algo.neural.ActivationFunction;

/**
 * The activations-init lesson's engine: its per-layer statistics against numpy's from the same
 * weights and batch ({@code tools/reference/activations_init.py}), and the findings of Glorot &amp;
 * Bengio (2010) and He et al. (2015) on 10 layers of width 256.
 */
class ActivationsInitEngineTest {

    private final ActivationsInitFactory factory = new ActivationsInitFactory();

    static Stream<SklearnFixture> cases() {
        return SklearnFixture.load(ActivationsInitEngineTest.class, "activations_init_pass").parts("cases").stream();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void perLayerStatisticsEqualNumpysFromTheSameWeightsAndBatch(SklearnFixture fixture) {
        int depth = (int) fixture.number("depth");
        int width = (int) fixture.number("width");
        int rows = (int) fixture.number("rows");
        ActivationFunction function = ActivationFunction.valueOf(fixture.text("activation").toUpperCase(Locale.ROOT));
        DeepPass pass = new DeepPass(function, depth, width, rows);
        double[][] weights = fixture.matrix("weights");
        int perLayer = width * width + width;
        for (int l = 0; l < depth; l++) {
            System.arraycopy(weights[l], 0, pass.parameters(), l * perLayer, width * width);
        }
        pass.run(fixture.vector("x"), fixture.vector("g"));
        double[] std = fixture.vector("activation_std");
        double[] norm = fixture.vector("gradient_norm");
        for (int l = 0; l < depth; l++) {
            assertThat(pass.activationStd(l)).as("activation std of layer %d", l + 1)
                    .isCloseTo(std[l], within(1e-10 * Math.max(1, std[l])));
            assertThat(pass.gradientNorm(l)).as("gradient norm of layer %d", l + 1)
                    .isCloseTo(norm[l], within(1e-10 * Math.max(1, norm[l])));
        }
    }

    private ActivationsInitSnapshot firstBatch(String activation, String init) {
        Params params = factory.defaults().with("activation", activation).with("init", init);
        Engine<ActivationsInitSnapshot> engine = factory.create(null, params, 7);
        engine.step();
        return engine.snapshot();
    }

    private static SchemeStatistics of(ActivationsInitSnapshot s, WeightScheme scheme) {
        return s.statistics(s.compared().indexOf(scheme));
    }

    private static double spread(double[] values) {
        return Arrays.stream(values).max().orElseThrow() / Arrays.stream(values).min().orElseThrow();
    }

    @Test
    void tanhWithXavierKeepsItsActivationsAndGradientsWithinAFewFold() {
        SchemeStatistics xavier = of(firstBatch("tanh", "xavier"), WeightScheme.XAVIER);
        assertThat(xavier.depth()).isEqualTo(10);
        // Glorot & Bengio's Fig. 6: the std drifts down slowly (0.63 to 0.23 here), nothing like N(0, 1)'s saturation.
        assertThat(spread(xavier.activationStd())).isBetween(1.0, 3.0);
        assertThat(spread(xavier.gradientNorm())).isBetween(1.0, 1.5);
        assertThat(xavier.saturatedShare()[9]).isLessThan(0.01);
    }

    @Test
    void reluWithHeKeepsItsActivationsAndGradientsWithinAFactorOfTwo() {
        ActivationsInitSnapshot s = firstBatch("relu", "he");
        SchemeStatistics he = of(s, WeightScheme.HE);
        assertThat(spread(he.activationStd())).isBetween(1.0, 2.0);
        assertThat(spread(he.gradientNorm())).isBetween(1.0, 2.0);
        // Xavier's variance is half He's: with ReLU each layer halves the variance, 2⁻⁵ in std over 10 layers.
        assertThat(spread(of(s, WeightScheme.XAVIER).activationStd())).isGreaterThan(10);
    }

    @Test
    void standardNormalWeightsSaturateTanhAndExplodeItsGradientsTowardTheInput() {
        SchemeStatistics normal = of(firstBatch("tanh", "normal"), WeightScheme.NORMAL);
        for (double share : normal.saturatedShare()) {
            assertThat(share).isGreaterThan(0.8);
        }
        assertThat(normal.gradientNorm()[0] / normal.gradientNorm()[9]).isGreaterThan(1e3);
    }

    @Test
    void smallWeightsCollapseTheActivationsAndTheGradientsToNearlyZero() {
        ActivationsInitSnapshot s = firstBatch("tanh", "small");
        assertThat(s.compared()).startsWith(WeightScheme.SMALL);
        SchemeStatistics small = of(s, WeightScheme.SMALL);
        SchemeStatistics xavier = of(s, WeightScheme.XAVIER);
        assertThat(small.activationStd()[9]).isLessThan(1e-6);
        for (int l = 1; l < 10; l++) {
            assertThat(small.activationStd()[l]).isLessThan(small.activationStd()[l - 1] / 4);
            assertThat(small.gradientNorm()[l]).isLessThan(1e-4 * xavier.gradientNorm()[l]);
        }
    }

    @Test
    void metricsReportTheChosenInitializationPerLayer() {
        ActivationsInitSnapshot s = firstBatch("relu", "he");
        double[] std = (double[]) s.metrics().values().get("activation_std");
        assertThat(std).hasSize(10).containsExactly(of(s, WeightScheme.HE).activationStd());
        assertThat((double[]) s.metrics().values().get("gradient_norm")).containsExactly(of(s, WeightScheme.HE).gradientNorm());
        assertThat(s.scalar("output_std")).isEqualTo(std[9]);
        assertThat(s.narration()).startsWith("Batch 1 of 5").contains("He: activation std");
    }

    @Test
    void aRunIsFiveBatchesAndReplaysFromItsSeed() {
        Params params = factory.defaults().with("width", 16).with("depth", 4);
        Engine<ActivationsInitSnapshot> a = factory.create(null, params, 3);
        Engine<ActivationsInitSnapshot> b = factory.create(null, params, 3);
        StepResult last = StepResult.CONTINUE;
        int steps = 0;
        while (!last.isFinal()) {
            last = a.step();
            b.step();
            steps++;
        }
        assertThat(steps).isEqualTo(5);
        assertThat(last).isEqualTo(StepResult.CONVERGED);
        assertThat(a.snapshot().metrics().values().get("activation_std"))
                .isEqualTo(b.snapshot().metrics().values().get("activation_std"));
        assertThat(a.snapshot().narration()).endsWith("All 5 batches have passed.");
    }

    @Test
    void aNetWhoseValuesOverflowNamesTheFirstLayerThatDid() {
        DeepPass pass = new DeepPass(ActivationFunction.LINEAR, 3, 4, 2);
        Arrays.fill(pass.parameters(), 0, 16, 1);
        Arrays.fill(pass.parameters(), 20, 36, 1);
        double[] ones = new double[8];
        Arrays.fill(ones, 1);
        pass.run(ones, ones);
        assertThat(SchemeStatistics.firstOverflow(pass)).isZero();
        // Layer 3's weights overflow its activations, and the gradient passing back through them
        // overflows first in layer 1's ∂L/∂W.
        Arrays.fill(pass.parameters(), 40, 56, 1e300);
        pass.run(ones, ones);
        assertThat(SchemeStatistics.firstOverflow(pass)).isEqualTo(1);
        assertThat(SchemeStatistics.of(WeightScheme.NORMAL, pass)).isNull();
    }

    @Test
    void histogramsCountEveryValue() {
        ActivationsInitSnapshot s = firstBatch("tanh", "xavier");
        SchemeStatistics xavier = of(s, WeightScheme.XAVIER);
        assertThat(xavier.activations()[0].total()).isEqualTo(100 * 256);
        assertThat(xavier.gradients()[0].total()).isEqualTo(256 * 256);
        assertThat(xavier.activations()[0].low()).isGreaterThanOrEqualTo(-1);
        assertThat(xavier.activations()[0].high()).isLessThanOrEqualTo(1);
    }
}
