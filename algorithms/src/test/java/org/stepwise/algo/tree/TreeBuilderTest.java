package org.stepwise.algo.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.stepwise.algo.tree.TreeAssertions.assertSameNodes;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.stepwise.algo.Randomness;
import org.stepwise.algo.SklearnFixture;

/**
 * The builder the ensembles fit their trees with, against scikit-learn 1.2.1 trees fitted with
 * sample weights and with friedman_mse (tools/reference/weighted_tree.py), and the random feature
 * subsets by their properties (scikit-learn's random stream is not ours).
 */
class TreeBuilderTest {

    private static final double TOLERANCE = 1e-9;
    private static final List<String> CASES = List.of("weighted_moons_bootstrap", "weighted_blobs3_real",
            "weighted_sine_real", "weighted_diabetes_unweighted", "weighted_diabetes_bootstrap");

    record Case(SklearnFixture data, SklearnFixture fit) {
        @Override
        public String toString() { return data.name() + ": " + fit.text("call"); }
    }

    static Stream<Case> cases() {
        return CASES.stream().map(TreeFixtures::load).flatMap(data -> data.fits().stream().map(fit -> new Case(data, fit)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void fitsWithWeightsAndFriedmanMseAsScikitLearn(Case c) {
        DecisionTree tree = builder(c.data(), c.fit().part("settings")).fit(rows(c.data()), columns(c.data()),
                c.data().vector("y"), c.data().has("weights") ? c.data().vector("weights") : null);
        assertSameNodes(tree, c.fit(), TOLERANCE);
        assertThat(tree.trainingScore()).as("score").isCloseTo(c.fit().number("score"), within(TOLERANCE));
    }

    @Test
    void theFixturesCoverBothKindsOfWeightsAndFriedmanMse() {
        assertThat(cases().filter(c -> c.fit().text("call").contains("friedman_mse"))).hasSizeGreaterThanOrEqualTo(4);
        assertThat(cases().filter(c -> c.data().name().contains("bootstrap"))).hasSizeGreaterThanOrEqualTo(4);
        assertThat(cases().filter(c -> c.data().name().contains("real"))).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void rowsOfWeightZeroAreLeftOutAndDoublingEveryWeightChangesNoSplit() {
        SklearnFixture moons = TreeFixtures.load("tree_moons");
        double[] x = rows(moons);
        double[] y = moons.vector("y");
        double[] weights = new double[y.length];
        java.util.Arrays.fill(weights, 2.0);
        DecisionTree unit = TreeBuilder.classifier(SplitCriterion.GINI, 2).fit(x, 2, y, null);
        DecisionTree doubled = TreeBuilder.classifier(SplitCriterion.GINI, 2).fit(x, 2, y, weights);
        assertThat(doubled.preorder()).hasSameSizeAs(unit.preorder());
        assertThat(doubled.threshold(0)).isEqualTo(unit.threshold(0));
        assertThat(doubled.weight(0)).isEqualTo(2.0 * y.length);
        weights[0] = 0.0;
        weights[1] = 0.0;
        assertThat(TreeBuilder.classifier(SplitCriterion.GINI, 2).fit(x, 2, y, weights).samples(0))
                .isEqualTo(y.length - 2);
    }

    @Test
    void featuresDrawnAtRandomVaryWithTheSeedAndRepeatWithIt() {
        SklearnFixture data = TreeFixtures.load("tree_classification5");
        double[] x = rows(data);
        double[] y = data.vector("y");
        Set<Integer> rootFeatures = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            DecisionTree tree = sqrtFeatures(seed).fit(x, 5, y, null);
            rootFeatures.add(tree.feature(0));
            DecisionTree again = sqrtFeatures(seed).fit(x, 5, y, null);
            assertThat(again.preorder()).hasSameSizeAs(tree.preorder());
            assertThat(again.threshold(0)).isEqualTo(tree.threshold(0));
            assertThat(tree.trainingScore()).as("a full tree fits its rows").isEqualTo(1.0);
        }
        assertThat(rootFeatures).as("root features over 20 seeds").hasSizeGreaterThan(1);
        DecisionTree all = TreeBuilder.classifier(SplitCriterion.GINI, 3).maxFeatures(5, Randomness.generator(1))
                .fit(x, 5, y, null);
        DecisionTree plain = TreeBuilder.classifier(SplitCriterion.GINI, 3).fit(x, 5, y, null);
        assertThat(all.preorder()).hasSameSizeAs(plain.preorder());
        assertThat(all.feature(0)).isEqualTo(plain.feature(0));
    }

    @Test
    void impossibleSettingsAreRefusedInOneSentence() {
        assertThatThrownBy(() -> TreeBuilder.regressor(SplitCriterion.GINI)).hasMessageContaining("measures classes");
        assertThatThrownBy(() -> TreeBuilder.classifier(SplitCriterion.FRIEDMAN_MSE, 2))
                .hasMessageContaining("real target");
        assertThatThrownBy(() -> TreeBuilder.regressor(SplitCriterion.SQUARED_ERROR).maxDepth(0))
                .hasMessage("maxDepth must be at least 1, not 0.");
        assertThatThrownBy(() -> TreeBuilder.regressor(SplitCriterion.SQUARED_ERROR)
                .fit(new double[] {1, 2}, 1, new double[] {1, 2}, new double[] {0, 0}))
                .hasMessageContaining("No row has a positive weight");
    }

    private static TreeBuilder sqrtFeatures(long seed) {
        return TreeBuilder.classifier(SplitCriterion.GINI, 3).maxFeatures(2, Randomness.generator(seed));
    }

    private static TreeBuilder builder(SklearnFixture data, SklearnFixture settings) {
        SplitCriterion criterion = SplitCriterion.of(settings.text("criterion"));
        TreeBuilder builder = criterion.classifies()
                ? TreeBuilder.classifier(criterion, data.dataset().classCount())
                : TreeBuilder.regressor(criterion);
        if (settings.has("max_depth")) {
            builder.maxDepth((int) settings.number("max_depth"));
        }
        if (settings.has("min_samples_leaf")) {
            builder.minSamplesLeaf((int) settings.number("min_samples_leaf"));
        }
        return builder;
    }

    private static int columns(SklearnFixture data) { return data.matrix("x")[0].length; }

    private static double[] rows(SklearnFixture data) {
        double[][] x = data.matrix("x");
        double[] flat = new double[x.length * x[0].length];
        for (int i = 0; i < x.length; i++) {
            System.arraycopy(x[i], 0, flat, i * x[0].length, x[0].length);
        }
        return flat;
    }
}
