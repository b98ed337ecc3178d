package org.stepwise.algo.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
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
import org.stepwise.data.GeneratorOptions;
import org.stepwise.data.Generators;

class KMeansEngineTest extends EngineContractTest<KMeansSnapshot> {

    private static final double TOLERANCE = 1e-9;
    private static final List<String> CASES = List.of("kmeans_blobs4", "kmeans_blobs3d", "kmeans_iris");

    private final KMeansFactory factory = new KMeansFactory();

    @Override
    protected EngineFactory<KMeansSnapshot> factory() { return factory; }

    @Override
    protected Dataset data() { return SklearnFixture.load(KMeansEngineTest.class, "kmeans_blobs4").dataset(); }

    static Stream<FixtureFit> fits() {
        return FixtureFit.all(KMeansEngineTest.class, CASES);
    }

    static KMeansSnapshot runToEnd(Engine<KMeansSnapshot> engine) {
        StepResult result = StepResult.CONTINUE;
        while (!result.isFinal()) {
            result = engine.step();
        }
        return engine.snapshot();
    }

    private Params firstRows(int k) {
        return factory.defaults().with("nClusters", k).with("init", "first");
    }

    /**
     * With init=first, the run ends where KMeans(init=X[:k], n_init=1, algorithm="lloyd") ends, by
     * the same rule: its centres, labels, inertia and n_iter, whether the labels settled, the shift
     * fell below tol (then one more assignment) or max_iter stopped it; the silhouette is
     * silhouette_samples / silhouette_score of the final labels.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("fits")
    void agreesWithScikitLearn(FixtureFit fit) {
        int k = (int) fit.fit().number("n_clusters");
        Params params = firstRows(k).with("tol", fit.fit().number("tol"))
                .with("maxIter", (int) fit.fit().number("max_iter"));
        KMeansSnapshot end = runToEnd(factory.create(fit.data().dataset(), params, 0));

        double[][] expected = fit.fit().matrix("cluster_centers");
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < expected[c].length; j++) {
                assertThat(end.centre(c, j)).as("centre %d feature %d", c, j).isCloseTo(expected[c][j], within(TOLERANCE));
            }
        }
        assertThat(end.labels()).containsExactly(fit.fit().integers("labels"));
        double inertia = fit.fit().number("inertia");
        assertThat(end.inertia()).isCloseTo(inertia, within(TOLERANCE * Math.max(1, inertia)));
        assertThat(end.nIter()).isEqualTo((int) fit.fit().number("n_iter"));
        boolean limited = end.nIter() == (int) fit.fit().number("max_iter") && end.half() == HalfStep.FINAL_ASSIGN
                && end.centerShift() > end.tolerance();
        assertThat(end.status().status()).isEqualTo(limited ? StepResult.Status.STOPPED : StepResult.Status.CONVERGED);
        if (fit.fit().has("silhouette")) {
            assertThat(end.silhouette()).isCloseTo(fit.fit().number("silhouette"), within(TOLERANCE));
            double[] samples = fit.fit().vector("silhouette_samples");
            for (int i = 0; i < samples.length; i++) {
                assertThat(end.silhouette(i)).as("silhouette of point %d", i).isCloseTo(samples[i], within(TOLERANCE));
            }
        }
    }

    /** Inertia never rises, after an assignment or a move, whatever the start. */
    @ParameterizedTest
    @ValueSource(strings = {"first", "random", "k-means++"})
    void inertiaNeverRises(String init) {
        for (int seed = 0; seed < 5; seed++) {
            Dataset data = Generators.generate("blobs", new GeneratorOptions(400, 1.5, 5, seed));
            Engine<KMeansSnapshot> engine = factory.create(data, factory.defaults().with("nClusters", 6)
                    .with("init", init).with("tol", 0.0), seed);
            double last = Double.POSITIVE_INFINITY;
            StepResult result = StepResult.CONTINUE;
            while (!result.isFinal()) {
                result = engine.step();
                double inertia = engine.snapshot().inertia();
                assertThat(inertia).as("inertia at step %d", engine.snapshot().step()).isLessThanOrEqualTo(last + 1e-9 * last);
                last = inertia;
            }
            assertThat(result).isEqualTo(StepResult.CONVERGED);
        }
    }

    /** Steps alternate: assign (odd), move (even), and a run ends on an assignment. */
    @Test
    void halfStepsAlternate() {
        Engine<KMeansSnapshot> engine = factory.create(data(), firstRows(4), 0);
        assertThat(engine.snapshot().half()).isEqualTo(HalfStep.START);
        assertThat(engine.snapshot().inertia()).isNaN();
        List<HalfStep> halves = new ArrayList<>();
        while (!engine.step().isFinal()) {
            halves.add(engine.snapshot().half());
        }
        for (int i = 0; i < halves.size(); i++) {
            assertThat(halves.get(i)).isEqualTo(i % 2 == 0 ? HalfStep.ASSIGN : HalfStep.MOVE);
        }
        KMeansSnapshot end = engine.snapshot();
        assertThat(end.half()).isIn(HalfStep.ASSIGN, HalfStep.FINAL_ASSIGN);
        assertThat(end.trailLength()).isEqualTo(end.nIter());
        assertThat(end.trail(0, 0, 0)).isEqualTo(data().feature(0, 0));
        assertThat(end.narration()).contains("converged");
    }

    /** The first assignment labels every point; later ones mark the points that switched. */
    @Test
    void switchedPointsAreMarked() {
        Engine<KMeansSnapshot> engine = factory.create(data(), firstRows(4), 0);
        engine.step();
        KMeansSnapshot first = engine.snapshot();
        assertThat(first.labels()).doesNotContain(-1);
        engine.step();
        engine.step();
        KMeansSnapshot second = engine.snapshot();
        int marked = 0;
        for (int i = 0; i < second.pointCount(); i++) {
            if (second.switched(i)) {
                marked++;
                assertThat(first.label(i)).isNotEqualTo(second.label(i));
            }
        }
        assertThat(marked).isEqualTo(second.changed()).isPositive();
    }

    /** The default parameters converge on every generator's default-sized set. */
    @ParameterizedTest
    @ValueSource(strings = {"blobs", "moons", "circles", "xor", "spirals"})
    void defaultsConverge(String generator) {
        Dataset data = Generators.generate(generator, new GeneratorOptions(300, 0.2, Generators.takesClasses(generator) ? 3 : 2, 1));
        KMeansSnapshot end = runToEnd(factory.create(data, factory.defaults(), 1));
        assertThat(end.status()).isEqualTo(StepResult.CONVERGED);
        assertThat(end.elbow()).hasSize(10);
        assertThat(end.elbow()[2]).isEqualTo(end.inertia());
        for (int j = 1; j < 10; j++) {
            assertThat(end.elbow()[j]).as("elbow at k = %d", j + 1).isLessThan(end.elbow()[0]);
        }
    }

    @Test
    void refusesMoreClustersThanPoints() {
        Dataset data = Generators.generate("blobs", new GeneratorOptions(5, 0.5, 2, 0));
        assertThatThrownBy(() -> factory.create(data, factory.defaults().with("nClusters", 6), 0))
                .hasMessage("The number of clusters k (nClusters) must be at most the number of points (5); got 6.");
    }

    @Test
    void refusesOneColumn() {
        Dataset data = Generators.generate("sine", new GeneratorOptions(50, 0.1, 2, 0));
        assertThatThrownBy(() -> factory.create(data, factory.defaults(), 0))
                .hasMessageContaining("plane of two features").hasMessageContaining("one column");
    }

    @Test
    void stepsAllocateNothing() {
        Dataset data = Generators.generate("blobs", new GeneratorOptions(2000, 2.0, 8, 0));
        assertStepsAllocateNothing(factory.create(data, factory.defaults().with("nClusters", 30).with("tol", 0.0)
                .with("init", "random"), 0), 6, 20);
    }
}
