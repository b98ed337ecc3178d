package org.stepwise.algo.neighbors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineContractTest;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.Params;
import org.stepwise.algo.SklearnFixture;
import org.stepwise.algo.StepResult;
import org.stepwise.data.Dataset;

class KnnEngineTest extends EngineContractTest<KnnSnapshot> {

    /** Probabilities against scikit-learn's predict_proba. */
    private static final double TOLERANCE = 1e-12;

    private final KnnFactory factory = new KnnFactory();

    @Override
    protected EngineFactory<KnnSnapshot> factory() { return factory; }

    @Override
    protected Dataset data() { return KnnFixtures.load("knn_moons").dataset(); }

    static java.util.stream.Stream<KnnFixtures.Fit> classifierFits() { return KnnFixtures.classifierFits(); }

    private static KnnSnapshot runToEnd(Engine<KnnSnapshot> engine) {
        StepResult result = StepResult.CONTINUE;
        while (!result.isFinal()) {
            result = engine.step();
        }
        return engine.snapshot();
    }

    /**
     * Step by step, each training point gets scikit-learn's predict(X) for it, and the run ends
     * after n steps at its score(X, y); the fitted model's probabilities on the training points
     * and on 40 other queries are its predict_proba to 1e-12, and its classes its predict.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("classifierFits")
    void agreesWithScikitLearn(KnnFixtures.Fit fit) {
        Dataset data = fit.dataset();
        KnnSnapshot end = runToEnd(factory.create(data, fit.params(factory.defaults()), 0));
        assertThat(end.status()).isEqualTo(StepResult.CONVERGED);
        assertThat(end.step()).isEqualTo(data.size());
        int[] expected = fit.fit().integers("predict_train");
        for (int i = 0; i < data.size(); i++) {
            assertThat(end.prediction(i)).as("prediction of point %d", i).isEqualTo(expected[i]);
        }
        assertThat(end.accuracy()).isEqualTo(fit.fit().number("score"));
        assertThat(end.scalar("accuracy")).isEqualTo(fit.fit().number("score"));

        KnnClassifier model = end.model();
        assertPredicts(model, data.featuresRowMajor(), fit.fit().integers("predict_train"),
                fit.fit().matrix("proba_train"));
        double[][] queries = fit.data().matrix("queries");
        assertPredicts(model, KnnFixtures.rowMajor(queries), fit.fit().integers("predict_queries"),
                fit.fit().matrix("proba_queries"));
    }

    private static void assertPredicts(KnnClassifier model, double[] rows, int[] classes, double[][] proba) {
        int count = classes.length;
        int k = model.classCount();
        double[] out = new double[count * k];
        model.predictProbabilities(rows, count, out);
        int[] predicted = new int[count];
        model.predict(rows, count, predicted, new double[k]);
        for (int i = 0; i < count; i++) {
            for (int c = 0; c < k; c++) {
                assertThat(out[i * k + c]).as("P(%d | row %d)", c, i).isCloseTo(proba[i][c], within(TOLERANCE));
            }
            assertThat(predicted[i]).as("class of row %d", i).isEqualTo(classes[i]);
        }
        if (model.featureCount() == 2) {
            double[] xs = new double[count];
            double[] ys = new double[count];
            for (int i = 0; i < count; i++) {
                xs[i] = rows[2 * i];
                ys[i] = rows[2 * i + 1];
            }
            double[] grid = new double[count * k];
            model.predictProbabilities(xs, ys, count, grid);
            assertThat(grid).as("the grid's two-feature form").containsExactly(out);
        }
    }

    @Test
    void theFixturesHoldVoteTiesAndTheLowestLabelTakesThem() {
        // k = 4, uniform: scikit-learn's mode gives a 2-2 vote to the lower class; the fixtures hold such ties.
        int ties = KnnFixtures.classifierFits().filter(f -> f.fit().number("n_neighbors") == 4)
                .mapToInt(f -> (int) f.fit().number("vote_ties")).sum();
        assertThat(ties).isGreaterThan(10);
    }

    private static Dataset line(int[] labels, double... xs) {
        double[][] x = new double[xs.length][];
        for (int i = 0; i < xs.length; i++) {
            x[i] = new double[] {xs[i], 0};
        }
        return Dataset.classification("line", x, labels, List.of("x1", "x2"), List.of("A", "B", "C"));
    }

    @Test
    void aTiedVoteGoesToTheLowestLabelAndTheNarrationSaysSo() {
        // Point 0 (class B) has itself and point 1 (class A) as its two nearest: one vote each.
        Dataset data = line(new int[] {1, 0, 2, 2}, 0, 1, 10, 11);
        Engine<KnnSnapshot> engine = factory.create(data, factory.defaults().with("nNeighbors", 2), 0);
        engine.step();
        KnnSnapshot first = engine.snapshot();
        assertThat(first.predicted()).isZero();
        assertThat(first.vote(0)).isEqualTo(0.5);
        assertThat(first.vote(1)).isEqualTo(0.5);
        assertThat(first.narration()).isEqualTo("point 0 (B): its 2 nearest are 1 × A, 1 × B, a tie, which goes to "
                + "the lowest label → A ✗; accuracy so far 0/1 = 0.0%");
    }

    @Test
    void aTieAtTheKthNeighbourTakesTheLowerRowAndTheNarrationSaysSo() {
        // Points 1 and 2 are both at distance 1 from point 0: with k = 2, the lower row, 1, is taken.
        Dataset data = line(new int[] {0, 1, 0}, 0, 1, -1);
        Engine<KnnSnapshot> engine = factory.create(data, factory.defaults().with("nNeighbors", 2), 0);
        engine.step();
        KnnSnapshot first = engine.snapshot();
        assertThat(first.neighbour(1)).isEqualTo(1);
        assertThat(first.tiesAtTheKth()).isEqualTo(1);
        assertThat(first.narration()).isEqualTo("point 0 (A): its 2 nearest are 1 × A, 1 × B, a tie, which goes to "
                + "the lowest label; 1 more point lies at the 2nd distance, and lower rows are taken first → A ✓; "
                + "accuracy so far 1/1 = 100.0%");
        engine.step();
        assertThat(engine.snapshot().tiesAtTheKth()).as("point 1's second nearest, point 0, is alone").isZero();
        assertThat(KnnNarration.ordinal(1) + KnnNarration.ordinal(3) + KnnNarration.ordinal(11)
                + KnnNarration.ordinal(22)).isEqualTo("1st3rd11th22nd");
    }

    @Test
    void withDistanceWeightsAPointAtDistanceZeroTakesAllTheWeight() {
        // Point 1 (B) sits among three A points; uniform votes call it A, distance weights keep its own B.
        Dataset data = line(new int[] {0, 1, 0, 0}, 0, 1, 1.1, 1.2);
        Params distance = factory.defaults().with("nNeighbors", 4).with("weights", "distance");
        Engine<KnnSnapshot> engine = factory.create(data, distance, 0);
        engine.step();
        engine.step();
        KnnSnapshot second = engine.snapshot();
        assertThat(second.query()).isEqualTo(1);
        assertThat(second.distance(0)).isZero();
        assertThat(second.vote(1)).isEqualTo(1.0);
        assertThat(second.predicted()).isEqualTo(1);
        assertThat(second.narration()).contains("3 × A, 1 × B; the one at distance 0 (itself) takes all the weight → B ✓");
        assertThat(runToEnd(engine).accuracy()).isEqualTo(1.0);

        KnnSnapshot uniform = runToEnd(factory.create(data, distance.with("weights", "uniform"), 0));
        assertThat(uniform.prediction(1)).isZero();
        assertThat(uniform.accuracy()).isEqualTo(0.75);
    }

    @Test
    void awayFromTheTrainingPointsDistanceWeightsAreOneOverD() {
        Dataset data = line(new int[] {0, 1, 1}, 0, 1, 3);
        KnnSnapshot snapshot = factory.create(data, factory.defaults().with("nNeighbors", 3)
                .with("weights", "distance"), 0).snapshot();
        double[] out = new double[3];
        snapshot.predictProbabilities(new double[] {0.5}, new double[] {0}, 1, out);
        // Weights 1/0.5, 1/0.5, 1/2.5: A gets 2, B gets 2.4, of 4.4.
        assertThat(out[0]).isCloseTo(2 / 4.4, within(1e-15));
        assertThat(out[1]).isCloseTo(2.4 / 4.4, within(1e-15));
        assertThat(out[2]).isZero();
    }

    @Test
    void eachMetricMeasuresItsOwnDistance() {
        double[] a = {0, 0, 0};
        double[] b = {3, -4, 1};
        assertThat(NeighborMetric.of("euclidean", 7).distance(a, 0, b, 0, 3)).isCloseTo(Math.sqrt(26), within(1e-15));
        assertThat(NeighborMetric.of("manhattan", 7).distance(a, 0, b, 0, 3)).isEqualTo(8.0);
        assertThat(NeighborMetric.of("chebyshev", 7).distance(a, 0, b, 0, 3)).isEqualTo(4.0);
        assertThat(NeighborMetric.of("minkowski", 3).distance(a, 0, b, 0, 3)).isCloseTo(Math.cbrt(92), within(1e-14));
        assertThat(NeighborMetric.of("minkowski", 2).describe()).isEqualTo("Euclidean");
        assertThat(NeighborMetric.of("minkowski", 1).describe()).isEqualTo("Manhattan");
        assertThat(NeighborMetric.of("minkowski", 1.5).describe()).isEqualTo("Minkowski (p = 1.5)");
        assertThat(NeighborMetric.of("chebyshev", 2).p()).isInfinite();
    }

    @Test
    void theModelIsOneObjectForTheWholeRunAndTheNeighbourhoodIsTheQuerys() {
        Engine<KnnSnapshot> engine = factory.create(data(), factory.defaults(), 0);
        KnnSnapshot before = engine.snapshot();
        assertThat(before.query()).isEqualTo(-1);
        assertThat(before.accuracy()).isNaN();
        assertThat(before.narration()).isEmpty();
        for (int i = 0; i < 13; i++) {
            engine.step();
        }
        KnnSnapshot snapshot = engine.snapshot();
        assertThat(snapshot.model()).isSameAs(before.model());
        assertThat(snapshot.query()).isEqualTo(12);
        assertThat(snapshot.neighbourCount()).isEqualTo(5);
        assertThat(snapshot.neighbour(0)).as("a point is its own nearest neighbour").isEqualTo(12);
        assertThat(snapshot.distance(0)).isZero();
        for (int i = 1; i < 5; i++) {
            assertThat(snapshot.distance(i)).isGreaterThanOrEqualTo(snapshot.distance(i - 1));
        }
        double sum = 0;
        for (int c = 0; c < snapshot.classCount(); c++) {
            sum += snapshot.vote(c);
        }
        assertThat(sum).isCloseTo(1, within(1e-15));
        assertThat(snapshot.narration()).startsWith("point 12 (class ").contains("its 5 nearest are ")
                .contains("accuracy so far " + snapshot.correct() + "/13 = ");
        assertThat(snapshot.narration(40)).startsWith("point 12: ").hasSizeLessThan(60);
        assertThat(snapshot.metrics().values().keySet()).containsExactly("accuracy", "n_samples_fit", "query",
                "prediction", "neigh_ind", "neigh_dist", "proba", "predictions");
        assertThat((double[]) snapshot.metrics().values().get("predictions")).hasSize(13);
    }

    /**
     * The grid's search (outwards in x, stopping early) finds what visiting every point finds,
     * ties in distance included: on a lattice, where most queries have several points at the k-th
     * neighbour's distance, the same rows in the same order, lower rows first.
     */
    @ParameterizedTest
    @ValueSource(strings = {"euclidean", "manhattan", "chebyshev", "minkowski"})
    void theGridsSearchFindsWhatVisitingEveryPointFinds(String metric) {
        double[][] lattice = new double[25][];
        int[] labels = new int[25];
        for (int i = 0; i < 25; i++) {
            lattice[i] = new double[] {i % 5, i / 5};
            labels[i] = (i * 7) % 3;
        }
        Dataset data = Dataset.classification("lattice", lattice, labels, List.of("x1", "x2"), List.of("A", "B", "C"));
        for (int k : new int[] {1, 4, 7, 25}) {
            KnnClassifier model = factory.create(data, factory.defaults().with("metric", metric).with("p", 3.0)
                    .with("nNeighbors", k), 0).snapshot().model();
            int[] swept = new int[k];
            int[] visited = new int[k];
            double[] sweptDistances = new double[k];
            double[] visitedDistances = new double[k];
            for (double qx = -1.5; qx <= 5.5; qx += 0.25) {
                for (double qy = -1.5; qy <= 5.5; qy += 0.25) {
                    model.kneighbors(qx, qy, swept, sweptDistances);
                    model.kneighbors(new double[] {qx, qy}, 0, visited, visitedDistances);
                    assertThat(swept).as("%s k=%d at (%s, %s)", metric, k, qx, qy).containsExactly(visited);
                    assertThat(sweptDistances).containsExactly(visitedDistances);
                }
            }
        }
    }

    @Test
    void theGridEvaluatedOnSeveralThreadsAtOnceIsTheGridEvaluatedOnOne() throws Exception {
        KnnSnapshot snapshot = factory.create(data(), factory.defaults().with("nNeighbors", 7)
                .with("weights", "distance").with("metric", "manhattan"), 0).snapshot();
        int side = 96;
        double[] xs = new double[side * side];
        double[] ys = new double[side * side];
        for (int i = 0; i < side * side; i++) {
            xs[i] = -1.5 + 4 * (i % side) / (double) side;
            ys[i] = -1 + 2.5 * (i / side) / (double) side;
        }
        double[] alone = new double[xs.length * 2];
        snapshot.predictProbabilities(xs, ys, xs.length, alone);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<double[]>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    double[] out = new double[xs.length * 2];
                    snapshot.predictProbabilities(xs, ys, xs.length, out);
                    return out;
                }));
            }
            for (Future<double[]> result : results) {
                assertThat(result.get()).containsExactly(alone);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void stepsAndGridQueriesAllocateNothing() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        Dataset data = KnnFixtures.load("knn_iris_jittered").dataset();
        Engine<KnnSnapshot> engine = factory.create(data, factory.defaults().with("weights", "distance")
                .with("metric", "minkowski").with("p", 3.0), 0);
        KnnSnapshot model = engine.snapshot();
        double[] rows = data.featuresRowMajor();
        double[] out = new double[data.size() * 3];
        for (int i = 0; i < 20; i++) {
            engine.step();
            model.model().predictProbabilities(rows, data.size(), out);
        }
        long before = threads.getThreadAllocatedBytes(thread);
        for (int i = 0; i < 100; i++) {
            engine.step();
            model.model().predictProbabilities(rows, data.size(), out);
        }
        long allocated = threads.getThreadAllocatedBytes(thread) - before;
        assertThat(allocated).as("bytes allocated by 100 steps and 100 × 150 queries").isLessThan(1000);
    }

    @Test
    void refusesDataItCannotUse() {
        Dataset oneClass = Dataset.classification("one", new double[][] {{0, 0}, {1, 1}}, new int[] {1, 1},
                List.of("a", "b"), List.of("no", "yes"));
        assertThatThrownBy(() -> factory.create(oneClass, factory.defaults().with("nNeighbors", 1), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("k-nearest neighbours needs points of at least two classes to tell apart; the data has "
                        + "only class 'yes'.");
        Dataset empty = Dataset.classification("empty", new double[0][], new int[0], List.of("a", "b"),
                List.of("no", "yes"));
        assertThatThrownBy(() -> factory.create(empty, factory.defaults(), 0)).hasMessageContaining("empty");
        Dataset regression = Dataset.regression("line", new double[][] {{0}, {1}}, new double[] {0.5, 1.5},
                List.of("x"), "y");
        assertThatThrownBy(() -> factory.create(regression, factory.defaults(), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs data with classes");
    }

    @ParameterizedTest
    @ValueSource(ints = {101, 1000})
    void refusesMoreNeighboursThanPoints(int k) {
        assertThatThrownBy(() -> factory.create(data(), factory.defaults().with("nNeighbors", k), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The number of neighbours k (nNeighbors) must be at most the number of points (100); got "
                        + k + ".");
        assertThatCode(() -> runToEnd(factory.create(data(), factory.defaults().with("nNeighbors", 100), 0)))
                .doesNotThrowAnyException();
    }

    @Test
    void withEveryPointVotingTheLargestClassWins() {
        KnnSnapshot end = runToEnd(factory.create(data(), factory.defaults().with("nNeighbors", 100), 0));
        // Moons: 50 of each class, a tie everywhere: the lowest label, class 0, for every point.
        for (int i = 0; i < 100; i++) {
            assertThat(end.prediction(i)).isZero();
        }
        assertThat(end.accuracy()).isEqualTo(0.5);
        SklearnFixture moons = KnnFixtures.load("knn_moons");
        assertThat(moons.integers("y")).containsOnly(0, 1);
    }
}
