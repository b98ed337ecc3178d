package org.stepwise.algo.ensemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineContractTest;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.Params;
import org.stepwise.algo.SklearnFixture;
import org.stepwise.algo.StepResult;
import org.stepwise.data.Dataset;
import org.stepwise.data.Generators;
import org.stepwise.data.GeneratorOptions;

/**
 * Gradient boosting against scikit-learn 1.2.1's GradientBoostingRegressor / Classifier
 * (tools/reference/gradient_boosting.py): F₀, train_score per round, staged raw predictions and
 * the score; subsample &lt; 1 by its properties (scikit-learn's random stream is not ours).
 */
class GradientBoostingEngineTest extends EngineContractTest<GradientBoostingSnapshot> {

    private static final double TOLERANCE = 1e-6;
    private static final List<String> CASES = List.of("gboost_sine", "gboost_diabetes", "gboost_moons",
            "gboost_blobs3", "gboost_breast_cancer");
    private static final Map<String, String> NAMES = Map.of("learning_rate", "learningRate",
            "n_estimators", "nEstimators", "max_depth", "maxDepth");
    private static final GradientBoostingFactory FACTORY = new GradientBoostingFactory();

    @Override
    protected EngineFactory<GradientBoostingSnapshot> factory() { return FACTORY; }

    @Override
    protected Dataset data() { return Generators.generate("sine", new GeneratorOptions(60, 0.2, 2, 0)); }

    record Case(SklearnFixture data, SklearnFixture fit) {
        boolean classifies() { return data.has("classes"); }

        Params params() {
            Params params = FACTORY.defaults().with("loss", classifies() ? "log_loss" : "squared_error");
            SklearnFixture settings = fit.part("settings");
            for (Map.Entry<String, String> name : NAMES.entrySet()) {
                if (settings.has(name.getKey())) {
                    params = name.getValue().equals("learningRate")
                            ? params.with("learningRate", settings.number(name.getKey()))
                            : params.with(name.getValue(), (int) settings.number(name.getKey()));
                }
            }
            return params;
        }

        @Override
        public String toString() { return data.name() + ": " + fit.text("call"); }
    }

    static Stream<Case> cases() {
        return CASES.stream().map(name -> SklearnFixture.load(GradientBoostingEngineTest.class, name))
                .flatMap(data -> data.fits().stream().map(fit -> new Case(data, fit)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void stagedPredictionsTrainScoreAndInitMatchScikitLearn(Case c) {
        Dataset data = c.data().dataset();
        Engine<GradientBoostingSnapshot> engine = FACTORY.create(data, c.params(), 0);
        double[] rows = data.featuresRowMajor();
        int d = data.featureCount();
        int[] stages = c.fit().integers("stages");
        GradientBoostingSnapshot start = engine.snapshot();
        double[] init = c.fit().vector("init");
        for (int k = 0; k < init.length; k++) {
            assertThat(start.model().init(k)).as("init %d", k).isCloseTo(init[k], within(1e-12));
        }
        for (int stage : stages) {
            while (engine.snapshot().step() < stage) {
                engine.step();
            }
            GradientBoostingModel model = engine.snapshot().model();
            double[][] expected = rowsOf(c.fit(), "staged_" + stage, c.classifies());
            double[] out = new double[model.treesPerRound()];
            for (int i = 0; i < data.size(); i++) {
                model.raw(rows, i * d, out, 0);
                for (int k = 0; k < out.length; k++) {
                    assertThat(out[k]).as("round %d row %d output %d", stage, i, k)
                            .isCloseTo(expected[i][k], within(TOLERANCE));
                    assertThat(engine.snapshot().raw(i, k)).isCloseTo(out[k], within(1e-12));
                }
            }
        }
        GradientBoostingSnapshot end = engine.snapshot();
        assertThat(end.status()).isEqualTo(StepResult.CONVERGED);
        assertThat(vector(end, "train_score")).containsExactly(c.fit().vector("train_score"), within(TOLERANCE));
        assertThat(end.score()).as("score").isCloseTo(c.fit().number("score"), within(1e-12));
        assertThat(vector(end, "init")).containsExactly(init, within(1e-12));
    }

    /** A fixture's predictions as rows × outputs (staged_decision_function's; staged_predict's is one column). */
    private static double[][] rowsOf(SklearnFixture fit, String key, boolean classifier) {
        if (classifier) {
            return fit.matrix(key);
        }
        double[] column = fit.vector(key);
        double[][] rows = new double[column.length][];
        for (int i = 0; i < column.length; i++) {
            rows[i] = new double[] {column[i]};
        }
        return rows;
    }

    private static double[] vector(GradientBoostingSnapshot s, String name) {
        return (double[]) s.metrics().values().get(name);
    }

    @Test
    void theFixturesCoverBothLossesAndMoreThanTwoClasses() {
        assertThat(cases().filter(c -> !c.classifies())).hasSizeGreaterThanOrEqualTo(6);
        assertThat(cases().filter(c -> c.data().name().equals("gboost_blobs3"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(cases().filter(c -> c.data().name().equals("gboost_breast_cancer"))).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void subsamplingLowersTheTrainingLossOnAverageAndReportsOutOfBagImprovements() {
        SklearnFixture moons = SklearnFixture.load(GradientBoostingEngineTest.class, "gboost_moons");
        Params params = FACTORY.defaults().with("loss", "log_loss").with("subsample", 0.5).with("nEstimators", 60);
        Engine<GradientBoostingSnapshot> engine = FACTORY.create(moons.dataset(), params, 11);
        while (!engine.step().isFinal()) {
            // to the last round
        }
        GradientBoostingSnapshot end = engine.snapshot();
        double[] score = vector(end, "train_score");
        double[] oob = vector(end, "oob_improvement");
        assertThat(end.inBagRows()).isEqualTo(60);
        assertThat(oob).hasSize(60);
        assertThat(mean(score, 50, 60)).isLessThan(mean(score, 0, 10));
        assertThat(mean(oob, 0, 10)).as("early rounds improve the out-of-bag loss").isPositive();
        assertThat(end.score()).isGreaterThan(0.85);
        Engine<GradientBoostingSnapshot> again = FACTORY.create(moons.dataset(), params, 12);
        again.step();
        engine = FACTORY.create(moons.dataset(), params, 11);
        engine.step();
        assertThat(vector(again.snapshot(), "train_score"))
                .as("another seed draws another sample").isNotEqualTo(vector(engine.snapshot(), "train_score"));
    }

    private static double mean(double[] values, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += values[i];
        }
        return sum / (to - from);
    }

    @Test
    void probabilitiesSumToOneAndTheGridAgreesWithPredict() {
        SklearnFixture moons = SklearnFixture.load(GradientBoostingEngineTest.class, "gboost_moons");
        Engine<GradientBoostingSnapshot> engine = FACTORY.create(moons.dataset(),
                FACTORY.defaults().with("loss", "log_loss").with("nEstimators", 20), 0);
        for (int i = 0; i < 20; i++) {
            engine.step();
        }
        GradientBoostingSnapshot s = engine.snapshot();
        double[] xs = {-1.0, 0.0, 0.5, 1.5, 2.0};
        double[] ys = {0.5, 1.0, -0.3, -0.5, 0.7};
        double[] out = new double[10];
        s.predictProbabilities(xs, ys, 5, out);
        for (int i = 0; i < 5; i++) {
            assertThat(out[2 * i] + out[2 * i + 1]).isCloseTo(1.0, within(1e-12));
            assertThat(s.predict(new double[] {xs[i], ys[i]}, 0)).isEqualTo(out[2 * i + 1] > out[2 * i] ? 1.0 : 0.0);
        }
    }

    @Test
    void oneClassForLogLossIsRefusedInOneSentence() {
        Dataset one = Dataset.classification("one", new double[][] {{0, 0}, {1, 1}}, new int[] {0, 0},
                List.of("x1", "x2"), List.of("a"));
        assertThatThrownBy(() -> FACTORY.create(one, FACTORY.defaults().with("loss", "log_loss"), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Gradient boosting with log_loss needs points of at least two classes; the data has only"
                        + " class 'a'.");
    }

    @Test
    void theLossChoosesTheDataItNeeds() {
        Dataset sine = data();
        assertThatThrownBy(() -> FACTORY.create(sine, FACTORY.defaults().with("loss", "log_loss"), 0))
                .hasMessageContaining("With loss=log_loss this lesson needs data with classes")
                .hasMessageContaining("set the loss to squared_error");
    }

    @Test
    void badParametersAreRefusedByName() {
        assertThatThrownBy(() -> FACTORY.defaults().with("nEstimators", 0)).hasMessageContaining("'nEstimators'");
        assertThatThrownBy(() -> FACTORY.defaults().with("learningRate", 0.0)).hasMessageContaining("'learningRate'");
        assertThatThrownBy(() -> FACTORY.defaults().with("subsample", 0.0)).hasMessageContaining("'subsample'");
        assertThatThrownBy(() -> FACTORY.defaults().with("subsample", 1.5)).hasMessageContaining("'subsample'");
    }
}
