package org.stepwise.algo.ensemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
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

/**
 * The AdaBoost engine against scikit-learn 1.2.1's {@code AdaBoostClassifier(algorithm="SAMME")}
 * (tools/reference/adaboost.py): round by round the same learners, weights and errors and the same
 * staged predictions; and the SAMME maths by its own properties.
 */
class AdaBoostEngineTest extends EngineContractTest<AdaBoostSnapshot> {

    private static final double TOLERANCE = 1e-9;
    private static final List<String> CASES = List.of("adaboost_moons", "adaboost_blobs3", "adaboost_classification5",
            "adaboost_wine", "adaboost_separable");

    private final AdaBoostFactory factory = new AdaBoostFactory();

    record Fit(SklearnFixture data, SklearnFixture fit) {
        Params params(Params defaults) {
            SklearnFixture settings = fit.part("settings");
            return defaults.with("nEstimators", (int) settings.number("n_estimators"))
                    .with("learningRate", settings.number("learning_rate"))
                    .with("maxDepth", (int) settings.number("max_depth"));
        }

        @Override
        public String toString() { return data.name() + ": " + fit.text("call"); }
    }

    @Override
    protected EngineFactory<AdaBoostSnapshot> factory() { return factory; }

    @Override
    protected Dataset data() { return load("adaboost_moons").dataset(); }

    private static SklearnFixture load(String name) { return SklearnFixture.load(AdaBoostEngineTest.class, name); }

    static Stream<Fit> fits() {
        return CASES.stream().map(AdaBoostEngineTest::load).flatMap(d -> d.fits().stream().map(f -> new Fit(d, f)));
    }

    /**
     * Round by round: the same learner (root feature and threshold), α and ε to 1e-9, and the staged
     * ensemble's predictions on every training row exactly; at the end the same number of learners,
     * decision-function probabilities and score.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("fits")
    void boostsAsScikitLearn(Fit c) {
        Dataset data = c.data().dataset();
        Engine<AdaBoostSnapshot> engine = factory.create(data, c.params(factory.defaults()), 0);
        double[][] stumps = c.fit().matrix("stumps");
        double[][] staged = c.fit().matrix("staged_predict");
        double[] weights = c.fit().vector("estimator_weights");
        double[] errors = c.fit().vector("estimator_errors");
        int kept = (int) c.fit().number("n_estimators_fitted");
        double[] rows = data.featuresRowMajor();
        int d = data.featureCount();
        AdaBoostSnapshot s = engine.snapshot();
        for (int m = 0; m < kept; m++) {
            assertThat(s.status().isFinal()).as("ended before round " + (m + 1)).isFalse();
            engine.step();
            s = engine.snapshot();
            assertThat(s.ensemble().size()).isEqualTo(m + 1);
            assertThat(s.learner().feature(0)).as("round %d's feature", m + 1).isEqualTo((int) stumps[m][0]);
            assertThat(s.learner().threshold(0)).as("round %d's threshold", m + 1).isEqualTo(stumps[m][1]);
            assertThat(s.alpha()).as("round %d's α", m + 1).isCloseTo(weights[m], within(TOLERANCE));
            assertThat(s.error()).as("round %d's ε", m + 1).isCloseTo(errors[m], within(TOLERANCE));
            for (int i = 0; i < data.size(); i++) {
                assertThat(s.predict(rows, i * d)).as("round %d, row %d", m + 1, i).isEqualTo(staged[m][i]);
            }
        }
        assertThat(s.status().isFinal()).as("ends with scikit-learn's " + kept + " learners").isTrue();
        assertThat(s.status()).isEqualTo(StepResult.CONVERGED);
        assertThat(s.metrics().scalar("accuracy")).isCloseTo(c.fit().number("score"), within(TOLERANCE));
        double[] reported = (double[]) s.metrics().values().get("estimator_weights");
        assertThat(reported).hasSize(kept);
        for (int m = kept; m < weights.length; m++) {
            assertThat(weights[m]).as("scikit-learn pads with 0").isZero();
        }
        assertSameProbabilities(s, data, c.fit().matrix("predict_proba"));
    }

    /** predict_proba of the two features' plane (the boundary heatmap) as scikit-learn's, where the data has two. */
    private static void assertSameProbabilities(AdaBoostSnapshot s, Dataset data, double[][] expected) {
        if (data.featureCount() != 2) {
            return;
        }
        int n = data.size();
        int k = data.classCount();
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = data.feature(i, 0);
            ys[i] = data.feature(i, 1);
        }
        double[] out = new double[n * k];
        s.predictProbabilities(xs, ys, n, out);
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < k; c++) {
                assertThat(out[i * k + c]).as("P(%d | row %d)", c, i).isCloseTo(expected[i][c], within(1e-12));
            }
        }
    }

    @Test
    void theFixturesCoverStumpsDeeperTreesSeveralRatesAndAPerfectFirstRound() {
        assertThat(fits()).hasSizeGreaterThanOrEqualTo(15);
        assertThat(fits().filter(f -> f.fit().part("settings").number("max_depth") > 1)).hasSizeGreaterThanOrEqualTo(3);
        assertThat(fits().map(f -> f.fit().part("settings").number("learning_rate")).distinct()).hasSize(3);
        assertThat(fits().filter(f -> f.fit().number("n_estimators_fitted") == 1)).hasSize(1);
    }

    /** SAMME's α is the classic two-class ½·ln((1 − ε)/ε) doubled, and ln(K − 1) more for K classes. */
    @Test
    void alphaIsTwiceTheClassicHalfLogOddsForTwoClassesAndAddsLnKMinusOne() {
        AdaBoostSnapshot moons = firstRound("adaboost_moons", 1.0);
        double e = moons.error();
        assertThat(moons.alpha()).isCloseTo(2 * (0.5 * Math.log((1 - e) / e)), within(1e-15));
        AdaBoostSnapshot halved = firstRound("adaboost_moons", 0.5);
        assertThat(halved.alpha()).isCloseTo(0.5 * moons.alpha(), within(1e-15));
        AdaBoostSnapshot blobs = firstRound("adaboost_blobs3", 1.0);
        double b = blobs.error();
        assertThat(blobs.alpha()).isCloseTo(Math.log((1 - b) / b) + Math.log(2), within(1e-15));
    }

    /** After a round only the missed rows' weights grow, all by e^α, and the weights sum to 1; ε is the missed weight. */
    @Test
    void onlyMissedRowsGrowByEToTheAlphaThenTheWeightsSumToOne() {
        Engine<AdaBoostSnapshot> engine = factory.create(data(), factory.defaults(), 0);
        for (int round = 0; round < 5; round++) {
            engine.step();
            AdaBoostSnapshot s = engine.snapshot();
            double missedWeight = 0;
            double sum = 0;
            double scale = Double.NaN;
            for (int i = 0; i < s.rows(); i++) {
                missedWeight += s.missed(i) ? s.fittedWeight(i) : 0;
                sum += s.nextWeight(i);
                double grown = s.nextWeight(i) / s.fittedWeight(i);
                if (!s.missed(i)) {
                    scale = grown;
                } else {
                    assertThat(grown).isGreaterThan(1);
                }
            }
            assertThat(sum).isCloseTo(1.0, within(1e-12));
            assertThat(s.error()).isCloseTo(missedWeight, within(1e-12));
            for (int i = 0; i < s.rows(); i++) {
                double expected = s.missed(i) ? scale * Math.exp(s.alpha()) : scale;
                assertThat(s.nextWeight(i) / s.fittedWeight(i)).isCloseTo(expected, within(1e-9));
            }
        }
    }

    @Test
    void theFirstLearnerNoBetterThanChanceStopsTheRunWithASentence() {
        // XOR's four corners: no stump beats a majority vote, ε = 0.5 = 1 − 1/K.
        Dataset xor = Dataset.classification("xor", new double[][] {{0, 0}, {1, 1}, {0, 1}, {1, 0}},
                new int[] {0, 0, 1, 1}, List.of("x1", "x2"), List.of("a", "b"));
        Engine<AdaBoostSnapshot> engine = factory.create(xor, factory.defaults(), 0);
        StepResult result = engine.step();
        assertThat(result.status()).isEqualTo(StepResult.Status.STOPPED);
        assertThat(result.reason()).contains("no better than chance").contains("0.5");
        assertThat(engine.snapshot().ensemble().size()).isZero();
        assertThat(engine.snapshot().learnerKept()).isFalse();
    }

    @Test
    void badDataIsRefusedInOneSentence() {
        Dataset oneClass = Dataset.classification("one", new double[][] {{0, 0}, {1, 1}}, new int[] {1, 1},
                List.of("x1", "x2"), List.of("a", "b"));
        assertThatThrownBy(() -> factory.create(oneClass, factory.defaults(), 0))
                .hasMessage("AdaBoost needs points of at least two classes to tell apart; the data has only class 'b'.");
        assertThatThrownBy(() -> factory.defaults().with("nEstimators", 0)).hasMessageContaining("'nEstimators'");
        assertThatThrownBy(() -> factory.defaults().with("learningRate", 0.0)).hasMessageContaining("'learningRate'");
        assertThatThrownBy(() -> factory.defaults().with("learningRate", -1.0)).hasMessageContaining("'learningRate'");
    }

    @Test
    void aClassWithNoRowsIsLeftOutOfKAsScikitLearnLeavesItOutOfClasses() {
        SklearnFixture moons = load("adaboost_moons");
        Dataset data = moons.dataset();
        Dataset threeNames = Dataset.classification("moons3", moons.matrix("x"),
                java.util.Arrays.stream(moons.integers("y")).map(label -> label * 2).toArray(), data.featureNames(),
                List.of("a", "absent", "b"));
        AdaBoostSnapshot two = firstRound("adaboost_moons", 1.0);
        Engine<AdaBoostSnapshot> engine = factory.create(threeNames, factory.defaults(), 0);
        engine.step();
        assertThat(engine.snapshot().alpha()).isEqualTo(two.alpha());
        assertThat(engine.snapshot().predict(threeNames.featuresRowMajor(), 0)).isIn(0.0, 2.0);
    }

    private AdaBoostSnapshot firstRound(String name, double learningRate) {
        Engine<AdaBoostSnapshot> engine = factory.create(load(name).dataset(),
                factory.defaults().with("learningRate", learningRate), 0);
        engine.step();
        return engine.snapshot();
    }
}
