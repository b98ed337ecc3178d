package org.stepwise.algo.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
import org.stepwise.algo.neighbors.NeighborMetric;
import org.stepwise.data.Dataset;

/**
 * DBSCAN against scikit-learn 1.2.1's labels and core samples (fixtures by
 * {@code tools/reference/dbscan.py}), the neighbourhoods against every pair, and what each step
 * may do: visit one point, never relabel one.
 */
class DbscanEngineTest extends EngineContractTest<DbscanSnapshot> {

    private final DbscanFactory factory = new DbscanFactory();

    @Override
    protected EngineFactory<DbscanSnapshot> factory() { return factory; }

    @Override
    protected Dataset data() { return SklearnFixture.load(DbscanEngineTest.class, "dbscan_moons").dataset(); }

    record Fit(String data, int index) {
        @Override
        public String toString() { return data + " fit" + index; }
    }

    static Stream<Fit> fits() {
        List<Fit> fits = new ArrayList<>();
        for (String name : List.of("moons", "blobs", "iris")) {
            int count = (int) SklearnFixture.load(DbscanEngineTest.class, "dbscan_" + name).number("fit_count");
            for (int i = 0; i < count; i++) {
                fits.add(new Fit(name, i));
            }
        }
        return fits.stream();
    }

    private DbscanSnapshot runToEnd(Engine<DbscanSnapshot> engine, int limit) {
        for (int i = 0; i < limit && !engine.snapshot().status().isFinal(); i++) {
            engine.step();
        }
        return engine.snapshot();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fits")
    void labelsAndCoreSamplesEqualScikitLearns(Fit fit) {
        SklearnFixture fixture = SklearnFixture.load(DbscanEngineTest.class, "dbscan_" + fit.data());
        SklearnFixture expected = fixture.part("fit" + fit.index());
        Dataset data = fixture.dataset();
        Params params = factory.defaults().with("eps", expected.number("eps"))
                .with("minSamples", (int) expected.number("min_samples")).with("metric", expected.text("metric"));
        DbscanSnapshot last = runToEnd(factory.create(data, params, 0), 3 * data.size());
        assertThat(last.status()).isEqualTo(StepResult.CONVERGED);
        int[] labels = IntStream.range(0, data.size()).map(last::label).toArray();
        assertThat(labels).as(expected.text("call")).containsExactly(expected.integers("labels"));
        assertThat(Arrays.stream((double[]) last.metrics().values().get("core_sample_indices")).mapToInt(v -> (int) v).toArray())
                .containsExactly(expected.integers("core_sample_indices"));
        assertThat(last.scalar("n_clusters")).isEqualTo(expected.number("n_clusters"));
        assertThat(last.scalar("n_noise")).isEqualTo(expected.number("n_noise"));
    }

    @Test
    void eachStepVisitsOnePointAndALabelNeverChanges() {
        Dataset data = data();
        Engine<DbscanSnapshot> engine = factory.create(data, factory.defaults(), 0);
        List<DbscanSnapshot> history = new ArrayList<>();
        history.add(engine.snapshot());
        while (!engine.snapshot().status().isFinal()) {
            engine.step();
            history.add(engine.snapshot());
        }
        DbscanSnapshot last = history.get(history.size() - 1);
        int n = data.size();
        assertThat(history.size() - 1).as("at most two visits a point: left aside, then reached")
                .isBetween(n, 2 * n);
        for (int s = 1; s < history.size(); s++) {
            DbscanSnapshot before = history.get(s - 1);
            DbscanSnapshot now = history.get(s);
            int p = now.point();
            int changed = 0;
            for (int i = 0; i < n; i++) {
                if (before.visited(i) != now.visited(i) || before.label(i) != now.label(i)
                        || before.isNoise(i) != now.isNoise(i)) {
                    changed++;
                    assertThat(i).as("step %d changes only its own point", s).isEqualTo(p);
                }
                if (before.label(i) != -1) {
                    assertThat(now.label(i)).as("a label, once given, stays").isEqualTo(before.label(i));
                }
            }
            assertThat(changed).as("step %d", s).isEqualTo(1);
            if (now.startedCluster()) {
                assertThat(now.isCore(p)).isTrue();
                assertThat(now.label(p)).isEqualTo(before.clusterCount());
            }
        }
        for (int i = 0; i < n; i++) {
            assertThat(last.isNoise(i)).as("noise at the end is exactly the unlabelled").isEqualTo(last.label(i) == -1);
        }
    }

    @Test
    void theWaitingListIsTheNextStepsAndContestedBorderPointsStayWithTheFirstCluster() {
        SklearnFixture fixture = SklearnFixture.load(DbscanEngineTest.class, "dbscan_moons");
        Dataset data = fixture.dataset();
        int contestedSteps = 0;
        for (double eps : new double[] {0.1, 0.15}) {
            Engine<DbscanSnapshot> engine = factory.create(data, factory.defaults().with("eps", eps)
                    .with("minSamples", 4), 0);
            while (!engine.snapshot().status().isFinal()) {
                DbscanSnapshot before = engine.snapshot();
                engine.step();
                DbscanSnapshot now = engine.snapshot();
                if (before.waitingCount() > 0) {
                    assertThat(now.point()).as("the top of the list is the next step's point").isEqualTo(before.waiting(0));
                }
                if (now.contestedCount() > 0) {
                    contestedSteps++;
                    int q = now.contestedPoint();
                    assertThat(now.isCore(q)).as("only border points are contested").isFalse();
                    assertThat(now.label(q)).isNotEqualTo(now.label(now.point())).isNotNegative();
                    assertThat(now.distanceTo(now.feature(now.point(), 0), now.feature(now.point(), 1), q))
                            .isLessThanOrEqualTo(eps);
                    assertThat(now.narration()).contains("reached it first");
                }
            }
        }
        assertThat(contestedSteps).as("small eps on the moons splits them, with border points between").isPositive();
    }

    @Test
    void theNeighbourhoodsAreExactlyThePointsWithinEps() {
        Random random = new Random(3);
        int n = 400;
        int d = 3;
        double[] x = new double[n * d];
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.round(random.nextGaussian() * 20) / 10.0;
        }
        for (String name : List.of(NeighborMetric.EUCLIDEAN, NeighborMetric.MANHATTAN)) {
            NeighborMetric metric = NeighborMetric.of(name, 2);
            double eps = 0.6;
            RadiusNeighborhoods hoods = RadiusNeighborhoods.of(x, n, d, eps, metric);
            for (int i = 0; i < n; i++) {
                int row = i;
                int[] brute = IntStream.range(0, n)
                        .filter(j -> metric.distance(x, row * d, x, j * d, d) <= eps).toArray();
                assertThat(hoods.of(i)).as("%s, row %d", name, i).containsExactly(brute);
            }
        }
    }

    @Test
    void aPointIsCoreExactlyWhenItsKDistanceIsWithinEps() {
        Dataset data = data();
        int minSamples = 5;
        double[] sorted = KDistances.sorted(data.featuresRowMajor(), data.size(), 2, minSamples, "euclidean");
        for (int i = 1; i < sorted.length; i++) {
            assertThat(sorted[i]).isGreaterThanOrEqualTo(sorted[i - 1]);
        }
        DbscanSnapshot first = factory.create(data, factory.defaults(), 0).snapshot();
        long cores = IntStream.range(0, data.size()).filter(first::isCore).count();
        long within = Arrays.stream(sorted).filter(v -> v <= 0.2).count();
        assertThat(within).as("k-distances within eps = 0.2 with k = minSamples").isEqualTo(cores);
        assertThat(KDistances.sorted(data.featuresRowMajor(), data.size(), 2, 1, "euclidean"))
                .as("k = 1 is each point itself").containsOnly(0.0);
    }

    @Test
    void badSettingsAreRefusedWithASentence() {
        Dataset data = data();
        assertThatThrownBy(() -> factory.create(data, factory.defaults().with("eps", 0.0), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("eps");
        // An eps that makes every point a neighbour of every other: n² members, refused above the limit.
        double[] x = data.featuresRowMajor();
        assertThatThrownBy(() -> RadiusNeighborhoods.of(x, data.size(), 2, 1e5, NeighborMetric.of("euclidean", 2),
                (long) data.size() * data.size() - 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("smaller eps");
    }

    @Test
    void theNarrationTellsTheCoreTestWithItsNumbers() {
        Engine<DbscanSnapshot> engine = factory.create(data(), factory.defaults(), 0);
        engine.step();
        DbscanSnapshot first = engine.snapshot();
        String text = first.narration();
        assertThat(text).contains("Point " + first.point()).contains("eps = 0.2")
                .contains(first.neighbourCount(first.point()) + " point");
        assertThat(first.narration(40).length()).isLessThan(text.length());
    }
}
