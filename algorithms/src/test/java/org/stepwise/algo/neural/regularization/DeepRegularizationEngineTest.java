package org.stepwise.algo.neural.regularization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineContractTest;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.Params;
import org.stepwise.algo.Randomness;
import org.stepwise.algo.StepResult;
import org.stepwise.algo.neural.Dropout;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.data.Generators;
import org.stepwise.data.TrainTestSplit;

class DeepRegularizationEngineTest extends EngineContractTest<DeepRegularizationSnapshot> {

    /** The lesson's default data: 60 noisy moons, which a 64-64 network overfits within a few hundred epochs. */
    static final Dataset MOONS = Generators.generate("moons", new GeneratorOptions(60, 0.3, 2, 11));

    private final DeepRegularizationFactory factory = new DeepRegularizationFactory();

    @Override
    protected EngineFactory<DeepRegularizationSnapshot> factory() { return factory; }

    @Override
    protected Dataset data() { return MOONS; }

    @Override
    protected int contractSteps() { return 20; }

    private static DeepRegularizationSnapshot runToEnd(Engine<DeepRegularizationSnapshot> engine) {
        while (!engine.step().isFinal()) {
            // train
        }
        return engine.snapshot();
    }

    /** With the strength at 0 the two networks are the same network: the same curves, bit for bit. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dropout", "weight_decay"})
    void atStrengthZeroBothNetworksDrawTheSameCurves(String technique) {
        Params params = factory.defaults().with("technique", technique).with("dropout", 0.0).with("weightDecay", 0.0)
                .with("maxIter", 40);
        DeepRegularizationSnapshot s = runToEnd(factory.create(MOONS, params, 3));
        assertThat(s.trainLoss(true)).hasSize(40).containsExactly(s.trainLoss(false));
        assertThat(s.valLoss(true)).containsExactly(s.valLoss(false));
        assertThat(s.weightNorm()).isEqualTo(s.baselineWeightNorm());
    }

    /** The regularizer is the only difference: at a strength above 0 the curves part from the first epoch. */
    @Test
    void theNetworksStartFromTheSameWeightsAndPartWithTheRegularizer() {
        Engine<DeepRegularizationSnapshot> engine = factory.create(MOONS, factory.defaults(), 3);
        DeepRegularizationSnapshot start = engine.snapshot();
        assertThat(start.weightNorm()).isEqualTo(start.baselineWeightNorm());
        engine.step();
        engine.step();
        DeepRegularizationSnapshot s = engine.snapshot();
        assertThat(s.trainLoss(true)[0]).as("the first epoch's loss is taken before any update")
                .isEqualTo(s.trainLoss(false)[0]);
        assertThat(s.trainLoss(true)[1]).isNotEqualTo(s.trainLoss(false)[1]);
    }

    @Test
    void weightDecayShrinksTheWeightsAgainstTheBaseline() {
        Engine<DeepRegularizationSnapshot> engine = factory.create(MOONS, factory.defaults(), 1);
        for (int epoch = 1; epoch <= 300; epoch++) {
            engine.step();
            if (epoch % 50 == 0) {
                DeepRegularizationSnapshot s = engine.snapshot();
                assertThat(s.weightNorm()).as("epoch %d", epoch).isLessThan(s.baselineWeightNorm());
            }
        }
    }

    /**
     * The default setting (weight decay λ = 1 on the default moons) ends with a lower validation
     * loss than the baseline's, whatever the seed (of the split and the weights) among these. (Over
     * seeds 0–7 every technique does, at its default strength; on other draws of the moons a lucky
     * validation split can favour the baseline.)
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {0, 1, 2, 3, 4})
    void onTheDefaultSettingTheRegularizedNetworkEndsWithTheLowerValidationLoss(long seed) {
        DeepRegularizationSnapshot s = runToEnd(factory.create(MOONS, factory.defaults(), seed));
        assertThat(s.status()).isEqualTo(StepResult.CONVERGED);
        assertThat(s.baselineValLoss()).as("the baseline overfits: its validation loss climbs past its best")
                .isGreaterThan(min(s.valLoss(false)) * 1.5);
        assertThat(s.valLoss()).isLessThan(s.baselineValLoss());
    }

    /** Inverted dropout: kept values are scaled by 1/(1 − p), so each value's expectation is unchanged. */
    @Test
    void invertedDropoutKeepsTheExpectedActivationAndEvaluationUsesNoMask() {
        int width = 100_000;
        Dropout dropout = new Dropout(width, 0.3, Randomness.generator(5));
        dropout.prepare(1);
        double[] ones = new double[width];
        java.util.Arrays.fill(ones, 1.0);
        double[] out = new double[width];
        dropout.forward(ones, out, 1, true);
        double mean = java.util.Arrays.stream(out).average().orElseThrow();
        assertThat(mean).isCloseTo(1.0, offset(0.01));
        assertThat(java.util.Arrays.stream(out).filter(v -> v == 0).count() / (double) width).isCloseTo(0.3, offset(0.01));
        dropout.forward(ones, out, 1, false);
        assertThat(out).containsOnly(1.0);
    }

    /**
     * The validation loss of the dropout network is that of its weights without a mask: the
     * cross-entropy of the frozen model's probabilities on the validation rows, which two
     * evaluations give alike.
     */
    @Test
    void theDropoutNetworksValidationLossIsItsUnmaskedLoss() {
        TrainTestSplit.Parts parts = TrainTestSplit.split(MOONS, 0.3, 4, true);
        Params params = factory.defaults().with("technique", "dropout");
        DeepRegularizationEngine engine = factory.create(parts.train(), parts.test(), params, 4, null);
        for (int i = 0; i < 25; i++) {
            engine.step();
        }
        DeepRegularizationSnapshot s = engine.snapshot();
        Dataset validation = parts.test();
        int n = validation.size();
        double[] xs = column(validation, 0);
        double[] ys = column(validation, 1);
        double[] p = new double[2 * n];
        double[] again = new double[2 * n];
        s.regularizedModel().predictProbabilities(xs, ys, n, p);
        s.regularizedModel().predictProbabilities(xs, ys, n, again);
        assertThat(again).containsExactly(p);
        double loss = 0;
        for (int i = 0; i < n; i++) {
            loss -= Math.log(p[2 * i + validation.label(i)]);
        }
        assertThat(s.valLoss()).isCloseTo(loss / n, offset(1e-12));
    }

    /**
     * The snapshot's copy of the batch-norm network (its parameters and running estimates) predicts
     * as the live network does in evaluation mode, so the boundary is the network's.
     */
    @Test
    void theBatchNormNetworksFrozenCopyPredictsAsTheNetworkInEvaluationMode() {
        TrainTestSplit.Parts parts = TrainTestSplit.split(MOONS, 0.3, 2, true);
        DeepRegularizationEngine engine = factory.create(parts.train(), parts.test(),
                factory.defaults().with("technique", "batchnorm"), 2, null);
        for (int i = 0; i < 30; i++) {
            engine.step();
        }
        DeepRegularizationSnapshot s = engine.snapshot();
        assertThat(s.loss()).isLessThan(s.trainLoss(true)[0]);
        Dataset validation = parts.test();
        int n = validation.size();
        double[] xs = column(validation, 0);
        double[] ys = column(validation, 1);
        double[] frozen = new double[2 * n];
        s.regularizedModel().predictProbabilities(xs, ys, n, frozen);
        double[] live = new double[n];
        engine.regularized().network().predict(validation.featuresRowMajor(), n, live);
        for (int i = 0; i < n; i++) {
            assertThat(frozen[2 * i + 1]).as("row %d", i).isEqualTo(live[i]);
            assertThat(frozen[2 * i] + frozen[2 * i + 1]).isCloseTo(1, offset(1e-12));
        }
    }

    @Test
    void earlyStoppingMarksItsEpochAndTheRunGoesOnForTheBaseline() {
        DeepRegularizationSnapshot s = runToEnd(factory.create(MOONS,
                factory.defaults().with("technique", "early_stopping"), 0));
        assertThat(s.stoppedAt()).isBetween(s.bestEpoch() + 11, 299);
        assertThat(s.trainLoss(true)).hasSize(s.stoppedAt());
        assertThat(s.trainLoss(false)).hasSize(300);
        assertThat(s.valLoss()).isEqualTo(s.valLoss(true)[s.bestEpoch() - 1]);
        assertThat(s.scalar("best_epoch")).isEqualTo(s.bestEpoch());
        assertThat(s.narration()).contains("kept the weights of epoch " + s.bestEpoch());
    }

    @Test
    void anEpochAllocatesNothing() {
        assertStepsAllocateNothing(factory.create(MOONS, factory.defaults().with("technique", "dropout"), 0), 5, 20);
    }

    @Test
    void dataItCannotUseIsRefusedWithOneSentence() {
        Dataset oneClass = Dataset.classification("one", new double[][] {{0, 0}, {1, 1}, {2, 2}}, new int[] {0, 0, 0},
                List.of("x1", "x2"), List.of("a", "b"));
        assertThatThrownBy(() -> factory.create(oneClass, factory.defaults(), 0))
                .hasMessageContaining("at least two classes");
        Dataset threeColumns = Dataset.classification("three", new double[][] {{0, 0, 0}, {1, 1, 1}, {0, 1, 0},
                {1, 0, 1}}, new int[] {0, 1, 0, 1}, List.of("a", "b", "c"), List.of("a", "b"));
        assertThatThrownBy(() -> factory.create(threeColumns, factory.defaults(), 0))
                .hasMessageContaining("plane of two columns");
        Dataset lonely = Dataset.classification("lonely", new double[][] {{0, 0}, {1, 1}, {2, 2}, {3, 3}},
                new int[] {0, 0, 0, 1}, List.of("x1", "x2"), List.of("a", "b"));
        assertThatThrownBy(() -> factory.create(lonely, factory.defaults(), 0))
                .hasMessageContaining("at least 2 rows of every class");
    }

    private static double[] column(Dataset data, int j) {
        double[] values = new double[data.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = data.feature(i, j);
        }
        return values;
    }

    private static double min(double[] values) {
        return java.util.Arrays.stream(values).min().orElseThrow();
    }
}
