package org.stepwise.algo.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
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
 * Agglomerative clustering against scikit-learn 1.2.1's trees and labels (fixtures by
 * {@code tools/reference/hierarchical.py}), Ward's height against √(2·ΔSSE) from the points, and
 * what a step may do: one merge, of two clusters that exist, never below the one before.
 */
class HierarchicalEngineTest extends EngineContractTest<HierarchicalSnapshot> {

    private final HierarchicalFactory factory = new HierarchicalFactory();

    @Override
    protected EngineFactory<HierarchicalSnapshot> factory() { return factory; }

    @Override
    protected Dataset data() { return SklearnFixture.load(HierarchicalEngineTest.class, "hierarchical_blobs").dataset(); }

    record Fit(String data, int index) {
        @Override
        public String toString() { return data + " fit" + index; }
    }

    static Stream<Fit> fits() {
        List<Fit> fits = new ArrayList<>();
        for (String name : List.of("blobs", "moons", "iris")) {
            int count = (int) SklearnFixture.load(HierarchicalEngineTest.class, "hierarchical_" + name)
                    .number("fit_count");
            for (int i = 0; i < count; i++) {
                fits.add(new Fit(name, i));
            }
        }
        return fits.stream();
    }

    private static HierarchicalSnapshot runToEnd(Engine<HierarchicalSnapshot> engine) {
        while (!engine.snapshot().status().isFinal()) {
            engine.step();
        }
        return engine.snapshot();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fits")
    void treeAndLabelsEqualScikitLearns(Fit fit) {
        SklearnFixture fixture = SklearnFixture.load(HierarchicalEngineTest.class, "hierarchical_" + fit.data());
        SklearnFixture expected = fixture.part("fit" + fit.index());
        Dataset data = fixture.dataset();
        Params params = factory.defaults().with("linkage", expected.text("linkage"))
                .with("nClusters", (int) expected.number("n_clusters"))
                .with("distanceThreshold", expected.number("distance_threshold"));
        HierarchicalSnapshot last = runToEnd(factory.create(data, params, 0));
        assertThat(last.status()).isEqualTo(StepResult.CONVERGED);
        assertThat(last.mergeCount()).isEqualTo(data.size() - 1);
        double[][] children = expected.matrix("children");
        double[] distances = expected.vector("distances");
        // Merges compared as unordered pairs of node numbers, in scikit-learn's order, heights to 1e-9.
        for (int m = 0; m < children.length; m++) {
            assertThat(new int[] {last.left(m), last.right(m)}).as(expected.text("call") + " merge " + m)
                    .containsExactlyInAnyOrder((int) children[m][0], (int) children[m][1]);
            assertThat(last.height(m)).as("height of merge " + m).isCloseTo(distances[m], within(1e-9));
        }
        int[] labels = IntStream.range(0, data.size()).map(last::label).toArray();
        assertThat(labels).as("labels").containsExactly(expected.integers("labels"));
        assertThat(last.scalar("n_clusters")).isEqualTo(expected.number("n_clusters_"));
    }

    @Test
    void wardsHeightIsTheRootOfTwiceTheRiseInTheSumOfSquares() {
        Dataset data = data();
        HierarchicalSnapshot last = runToEnd(factory.create(data, factory.defaults().with("linkage", "ward"), 0));
        int n = data.size();
        Map<Integer, List<Integer>> members = new HashMap<>();
        for (int i = 0; i < n; i++) {
            members.put(i, List.of(i));
        }
        for (int m = 0; m < n - 1; m++) {
            List<Integer> a = members.get(last.left(m));
            List<Integer> b = members.get(last.right(m));
            List<Integer> both = new ArrayList<>(a);
            both.addAll(b);
            members.put(n + m, both);
            double rise = sse(last, both) - sse(last, a) - sse(last, b);
            assertThat(last.height(m)).as("merge " + m).isCloseTo(Math.sqrt(2 * rise), within(1e-9));
        }
    }

    /** n points of the plane drawn from a standard normal, seeded. */
    private static double[][] gaussianPoints(int n, long seed) {
        Random random = new Random(seed);
        double[][] x = new double[n][2];
        for (double[] row : x) {
            row[0] = random.nextGaussian();
            row[1] = random.nextGaussian();
        }
        return x;
    }

    private static Dataset points(double[][] x) {
        return Dataset.classification("points", x, new int[x.length], List.of("x", "y"), List.of("all"));
    }

    private static double sse(HierarchicalSnapshot s, List<Integer> rows) {
        double total = 0;
        for (int j = 0; j < s.featureCount(); j++) {
            double mean = 0;
            for (int i : rows) {
                mean += s.feature(i, j);
            }
            mean /= rows.size();
            for (int i : rows) {
                total += (s.feature(i, j) - mean) * (s.feature(i, j) - mean);
            }
        }
        return total;
    }

    @ParameterizedTest
    @MethodSource("linkages")
    void eachStepMergesTwoLiveClustersNeverBelowTheLastMerge(String linkage) {
        double[][] x = gaussianPoints(120, 7);
        Engine<HierarchicalSnapshot> engine = factory.create(points(x),
                factory.defaults().with("linkage", linkage), 0);
        boolean[] live = new boolean[2 * x.length - 1];
        java.util.Arrays.fill(live, 0, x.length, true);
        double previous = 0;
        for (int m = 0; m < x.length - 1; m++) {
            engine.step();
            HierarchicalSnapshot s = engine.snapshot();
            assertThat(s.lastMerge()).isEqualTo(m);
            assertThat(live[s.left(m)] && live[s.right(m)]).as("merge " + m + " joins two live clusters").isTrue();
            live[s.left(m)] = false;
            live[s.right(m)] = false;
            live[x.length + m] = true;
            assertThat(s.height(m)).as("the linkages here are monotone").isGreaterThanOrEqualTo(previous);
            previous = s.height(m);
            assertThat(s.clusterCount()).isEqualTo(m == x.length - 2 ? 3 : x.length - m - 1);
        }
        assertThat(engine.snapshot().status()).isEqualTo(StepResult.CONVERGED);
    }

    static Stream<String> linkages() {
        return Stream.of("ward", "complete", "average", "single");
    }

    @Test
    void aCutAtAHeightJoinsExactlyTheMergesBelowIt() {
        HierarchicalSnapshot last = runToEnd(factory.create(data(), factory.defaults(), 0));
        int n = last.size();
        double cut = last.cutHeight();
        assertThat(cut).isBetween(last.height(n - 4), last.height(n - 3));
        int[] nodes = last.clusterNodes(cut);
        assertThat(IntStream.of(nodes).distinct().count()).isEqualTo(3);
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                assertThat(nodes[i] == nodes[k]).isEqualTo(last.label(i) == last.label(k));
            }
        }
    }

    @Test
    void stepsAllocateOnlyTheirSnapshot() {
        double[][] x = gaussianPoints(400, 3);
        Engine<HierarchicalSnapshot> engine = factory.create(points(x),
                factory.defaults().with("nClusters", 0).with("distanceThreshold", 1e9), 0);
        // A snapshot before the end holds its labels (n ints, 1.6 kB here): the merge itself allocates nothing.
        for (int i = 0; i < 50; i++) {
            engine.step();
        }
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        for (int i = 0; i < 100; i++) {
            engine.step();
        }
        long perStep = (threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before) / 100;
        assertThat(perStep).as("bytes per step").isLessThan(3 * 4 * 2 * x.length + 400);
    }

    @Test
    void badSettingsAreRefusedWithASentence() {
        Dataset data = data();
        assertThatThrownBy(() -> factory.create(data, factory.defaults().with("nClusters", 0), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exactly one of nClusters");
        assertThatThrownBy(() -> factory.create(data, factory.defaults().with("distanceThreshold", 2.0), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exactly one of nClusters");
        assertThatThrownBy(() -> factory.create(data, factory.defaults().with("nClusters", 61), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("number of points (60); got 61");
        assertThatThrownBy(() -> factory.create(points(new double[][] {{1, 2}}), factory.defaults(), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 2 points");
    }

    @Test
    void theNarrationTellsTheMergeWithItsHeight() {
        Engine<HierarchicalSnapshot> engine = factory.create(data(), factory.defaults(), 0);
        assertThat(engine.snapshot().narration()).isEmpty();
        engine.step();
        HierarchicalSnapshot s = engine.snapshot();
        assertThat(s.narration()).contains("Merge 1 joins point " + s.left(0) + " and point " + s.right(0))
                .contains(HierarchicalNarration.number(s.height(0))).contains("59 clusters are left");
        HierarchicalSnapshot last = runToEnd(engine);
        assertThat(last.narration()).contains("Done").contains("3 clusters");
    }
}
