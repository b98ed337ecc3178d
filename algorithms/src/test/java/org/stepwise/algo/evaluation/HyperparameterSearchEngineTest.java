package org.stepwise.algo.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stepwise.algo.EngineContractTest;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.Params;
import org.stepwise.algo.SklearnFixture;
import org.stepwise.algo.StepResult;
import org.stepwise.data.BuiltInDatasets;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.data.Generators;

class HyperparameterSearchEngineTest extends EngineContractTest<HyperparameterSearchSnapshot> {

    private final HyperparameterSearchFactory factory = new HyperparameterSearchFactory();

    @Override
    protected EngineFactory<HyperparameterSearchSnapshot> factory() { return factory; }

    @Override
    protected Dataset data() { return Generators.generate("moons", new GeneratorOptions(100, 0.3, 2, 0)); }

    @Override
    protected boolean snapshotsPredictTheirRows() { return false; }

    private HyperparameterSearchSnapshot last(Dataset data, Params params, long seed) {
        List<HyperparameterSearchSnapshot> run = EvaluationFixtures.everySnapshot(factory.create(data, params, seed));
        return run.get(run.size() - 1);
    }

    /**
     * Every configuration's mean_test_score equals GridSearchCV's, in ParameterGrid's order, and so
     * do best_index_ and best_score_. k-NN is scikit-learn's exactly; the SVM's SMO stops at the same
     * tol (1e-3) as SVC's, so its predictions, and the scores, agree unless a validation row lies
     * within the solvers' difference of the boundary (none of these does).
     */
    @ParameterizedTest
    @ValueSource(strings = {"hyperparameter_search_moons", "hyperparameter_search_iris"})
    void gridScoresEqualGridSearchCv(String name) {
        SklearnFixture f = EvaluationFixtures.load(name);
        for (SklearnFixture c : f.parts("cases")) {
            Params params = factory.defaults().with("model", c.text("model")).with("search", "grid")
                    .with("folds", (int) f.number("folds")).with("budget", (int) f.number("budget"));
            params = c.text("model").equals("svm")
                    ? params.with("cMin", c.number("cMin")).with("cMax", c.number("cMax"))
                            .with("gammaMin", c.number("gammaMin")).with("gammaMax", c.number("gammaMax"))
                    : params.with("kMin", (int) c.number("kMin")).with("kMax", (int) c.number("kMax"));
            HyperparameterSearchSnapshot s = last(f.dataset(), params, 0);
            String what = name + " " + c.text("model");
            assertThat(s.status()).as(what).isEqualTo(StepResult.CONVERGED);
            double[][] expected = c.matrix("params");
            assertThat(s.candidates()).as(what).isEqualTo(expected.length);
            for (int k = 0; k < expected.length; k++) {
                assertThat(s.x(k)).as(what + " first parameter " + k).isCloseTo(expected[k][0], within(1e-13 * expected[k][0]));
                assertThat(s.y(k)).as(what + " second parameter " + k).isCloseTo(expected[k][1], within(1e-13 * Math.max(1, expected[k][1])));
            }
            EvaluationFixtures.assertArrayClose(c.vector("mean_test_score"), (double[]) s.metrics().values().get("cv_scores"),
                    what + " mean_test_score");
            assertThat(s.best()).as(what + " best_index_").isEqualTo((int) c.number("best_index"));
            EvaluationFixtures.assertClose(c.number("best_score"), s.scalar("best_score"), what + " best_score_");
            assertThat((double[]) s.metrics().values().get("best_params")).containsExactly(s.x(s.best()), s.y(s.best()));
        }
    }

    /** Random draws lie in the ranges, log-uniformly for C and γ (as scipy.stats.loguniform), and one seed draws them again. */
    @Test
    void randomDrawsAreInsideTheRangesLogUniformAndSeeded() {
        Params params = factory.defaults().with("search", "random").with("budget", 100);
        HyperparameterSearchSnapshot a = factory.create(data(), params, 7).snapshot();
        HyperparameterSearchSnapshot again = factory.create(data(), params, 7).snapshot();
        HyperparameterSearchSnapshot other = factory.create(data(), params, 8).snapshot();
        assertThat(a.candidates()).isEqualTo(100);
        int[] decades = new int[5];
        boolean differs = false;
        for (int c = 0; c < 100; c++) {
            assertThat(a.x(c)).isBetween(0.01, 1000.0);
            assertThat(a.y(c)).isBetween(0.01, 100.0);
            assertThat(again.x(c)).isEqualTo(a.x(c));
            assertThat(again.y(c)).isEqualTo(a.y(c));
            differs |= other.x(c) != a.x(c);
            decades[(int) Math.floor(Math.log10(a.x(c)) + 2)]++;
        }
        assertThat(differs).as("another seed draws others").isTrue();
        // Log-uniform over five decades: about 20 in each (a uniform draw would put ~99 in the last).
        for (int n : decades) {
            assertThat(n).isBetween(8, 35);
        }
        // The logarithms' mean is the middle of [ln 0.01, ln 1000]: ln(√10) (sd of the mean ≈ 0.33).
        double meanLog = 0;
        for (int c = 0; c < 100; c++) {
            meanLog += Math.log(a.x(c)) / 100;
        }
        assertThat(meanLog).isCloseTo(Math.log(Math.sqrt(10)), within(1.0));
        HyperparameterSearchSnapshot knn = factory.create(data(), params.with("model", "knn").with("kMin", 3)
                .with("kMax", 9), 7).snapshot();
        boolean[] seenK = new boolean[10];
        boolean[] seenWeights = new boolean[2];
        for (int c = 0; c < 100; c++) {
            assertThat(knn.x(c)).isBetween(3.0, 9.0).isEqualTo(Math.rint(knn.x(c)));
            seenK[(int) knn.x(c)] = true;
            seenWeights[(int) knn.y(c)] = true;
        }
        assertThat(seenK[3] && seenK[9]).as("randint(3, 10) reaches both ends").isTrue();
        assertThat(seenWeights).containsOnly(true);
    }

    @Test
    void eachStepCrossValidatesOneConfigurationAndTheBestIsTheFirstHighest() {
        List<HyperparameterSearchSnapshot> run = EvaluationFixtures.everySnapshot(factory.create(data(),
                factory.defaults().with("model", "knn").with("search", "random").with("budget", 12), 3));
        assertThat(run.get(0).metrics().values()).doesNotContainKey("best_score").containsKey("cv_scores");
        assertThat(run).as("step 0, then one step a configuration").hasSize(13);
        for (int s = 1; s < run.size(); s++) {
            HyperparameterSearchSnapshot snapshot = run.get(s);
            int done = Math.min(s, 12);
            assertThat(snapshot.done()).isEqualTo(done);
            double[] folds = snapshot.lastFolds();
            assertThat(folds).hasSize(5);
            assertThat(snapshot.score(done - 1)).isCloseTo(java.util.Arrays.stream(folds).sum() / 5, within(1e-15));
            int best = 0;
            for (int c = 1; c < done; c++) {
                best = snapshot.score(c) > snapshot.score(best) ? c : best;
            }
            assertThat(snapshot.best()).isEqualTo(best);
            double[] surface = snapshot.surface();
            assertThat(java.util.Arrays.stream(surface).filter(v -> !Double.isNaN(v)).max().orElseThrow())
                    .isEqualTo(snapshot.score(best));
        }
        assertThat(run.get(run.size() - 1).narration()).contains("Best: n_neighbors = ").contains("Coarse to fine");
    }

    @Test
    void badInputIsRefusedWithOneSentence() {
        Dataset iris = BuiltInDatasets.load("iris");
        assertThatThrownBy(() -> factory.create(iris, factory.defaults().with("folds", 20).with("model", "knn")
                .with("kMax", 200), 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("k to (kMax) must be at most the 142 training rows");
        assertThatThrownBy(() -> factory.create(iris, factory.defaults().with("cMin", 10.0).with("cMax", 1.0), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("C from (cMin) must be below C to (cMax); got 10 and 1.");
        assertThatThrownBy(() -> factory.create(EvaluationFixtures.oneClass(data()), factory.defaults(), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Tuning a classifier needs rows of at least two classes");
        Dataset few = data().selectRows(new int[] {0, 1, 2, 3, 4, 5, 6, 7});
        assertThatThrownBy(() -> factory.create(few, factory.defaults().with("folds", 6), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The stratified 6-fold split cannot be made:");
    }
}
