package org.stepwise.algo.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
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
 * The four detectors against scikit-learn 1.2.1 (fixtures by {@code tools/reference/outliers.py}):
 * LOF's negative_outlier_factor_, offset_ and labels; the isolation forest's score_samples,
 * offset_ and predict with scikit-learn's own trees; the quartiles and z-scores against numpy.
 */
class OutliersEngineTest extends EngineContractTest<OutliersSnapshot> {

    private final OutliersFactory factory = new OutliersFactory();

    @Override
    protected EngineFactory<OutliersSnapshot> factory() { return factory; }

    @Override
    protected Dataset data() { return fixture("blobs").dataset(); }

    private static SklearnFixture fixture(String name) {
        return SklearnFixture.load(OutliersEngineTest.class, "outliers_" + name);
    }

    record Fit(String data, String kind, int index) {
        @Override
        public String toString() { return data + " " + kind + index; }
    }

    static Stream<Fit> fits(String kind) {
        List<Fit> fits = new ArrayList<>();
        for (String name : List.of("blobs", "iris")) {
            SklearnFixture fixture = fixture(name);
            for (int i = 0; fixture.has(kind + i); i++) {
                fits.add(new Fit(name, kind, i));
            }
        }
        return fits.stream();
    }

    static Stream<Fit> lofFits() { return fits("lof"); }

    static Stream<Fit> forestFits() { return fits("forest"); }

    private static OutliersSnapshot runToEnd(Engine<OutliersSnapshot> engine) {
        for (int i = 0; i < 100_000 && !engine.snapshot().status().isFinal(); i++) {
            engine.step();
        }
        return engine.snapshot();
    }

    private static String contamination(SklearnFixture fit) { return fit.text("contamination"); }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lofFits")
    void lofEqualsScikitLearns(Fit fit) {
        SklearnFixture data = fixture(fit.data());
        SklearnFixture expected = data.part("lof" + fit.index());
        Params params = factory.defaults().with("method", "lof")
                .with("nNeighbors", (int) expected.number("n_neighbors")).with("contamination", contamination(expected));
        OutliersSnapshot last = runToEnd(factory.create(data.dataset(), params, 0));
        assertThat(last.status()).isEqualTo(StepResult.CONVERGED);
        double[] nof = expected.vector("negative_outlier_factor");
        double[] scores = (double[]) last.metrics().values().get("scores");
        assertThat(scores).hasSize(nof.length);
        for (int i = 0; i < nof.length; i++) {
            assertThat(scores[i]).as("%s point %d", expected.text("call"), i).isCloseTo(nof[i], within(1e-9));
        }
        assertThat(last.metrics().scalar("offset")).isCloseTo(expected.number("offset"), within(1e-9));
        assertThat(labels(last)).containsExactly(expected.integers("labels"));
    }

    private static int[] labels(OutliersSnapshot s) {
        double[] labels = (double[]) s.metrics().values().get("labels");
        int[] result = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            result[i] = (int) labels[i];
        }
        return result;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forestFits")
    void forestScoresWithScikitLearnsTreesEqualItsScores(Fit fit) {
        SklearnFixture data = fixture(fit.data());
        SklearnFixture expected = data.part("forest" + fit.index());
        List<IsolationTree> trees = new ArrayList<>();
        for (SklearnFixture tree : expected.parts("trees")) {
            trees.add(IsolationTree.of(tree.integers("feature"), tree.vector("threshold"),
                    tree.integers("children_left"), tree.integers("children_right"), tree.integers("n_node_samples")));
        }
        Dataset dataset = data.dataset();
        double[] x = dataset.featuresRowMajor();
        IsolationForest forest = new IsolationForest(trees, (int) expected.number("max_samples"));
        double[] scores = forest.scoreSamples(x, dataset.size(), dataset.featureCount());
        double[] reference = expected.vector("score_samples");
        for (int i = 0; i < reference.length; i++) {
            assertThat(scores[i]).as("%s point %d", expected.text("call"), i).isCloseTo(reference[i], within(1e-12));
        }
        String contamination = contamination(expected);
        double offset = contamination.equals("auto") ? -0.5 : Percentile.of(scores, 100 * Double.parseDouble(contamination));
        assertThat(offset).isCloseTo(expected.number("offset"), within(1e-12));
        int[] labels = expected.integers("labels");
        for (int i = 0; i < labels.length; i++) {
            assertThat(scores[i] < offset ? -1 : 1).as("label of point %d", i).isEqualTo(labels[i]);
        }
    }

    @Test
    void quartilesAndZScoresEqualNumpys() {
        for (String name : List.of("blobs", "iris")) {
            SklearnFixture data = fixture(name);
            Dataset dataset = data.dataset();
            double[] x = dataset.featuresRowMajor();
            int n = dataset.size();
            int d = dataset.featureCount();
            double[] q1 = data.part("iqr").vector("q1");
            double[] q3 = data.part("iqr").vector("q3");
            double[] mean = data.part("zscore").vector("mean");
            double[] std = data.part("zscore").vector("std");
            for (int j = 0; j < d; j++) {
                SpreadRule iqr = SpreadRule.iqr(x, n, d, j);
                assertThat(iqr.q1OrLowBand()).isCloseTo(q1[j], within(1e-12));
                assertThat(iqr.q3OrHighBand()).isCloseTo(q3[j], within(1e-12));
                SpreadRule z = SpreadRule.zscore(x, n, d, j);
                assertThat(z.centre()).isCloseTo(mean[j], within(1e-12));
                assertThat(z.spread()).isCloseTo(std[j], within(1e-12));
            }
        }
    }

    @Test
    void theIqrRunFlagsExactlyThePointsOutsideAFence() {
        Dataset dataset = fixture("blobs").dataset();
        OutliersSnapshot last = runToEnd(factory.create(dataset, factory.defaults().with("method", "iqr"), 0));
        assertThat(last.step()).isEqualTo(2);
        double[] x = dataset.featuresRowMajor();
        int n = dataset.size();
        int expected = 0;
        for (int i = 0; i < n; i++) {
            boolean out = false;
            for (int j = 0; j < 2; j++) {
                SpreadRule rule = SpreadRule.iqr(x, n, 2, j);
                double v = x[i * 2 + j];
                out |= v < rule.q1OrLowBand() - 1.5 * rule.spread() || v > rule.q3OrHighBand() + 1.5 * rule.spread();
            }
            assertThat(last.stage().outlier(i)).as("point %d", i).isEqualTo(out);
            expected += out ? 1 : 0;
        }
        assertThat(expected).isPositive();
        assertThat(last.scalar("n_outliers")).isEqualTo(expected);
    }

    @Test
    void pathLengthNormaliserIsScikitLearns() {
        assertThat(PathLength.average(1)).isZero();
        assertThat(PathLength.average(2)).isEqualTo(1);
        // 2(ln 255 + γ) − 2·255/256, scikit-learn's _average_path_length([256])
        assertThat(PathLength.average(256)).isCloseTo(10.244770920119917, within(1e-12));
    }

    @Test
    void aGrownTreeIsolatesEveryDistinctPointOrStopsAtItsDepth() {
        Dataset dataset = fixture("blobs").dataset();
        double[] x = dataset.featuresRowMajor();
        int n = dataset.size();
        IsolationTree tree = IsolationForest.growTree(x, n, 2, 64, 7, new int[n]);
        int leaves = 0;
        int points = 0;
        for (int node = 0; node < tree.nodeCount(); node++) {
            if (tree.isLeaf(node)) {
                leaves++;
                points += tree.size(node);
                assertThat(tree.size(node) == 1 || tree.depth(node) == 6).as("leaf %d", node).isTrue();
            } else {
                assertThat(tree.size(tree.left(node)) + tree.size(tree.right(node))).isEqualTo(tree.size(node));
                assertThat(tree.size(tree.left(node))).isPositive();
                assertThat(tree.size(tree.right(node))).isPositive();
            }
        }
        assertThat(points).isEqualTo(64);
        assertThat(tree.nodeCount()).isEqualTo(2 * leaves - 1);
    }

    @Test
    void theLessonsForestEqualsTheForestFittedAtOnce() {
        Dataset dataset = fixture("blobs").dataset();
        OutliersSnapshot last = runToEnd(factory.create(dataset, factory.defaults().with("nEstimators", 20), 5));
        assertThat(last.step()).isEqualTo(20);
        IsolationForest forest = IsolationForest.fit(dataset.featuresRowMajor(), dataset.size(), 2, 20, 215, 5);
        double[] scores = forest.scoreSamples(dataset.featuresRowMajor(), dataset.size(), 2);
        for (int i = 0; i < scores.length; i++) {
            assertThat(last.stage().score(i)).isCloseTo(scores[i], within(1e-12));
        }
        // the injected uniform points (rows 200..214) lie mostly far from the blobs: most are the top scores
        int flaggedFar = 0;
        for (int i = 200; i < 215; i++) {
            flaggedFar += last.stage().outlier(i) ? 1 : 0;
        }
        assertThat(flaggedFar).isGreaterThanOrEqualTo(8);
    }

    @Test
    void impossibleRequestsAreRefusedWithASentence() {
        Dataset dataset = fixture("blobs").dataset();
        assertThatThrownBy(() -> factory.create(dataset, factory.defaults().with("contamination", "0.6"), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(0, 0.5]");
        assertThatThrownBy(() -> factory.create(dataset, factory.defaults().with("method", "lof")
                .with("nNeighbors", 215), 0)).hasMessageContaining("below the number of points (215)");
        assertThatThrownBy(() -> factory.create(dataset, factory.defaults().with("maxSamples", "300"), 0))
                .hasMessageContaining("maxSamples (300) is more than the 215 points");
    }
}
