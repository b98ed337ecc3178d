package org.stepwise.algo.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.stepwise.algo.tree.TreeAssertions.assertSameNodes;

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

class DecisionTreeEngineTest extends EngineContractTest<DecisionTreeSnapshot> {

    private static final double TOLERANCE = 1e-9;

    private final DecisionTreeClassifierFactory factory = new DecisionTreeClassifierFactory();

    @Override
    protected EngineFactory<DecisionTreeSnapshot> factory() { return factory; }

    @Override
    protected Dataset data() { return TreeFixtures.load("tree_moons").dataset(); }

    static Stream<TreeFixtures.Fit> classifierFits() { return TreeFixtures.fits(TreeFixtures.CLASSIFIERS); }

    static Stream<TreeFixtures.Fit> regressorFits() { return TreeFixtures.fits(TreeFixtures.REGRESSORS); }

    static DecisionTreeSnapshot runToEnd(Engine<DecisionTreeSnapshot> engine) {
        StepResult result = StepResult.CONTINUE;
        int steps = 0;
        while (!result.isFinal()) {
            result = engine.step();
            assertThat(++steps).as("steps").isLessThan(100_000);
        }
        return engine.snapshot();
    }

    /**
     * Run to its end, the tree is scikit-learn's node for node (in its depth-first order): the same
     * features, thresholds (exactly: midpoints of the same float32 values), rows, impurities and
     * values, the same leaves and depth, feature_importances_ and score to 1e-9.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("classifierFits")
    void classifiesAsScikitLearn(TreeFixtures.Fit fit) {
        DecisionTreeSnapshot end = runToEnd(factory.create(fit.dataset(), fit.params(factory.defaults()), 0));
        assertSameTree(end, fit.fit());
        assertThat(end.metrics().scalar("accuracy")).isCloseTo(fit.fit().number("score"), within(TOLERANCE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("regressorFits")
    void regressesAsScikitLearn(TreeFixtures.Fit fit) {
        DecisionTreeRegressorFactory regressor = new DecisionTreeRegressorFactory();
        DecisionTreeSnapshot end = runToEnd(regressor.create(fit.dataset(), fit.params(regressor.defaults()), 0));
        assertSameTree(end, fit.fit());
        assertThat(end.metrics().scalar("r2")).isCloseTo(fit.fit().number("score"), within(TOLERANCE));
    }

    static void assertSameTree(DecisionTreeSnapshot end, SklearnFixture expected) {
        assertThat(end.status()).isEqualTo(StepResult.CONVERGED);
        assertSameNodes(end.tree(), expected, TOLERANCE);
        assertThat(end.metrics().scalar("n_leaves")).isEqualTo(expected.number("n_leaves"));
        assertThat(end.metrics().scalar("depth")).isEqualTo(expected.number("depth"));
        if (expected.has("ccp_alphas")) {
            CostComplexityPruning pruning = end.pruning();
            assertThat(pruning.alphas()).as("ccp_alphas").containsExactly(expected.vector("ccp_alphas"),
                    within(TOLERANCE));
            assertThat(pruning.impurities()).as("path impurities").containsExactly(expected.vector("path_impurities"),
                    within(TOLERANCE));
        }
    }

    @Test
    void everyStepSplitsTheOpenLeafWithTheLargestDecreaseAndTheDecreasesAddUp() {
        Engine<DecisionTreeSnapshot> engine = factory.create(data(), factory.defaults(), 0);
        DecisionTreeSnapshot previous = engine.snapshot();
        while (!engine.step().isFinal()) {
            DecisionTreeSnapshot s = engine.snapshot();
            DecisionTree before = previous.grown();
            for (int node = 0; node < before.nodeCount(); node++) {
                if (before.status(node) == NodeStatus.OPEN) {
                    assertThat(before.candidateDecrease(node)).isLessThanOrEqualTo(s.lastDecrease());
                }
            }
            // A split's two majorities hold at least the parent's: accuracy never falls.
            assertThat(s.score()).isGreaterThanOrEqualTo(previous.score());
            previous = s;
        }
        DecisionTreeSnapshot end = engine.snapshot();
        // Grown fully on moons (no two identical points of different classes): every point classified right.
        assertThat(end.score()).isEqualTo(1.0);
        double decreases = 0;
        DecisionTree tree = end.tree();
        for (int node = 0; node < tree.nodeCount(); node++) {
            decreases += tree.isLeaf(node) ? 0 : tree.candidateDecrease(node);
        }
        double leafCost = 0;
        for (int node = 0; node < tree.nodeCount(); node++) {
            leafCost += tree.isLeaf(node) ? tree.samples(node) * tree.impurity(node) / tree.samples(0) : 0;
        }
        assertThat(tree.impurity(0) - decreases).isCloseTo(leafCost, within(1e-12));
    }

    @Test
    void theNarrationNamesTheSplitWithItsNumbers() {
        Engine<DecisionTreeSnapshot> engine = factory.create(data(), factory.defaults(), 0);
        engine.step();
        DecisionTreeSnapshot s = engine.snapshot();
        String threshold = TreeNarration.number(s.tree().threshold(0));
        assertThat(s.narration()).startsWith("split node 0 (100 rows, gini 0.5) on x" + (s.tree().feature(0) + 1)
                + " ≤ " + threshold).contains("weighted decrease").contains("accuracy");
        assertThat(s.narration(40).length()).isLessThan(s.narration().length());
    }

    @Test
    void aPositiveCcpAlphaPrunesInOneLastStep() {
        Params params = factory.defaults().with("ccpAlpha", 0.02);
        Engine<DecisionTreeSnapshot> engine = factory.create(data(), params, 0);
        DecisionTreeSnapshot end = runToEnd(engine);
        assertThat(end.event()).isEqualTo(DecisionTreeSnapshot.Event.PRUNED);
        assertThat(end.tree().leafCount()).isLessThan(end.grown().leafCount());
        assertThat(end.narration()).startsWith("pruned ");
        // The path's subtree at the largest alpha is the root alone.
        double[] alphas = end.pruning().alphas();
        assertThat(end.grown().prunedAt(alphas[alphas.length - 1]).leafCount()).isEqualTo(1);
    }

    @Test
    void oneClassAndACriterionOfTheOtherTaskAreRefusedInOneSentence() {
        Dataset one = Dataset.classification("one", new double[][] {{0, 0}, {1, 1}}, new int[] {0, 0},
                List.of("x1", "x2"), List.of("A", "B"));
        assertThatThrownBy(() -> factory.create(one, factory.defaults(), 0))
                .hasMessage("A decision tree needs points of at least two classes to split apart; the data has only"
                        + " class 'A'.");
        assertThatThrownBy(() -> factory.create(data(), factory.defaults().with("criterion", "squared_error"), 0))
                .hasMessageContaining("to classify choose gini");
        assertThatThrownBy(() -> factory.defaults().with("maxDepth", 0))
                .hasMessageContaining("'maxDepth'");
    }

    @Test
    void aRootThatCannotBeSplitEndsAtTheFirstStep() {
        Engine<DecisionTreeSnapshot> engine = factory.create(data(), factory.defaults().with("minSamplesSplit", 500), 0);
        assertThat(engine.step()).isEqualTo(StepResult.CONVERGED);
        assertThat(engine.snapshot().narration()).startsWith("The root stays a leaf (fewer rows than minSamplesSplit)");
        assertThat(engine.snapshot().tree().leafCount()).isEqualTo(1);
    }

    @Test
    void theSortKeysOrderFloatsAsFloatCompareDoes() {
        float[] values = {-3.5f, -1e-30f, -0.0f, 0.0f, 1e-30f, 2.25f, Float.MAX_VALUE};
        for (int i = 1; i < values.length; i++) {
            assertThat(TreeData.sortable(values[i - 1])).as("%s < %s", values[i - 1], values[i])
                    .isLessThan(TreeData.sortable(values[i]));
        }
    }

    @Test
    void splitsAllocateNothing() {
        Dataset big = TreeFixtures.load("tree_classification5").dataset();
        assertStepsAllocateNothingButSnapshots(factory.create(big, factory.defaults(), 0));
    }

    private static void assertStepsAllocateNothingButSnapshots(Engine<DecisionTreeSnapshot> engine) {
        assertStepsAllocateNothing(engine, 3, 10);
    }
}
