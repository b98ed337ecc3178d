package org.stepwise.algo.neural.playground;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.stepwise.algo.Engine;
import org.stepwise.algo.Params;
import org.stepwise.algo.SklearnFixture;
import org.stepwise.algo.StepResult;
import org.stepwise.data.BuiltInDatasets;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.data.Generators;
import org.stepwise.data.Standardizer;

class PlaygroundEngineTest {

    private final PlaygroundFactory factory = new PlaygroundFactory();

    static Stream<SklearnFixture> cases() {
        return SklearnFixture.load(PlaygroundEngineTest.class, "playground_fit").parts("cases").stream();
    }

    /** Run to scikit-learn's stopping rule from its weights: the same loss curve, epoch count, weights and score. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void trainsAsMlpClassifierFitToItsStoppingRule(SklearnFixture fixture) {
        Dataset data = fixture.mlpClasses();
        String hidden = fixture.mlpHiddenLayout();
        Params params = factory.defaults().with("hidden", hidden)
                .with("activation", fixture.text("activation"))
                .with("learningRate", fixture.number("learning_rate"))
                .with("batchSize", (int) fixture.number("batch_size"))
                .with("maxIter", (int) fixture.number("max_iter"))
                .with("regularization", fixture.number("alpha") > 0 ? "l2" : "none")
                .with("regRate", fixture.number("alpha"));
        PlaygroundEngine engine = factory.create(data, params, 0, fixture.mlpParameters("before"));

        double[] curve = fixture.vector("loss_curve");
        StepResult result = StepResult.CONTINUE;
        for (int epoch = 0; epoch < curve.length; epoch++) {
            assertThat(result.isFinal()).as("still training before epoch %d", epoch + 1).isFalse();
            result = engine.step();
            assertThat(engine.snapshot().loss()).as("loss of epoch %d", epoch + 1).isCloseTo(curve[epoch], offset(1e-9));
        }
        assertThat(result).isEqualTo(StepResult.CONVERGED);
        PlaygroundSnapshot last = engine.snapshot();
        assertThat(last.step()).isEqualTo((int) fixture.number("n_iter"));
        assertThat(last.accuracy()).isEqualTo(fixture.number("score"));
        double[] expected = fixture.mlpParameters("after");
        double[][] coefs = (double[][]) last.metrics().values().get("coefs");
        double[][] intercepts = (double[][]) last.metrics().values().get("intercepts");
        int at = 0;
        for (int l = 0; l < coefs.length; l++) {
            for (double w : coefs[l]) {
                assertThat(w).as("parameter %d", at).isCloseTo(expected[at++], offset(1e-8));
            }
            for (double b : intercepts[l]) {
                assertThat(b).as("parameter %d", at).isCloseTo(expected[at++], offset(1e-8));
            }
        }
        assertThat(at).isEqualTo(expected.length);
    }

    @Test
    void probabilitiesSumToOneAndTheNeuronsOutputsLieInTheirActivationsRange() {
        Dataset spirals = Generators.generate("spirals", new GeneratorOptions(120, 0.1, 3, 4));
        Engine<PlaygroundSnapshot> engine = factory.create(spirals,
                factory.defaults().with("hidden", "8,8").with("features", "all").with("optimizer", "adam")
                        .with("dropout", 0.2).with("learningRate", 0.01), 7);
        for (int i = 0; i < 5; i++) {
            engine.step();
        }
        PlaygroundSnapshot s = engine.snapshot();
        assertThat(s.widths()).containsExactly(7, 8, 8, 3);
        double[] xs = {-1, 0, 0.5, 2};
        double[] ys = {0.3, -2, 0.5, 1};
        double[] p = new double[4 * 3];
        s.predictProbabilities(xs, ys, 4, p);
        for (int i = 0; i < 4; i++) {
            assertThat(p[3 * i] + p[3 * i + 1] + p[3 * i + 2]).isCloseTo(1, offset(1e-12));
        }
        double[][] nodes = {new double[4 * 7], new double[4 * 8], new double[4 * 8], new double[4 * 3]};
        s.nodeOutputs(xs, ys, 4, nodes);
        double[] hidden = nodes[2];
        assertThat(java.util.Arrays.stream(hidden).map(Math::abs).max().orElseThrow()).isLessThanOrEqualTo(1).isGreaterThan(0);
        for (int i = 0; i < p.length; i++) {
            assertThat(nodes[3][i]).as("the last layer's outputs are the probabilities").isCloseTo(p[i], offset(1e-12));
        }
        assertThat(nodes[0][4]).as("x₁x₂ of the first point").isCloseTo(-0.3, offset(1e-15));
        assertThat(s.weight(1, 0, 0)).isNotEqualTo(s.weightBefore(1, 0, 0));
    }

    @Test
    void theSameSeedReplaysTheSameRun() {
        Dataset circles = Generators.generate("circles", new GeneratorOptions(100, 0.1, 2, 3));
        Params params = factory.defaults().with("dropout", 0.3);
        Engine<PlaygroundSnapshot> a = factory.create(circles, params, 5);
        Engine<PlaygroundSnapshot> b = factory.create(circles, params, 5);
        for (int i = 0; i < 3; i++) {
            a.step();
            b.step();
        }
        assertThat(a.snapshot().loss()).isEqualTo(b.snapshot().loss());
        assertThat(a.snapshot().weight(2, 1, 0)).isEqualTo(b.snapshot().weight(2, 1, 0));
    }

    @Test
    void aLearningRateThatDivergesStopsWithASentenceNamingIt() {
        Dataset xor = Generators.generate("xor", new GeneratorOptions(100, 0.1, 2, 3));
        Engine<PlaygroundSnapshot> engine = factory.create(xor, factory.defaults().with("activation", "linear")
                .with("hidden", "8,8,8").with("learningRate", 10.0).with("features", "all"), 1);
        StepResult result = StepResult.CONTINUE;
        for (int i = 0; i < 200 && !result.isFinal(); i++) {
            result = engine.step();
        }
        assertThat(result.status()).isEqualTo(StepResult.Status.STOPPED);
        assertThat(result.reason()).contains("diverged").contains("learning rate 10");
        assertThat(engine.snapshot().narration()).contains("Stopped");
    }

    @Test
    void noHiddenLayerIsSaidToBeALinearModelAndStillTrains() {
        Dataset circles = Generators.generate("circles", new GeneratorOptions(100, 0.1, 2, 3));
        Engine<PlaygroundSnapshot> engine = factory.create(circles, factory.defaults().with("hidden", "none"), 1);
        engine.step();
        assertThat(engine.snapshot().widths()).containsExactly(2, 1);
        assertThat(engine.snapshot().narration()).contains("linear model");
        assertThat(engine.snapshot().loss()).isFinite();
    }

    @Test
    void refusesRegressionDataAndOneClassWithASentence() {
        Dataset sine = Generators.generate("sine", new GeneratorOptions(50, 0.1, 2, 3));
        assertThatThrownBy(() -> factory.create(sine, factory.defaults(), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith(".");
        Dataset one = Dataset.classification("one", new double[][] {{0, 0}, {1, 1}}, new int[] {0, 0},
                List.of("x1", "x2"), List.of("a", "b"));
        assertThatThrownBy(() -> factory.create(one, factory.defaults(), 0)).hasMessageContaining("two classes");
    }

    @Test
    void inputScalingIsStandardizeByDefaultOnlyWhenTheColumnsScalesAreFarFromOne() {
        Dataset irisSepals = BuiltInDatasets.load("iris").selectFeatures(0, 1);
        assertThat(factory.defaults(irisSepals).choice("inputScaling")).isEqualTo("standardize");
        assertThat(factory.defaults(Standardizer.standardized(irisSepals)).choice("inputScaling")).isEqualTo("none");
        Dataset circles = Generators.generate("circles", new GeneratorOptions(100, 0.1, 2, 3));
        assertThat(factory.defaults(circles).choice("inputScaling")).isEqualTo("none");
    }

    /** The network standardizes as scikit-learn's StandardScaler: training on raw columns with it on is training on scaled ones. */
    @Test
    void standardizedInputsTrainAsTheStandardizedDataSetDoes() {
        Dataset wine = BuiltInDatasets.load("wine").selectFeatures(0, 1);
        Params on = factory.defaults().with("inputScaling", "standardize");
        Params off = factory.defaults().with("inputScaling", "none");
        Engine<PlaygroundSnapshot> raw = factory.create(wine, on, 4);
        Engine<PlaygroundSnapshot> scaled = factory.create(Standardizer.standardized(wine), off, 4);
        for (int epoch = 0; epoch < 5; epoch++) {
            raw.step();
            scaled.step();
            assertThat(raw.snapshot().loss()).as("epoch %d", epoch + 1)
                    .isCloseTo(scaled.snapshot().loss(), offset(1e-12));
        }
        Standardizer scaler = Standardizer.fit(wine);
        double[] point = {wine.feature(7, 0), wine.feature(7, 1)};
        double[] z = new double[2];
        scaler.transformPoint(point, z);
        double[] p = new double[3];
        double[] q = new double[3];
        raw.snapshot().predictProbabilities(new double[] {point[0]}, new double[] {point[1]}, 1, p);
        scaled.snapshot().predictProbabilities(new double[] {z[0]}, new double[] {z[1]}, 1, q);
        assertThat(p).containsExactly(q, offset(1e-12));
    }

    /** Defaults must reach the real answer on the built-in sets, not stop at the class prior (Iris 57% unscaled). */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource({"iris, 0.75", "wine, 0.8", "breast_cancer, 0.85"})
    void theDefaultsLearnTheBuiltInSetsWellAboveTheClassPrior(String name, double atLeast) {
        Dataset data = BuiltInDatasets.load(name).selectFeatures(0, 1);
        Engine<PlaygroundSnapshot> engine = factory.create(data, factory.defaults(data), 0);
        StepResult result = StepResult.CONTINUE;
        while (!result.isFinal()) {
            result = engine.step();
        }
        assertThat(result).isEqualTo(StepResult.CONVERGED);
        assertThat(engine.snapshot().accuracy()).isGreaterThanOrEqualTo(atLeast);
    }

    /** One mini-batch a step runs the same updates: an epoch's batches give the epoch's step, to the same end. */
    @Test
    void miniBatchStepsRunTheSameUpdatesAsEpochSteps() {
        Dataset circles = Generators.generate("circles", new GeneratorOptions(95, 0.1, 2, 3));
        Params epochs = factory.defaults().with("maxIter", 40);
        Engine<PlaygroundSnapshot> byEpoch = factory.create(circles, epochs, 2);
        Engine<PlaygroundSnapshot> byBatch = factory.create(circles, epochs.with("stepBy", "batch"), 2);
        int batches = 10; // 95 rows in batches of 10: nine of 10 and one of 5
        byEpoch.step();
        for (int b = 1; b < batches; b++) {
            byBatch.step();
            PlaygroundSnapshot mid = byBatch.snapshot();
            assertThat(mid.midEpoch()).isTrue();
            assertThat(mid.epoch()).isZero();
            assertThat(mid.nextBatch()).isEqualTo(b + 1);
            assertThat(mid.batchLoss()).isFinite();
            assertThat(mid.narration()).contains("Epoch 1, batch " + b + " of 10");
        }
        byBatch.step();
        PlaygroundSnapshot a = byEpoch.snapshot();
        PlaygroundSnapshot b = byBatch.snapshot();
        assertThat(b.midEpoch()).isFalse();
        assertThat(b.step()).isEqualTo(batches);
        assertThat(b.epoch()).isEqualTo(1);
        assertThat(b.loss()).isEqualTo(a.loss());
        assertThat(b.weight(1, 0, 1)).isEqualTo(a.weight(1, 0, 1));
        assertThat(b.weightBefore(2, 1, 0)).isEqualTo(a.weightBefore(2, 1, 0));
        assertThat(b.weightGradient(2, 1, 0)).isEqualTo(a.weightGradient(2, 1, 0));
        StepResult epochEnd = StepResult.CONTINUE;
        while (!epochEnd.isFinal()) {
            epochEnd = byEpoch.step();
        }
        StepResult batchEnd = StepResult.CONTINUE;
        while (!batchEnd.isFinal()) {
            batchEnd = byBatch.step();
        }
        assertThat(batchEnd.status()).isEqualTo(epochEnd.status());
        assertThat(byBatch.snapshot().epoch()).isEqualTo(byEpoch.snapshot().epoch());
        assertThat(byBatch.snapshot().step()).isEqualTo(batches * byEpoch.snapshot().epoch());
        assertThat(byBatch.snapshot().loss()).isEqualTo(byEpoch.snapshot().loss());
    }
}
