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
import org.stepwise.algo.HeldOutScores;
import org.stepwise.algo.Params;
import org.stepwise.algo.SklearnFixture;
import org.stepwise.algo.StepResult;
import org.stepwise.algo.tree.DecisionTree;
import org.stepwise.algo.tree.SplitCriterion;
import org.stepwise.algo.tree.TreeBuilder;
import org.stepwise.data.Dataset;

/**
 * The random-forest engine against scikit-learn 1.2.1's RandomForestClassifier
 * (tools/reference/random_forest.py): the streams of random numbers differ, so the means over 20
 * seeds of the out-of-bag score and the held-out accuracy must come within two points of
 * scikit-learn's means over its 20; and by the forest's definitions, exactly.
 */
class RandomForestEngineTest extends EngineContractTest<RandomForestSnapshot> {

    private static final int SEEDS = 20;
    private static final double TWO_POINTS = 0.02;

    private final RandomForestFactory factory = new RandomForestFactory();

    @Override
    protected EngineFactory<RandomForestSnapshot> factory() { return factory; }

    @Override
    protected Dataset data() { return moons().dataset().selectRows(java.util.stream.IntStream.range(0, 60).toArray()); }

    @Override
    protected int contractSteps() { return 12; }

    record Fit(SklearnFixture data, SklearnFixture fit) {
        @Override
        public String toString() { return data.name() + ": " + fit.text("call"); }
    }

    static Stream<Fit> fits() {
        return Stream.of("forest_moons", "forest_wine", "forest_breast_cancer")
                .map(name -> SklearnFixture.load(RandomForestEngineTest.class, name))
                .flatMap(data -> data.fits().stream().map(fit -> new Fit(data, fit)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fits")
    void outOfBagHeldOutAndImportancesMatchScikitLearnsOverTwentySeeds(Fit fit) {
        Dataset train = fit.data().dataset();
        Dataset test = Dataset.classification("test", fit.data().matrix("x_test"), fit.data().integers("y_test"),
                train.featureNames(), train.classNames());
        Params params = params(fit.fit().part("settings"));
        double oob = 0.0;
        double held = 0.0;
        double[] importances = new double[train.featureCount()];
        for (long seed = 0; seed < SEEDS; seed++) {
            RandomForestSnapshot end = runToEnd(factory.create(train, params, seed));
            assertThat(end.oobRows()).as("every row out of some bag").isEqualTo(train.size());
            oob += end.oobScore();
            held += HeldOutScores.score(end, test);
            double[] own = end.featureImportances();
            for (int f = 0; f < own.length; f++) {
                importances[f] += own[f] / SEEDS;
            }
        }
        assertThat(importances).as("mean feature_importances_").containsExactly(
                fit.fit().vector("importances_mean"), within(0.03));
        assertThat(oob / SEEDS).as("mean oob_score").isCloseTo(fit.fit().number("oob_mean"), within(TWO_POINTS));
        assertThat(held / SEEDS).as("mean held-out accuracy").isCloseTo(fit.fit().number("test_mean"),
                within(TWO_POINTS));
    }

    @Test
    void theForestAveragesItsTreesProbabilities() {
        RandomForestSnapshot end = runToEnd(factory.create(data(), factory.defaults().with("nEstimators", 7), 3));
        RandomForest forest = end.forest();
        double[] xs = {-1.0, 0.2, 0.5, 1.7, 2.2};
        double[] ys = {0.0, 0.9, -0.3, 0.1, 1.4};
        double[] averaged = new double[xs.length * 2];
        forest.predictProbabilities(xs, ys, xs.length, averaged);
        double[] one = new double[2];
        for (int i = 0; i < xs.length; i++) {
            double sum = 0.0;
            for (int t = 0; t < forest.treeCount(); t++) {
                forest.tree(t).probabilities(new double[] {xs[i], ys[i]}, 0, one, 0);
                sum += one[1];
            }
            assertThat(averaged[i * 2 + 1]).isCloseTo(sum / forest.treeCount(), within(1e-12));
            assertThat(averaged[i * 2] + averaged[i * 2 + 1]).isCloseTo(1.0, within(1e-12));
        }
    }

    @Test
    void withoutBootstrapOrFeatureDrawsEveryTreeIsTheDecisionTree() {
        Dataset data = data();
        Params bagging = factory.defaults().with("bootstrap", false).with("maxFeatures", "all").with("nEstimators", 3);
        RandomForestSnapshot end = runToEnd(factory.create(data, bagging, 0));
        assertThat(end.step()).as("one step per tree without a sample to draw").isEqualTo(3);
        DecisionTree plain = TreeBuilder.classifier(SplitCriterion.GINI, 2).fit(data.featuresRowMajor(), 2,
                data.targets(), null);
        for (int t = 0; t < 3; t++) {
            DecisionTree tree = end.forest().tree(t);
            assertThat(tree.preorder()).hasSameSizeAs(plain.preorder());
            assertThat(tree.threshold(0)).isEqualTo(plain.threshold(0));
        }
        assertThat(end.scalar("oob_score")).as("no out-of-bag score without bootstrap").isNaN();
        assertThat(end.metrics().has("oob_score")).isFalse();
    }

    @Test
    void stepsAlternateDrawingASampleAndGrowingItsTree() {
        Engine<RandomForestSnapshot> engine = factory.create(data(), factory.defaults().with("nEstimators", 4), 1);
        for (int t = 1; t <= 4; t++) {
            engine.step();
            RandomForestSnapshot drawn = engine.snapshot();
            assertThat(drawn.event()).isEqualTo(RandomForestSnapshot.Event.DRAWN);
            assertThat(drawn.forest().treeCount()).isEqualTo(t - 1);
            int draws = 0;
            for (int i = 0; i < drawn.rows(); i++) {
                draws += drawn.timesDrawn(i);
            }
            assertThat(draws).as("n draws with replacement").isEqualTo(drawn.rows());
            assertThat(drawn.narration()).startsWith("Tree " + t + "'s bootstrap sample: 60 draws");
            engine.step();
            RandomForestSnapshot grown = engine.snapshot();
            assertThat(grown.event()).isEqualTo(RandomForestSnapshot.Event.GROWN);
            assertThat(grown.forest().treeCount()).isEqualTo(t);
            assertThat(grown.newest().samples(0)).as("the tree holds the sample's distinct rows")
                    .isEqualTo(drawn.inBagRows());
            assertThat(grown.newest().weight(0)).as("weighted by draws").isEqualTo(drawn.rows());
        }
        assertThat(engine.snapshot().status()).isEqualTo(StepResult.CONVERGED);
        assertThat(engine.snapshot().permutationImportances()).hasSize(2);
    }

    @Test
    void permutationImportanceFindsTheInformativeFeatureAndIgnoresNoise() {
        Dataset moons = moons().dataset();
        double[][] withNoise = new double[moons.size()][];
        java.util.Random random = new java.util.Random(4);
        for (int i = 0; i < moons.size(); i++) {
            withNoise[i] = new double[] {moons.feature(i, 0), moons.feature(i, 1), random.nextGaussian()};
        }
        Dataset data = Dataset.classification("moons+noise", withNoise, moons.labels(), List.of("x1", "x2", "noise"),
                moons.classNames());
        RandomForestSnapshot end = runToEnd(factory.create(data, factory.defaults().with("nEstimators", 40), 5));
        double[] permutation = end.permutationImportances();
        assertThat(permutation[1]).as("x2 separates the moons").isGreaterThan(0.1);
        assertThat(Math.abs(permutation[2])).as("noise").isLessThan(0.03);
        double[] impurity = end.featureImportances();
        assertThat(impurity[0] + impurity[1] + impurity[2]).isCloseTo(1.0, within(1e-12));
        assertThat(end.metrics().has("permutation_importances")).isTrue();
    }

    @Test
    void tooFewTreesForEveryPointToBeOutOfBagIsSaidNotHidden() {
        Dataset few = data().selectRows(new int[] {0, 1, 2, 3, 4, 5});
        RandomForestSnapshot end = runToEnd(factory.create(few, factory.defaults().with("nEstimators", 1), 0));
        assertThat(end.oobRows()).isLessThan(few.size());
        assertThat(end.narration()).contains("were drawn into every tree's sample, so they have no out-of-bag estimate");
    }

    @Test
    void oneClassAndTooManyFeaturesAreRefusedInOneSentence() {
        Dataset one = data().selectRows(java.util.stream.IntStream.range(0, data().size())
                .filter(i -> data().label(i) == 0).toArray());
        assertThatThrownBy(() -> factory.create(one, factory.defaults(), 0))
                .hasMessageStartingWith("A random forest needs points of at least two classes");
        assertThatThrownBy(() -> factory.create(data(), factory.defaults().with("maxFeatures", "3"), 0))
                .hasMessage("maxFeatures is 3 but the data has only 2 features; choose at most 2, or all.");
        assertThatThrownBy(() -> factory.defaults().with("nEstimators", 0)).hasMessageContaining("nEstimators");
        assertThatThrownBy(() -> factory.defaults().with("maxDepth", 0)).hasMessageContaining("maxDepth");
    }

    @Test
    void maxFeaturesResolvesAsScikitLearn() {
        assertThat(RandomForestFactory.maxFeatures("sqrt", 30)).isEqualTo(5);
        assertThat(RandomForestFactory.maxFeatures("sqrt", 2)).isEqualTo(1);
        assertThat(RandomForestFactory.maxFeatures("log2", 30)).isEqualTo(4);
        assertThat(RandomForestFactory.maxFeatures("log2", 8)).isEqualTo(3);
        assertThat(RandomForestFactory.maxFeatures("log2", 1)).isEqualTo(1);
        assertThat(RandomForestFactory.maxFeatures("all", 13)).isEqualTo(13);
    }

    private static SklearnFixture moons() { return SklearnFixture.load(RandomForestEngineTest.class, "forest_moons"); }

    private Params params(SklearnFixture settings) {
        Params params = factory.defaults();
        if (settings.has("max_features")) {
            // scikit-learn's None, every feature, is the lesson's "all".
            params = params.with("maxFeatures", settings.isNull("max_features") ? "all" : settings.text("max_features"));
        }
        if (settings.has("max_depth")) {
            params = params.with("maxDepth", (int) settings.number("max_depth"));
        }
        if (settings.has("min_samples_leaf")) {
            params = params.with("minSamplesLeaf", (int) settings.number("min_samples_leaf"));
        }
        if (settings.has("n_estimators")) {
            params = params.with("nEstimators", (int) settings.number("n_estimators"));
        }
        return params;
    }

    static RandomForestSnapshot runToEnd(Engine<RandomForestSnapshot> engine) {
        int steps = 0;
        while (!engine.step().isFinal()) {
            assertThat(++steps).isLessThan(10_000);
        }
        return engine.snapshot();
    }
}
