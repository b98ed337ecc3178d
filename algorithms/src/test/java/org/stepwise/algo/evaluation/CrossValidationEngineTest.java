package org.stepwise.algo.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

class CrossValidationEngineTest extends EngineContractTest<CrossValidationSnapshot> {

    private final CrossValidationFactory factory = new CrossValidationFactory();

    @Override
    protected EngineFactory<CrossValidationSnapshot> factory() { return factory; }

    @Override
    protected Dataset data() { return Generators.generate("moons", new GeneratorOptions(100, 0.3, 2, 0)); }

    @Override
    protected boolean snapshotsPredictTheirRows() { return false; }

    private List<CrossValidationSnapshot> run(Dataset data, Params params) {
        return EvaluationFixtures.everySnapshot(factory.create(data, params, 4));
    }

    /**
     * Every deterministic scheme's folds and fold scores equal scikit-learn's cross_val_score. k-NN
     * is scikit-learn's exactly; logistic regression is fitted to its optimum (Newton, as
     * scikit-learn at tol 1e-10), and accuracy only counts which side of 0.5 each probability
     * falls, so the scores agree exactly unless a row lies within the solvers' difference of the
     * boundary (none of these does).
     */
    @ParameterizedTest
    @ValueSource(strings = {"cross_validation_moons", "cross_validation_iris"})
    void foldScoresEqualScikitLearnsCrossValScore(String name) {
        SklearnFixture f = EvaluationFixtures.load(name);
        Dataset data = f.dataset();
        assertThat(CvScheme.groups(data, (int) f.number("n_groups"))).containsExactly(f.integers("groups"));
        for (SklearnFixture c : f.parts("cases")) {
            Params params = factory.defaults().with("cv", c.text("cv")).with("model", c.text("model"))
                    .with("nSplits", (int) f.number("n_splits")).with("nGroups", (int) f.number("n_groups"));
            List<CrossValidationSnapshot> run = run(data, params);
            CrossValidationSnapshot last = run.get(run.size() - 1);
            assertThat(last.status()).isEqualTo(StepResult.CONVERGED);
            int[] foldOfRow = new int[data.size()];
            java.util.Arrays.fill(foldOfRow, -1);
            for (int fold = 0; fold < last.folds().size(); fold++) {
                for (int i : last.folds().get(fold).test()) {
                    foldOfRow[i] = fold;
                }
            }
            assertThat(foldOfRow).as(name + " " + c.text("cv") + " folds").containsExactly(c.integers("fold_of_row"));
            assertThat(last.scores()).as(name + " " + c.text("cv") + " " + c.text("model"))
                    .containsExactly(c.vector("cv_scores"));
        }
    }

    @Test
    void eachStepScoresOneFoldAndTheMeanAndSpreadFollow() {
        List<CrossValidationSnapshot> run = run(data(), factory.defaults().with("model", "knn"));
        assertThat(run).as("step 0, then one step a fold").hasSize(6);
        assertThat(run.get(0).metrics().values()).doesNotContainKey("mean").containsKey("cv_scores");
        for (int s = 1; s < run.size(); s++) {
            CrossValidationSnapshot snapshot = run.get(s);
            assertThat(snapshot.done()).isEqualTo(Math.min(s, 5));
            double[] scores = snapshot.scores();
            double mean = java.util.Arrays.stream(scores).average().orElseThrow();
            double variance = java.util.Arrays.stream(scores).map(v -> (v - mean) * (v - mean)).sum() / scores.length;
            assertThat(snapshot.scalar("mean")).isCloseTo(mean, org.assertj.core.api.Assertions.within(1e-15));
            assertThat(snapshot.scalar("std")).isCloseTo(Math.sqrt(variance), org.assertj.core.api.Assertions.within(1e-15));
            Split fold = snapshot.folds().get(snapshot.currentFold());
            assertThat(snapshot.score(snapshot.currentFold()))
                    .isEqualTo((double) (fold.test().length - snapshot.wrong().length) / fold.test().length);
        }
        assertThat(run.get(5).narration()).startsWith("Fold 5 of 5").contains("Cross-validated accuracy");
    }

    @Test
    void theFoldsOfEverySchemeValidateEachRowAtMostOnceAndNeverTrainOnIt() {
        for (String cv : CvScheme.NAMES) {
            CrossValidationSnapshot s = run(data(), factory.defaults().with("cv", cv).with("model", "naive-bayes")).get(0);
            int[] validated = new int[data().size()];
            for (Split fold : s.folds()) {
                java.util.Set<Integer> train = new java.util.HashSet<>();
                for (int i : fold.train()) {
                    train.add(i);
                }
                for (int i : fold.test()) {
                    validated[i]++;
                    assertThat(train).as(cv).doesNotContain(i);
                }
            }
            assertThat(java.util.Arrays.stream(validated).max().orElseThrow()).as(cv).isLessThanOrEqualTo(1);
            if (!cv.equals("time-series")) {
                assertThat(java.util.Arrays.stream(validated).min().orElseThrow()).as(cv + ": every row validated once").isEqualTo(1);
            }
        }
    }

    @Test
    void badInputIsRefusedWithOneSentence() {
        Dataset iris = BuiltInDatasets.load("iris");
        assertThatThrownBy(() -> factory.create(iris, factory.defaults().with("nSplits", 60), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The stratified k-fold split cannot be made: nSplits=60 is more than the 50 rows");
        assertThatThrownBy(() -> factory.create(iris, factory.defaults().with("cv", "group").with("nGroups", 3), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The group k-fold split cannot be made: cannot have nSplits=5 greater than the"
                        + " number of groups");
        assertThatThrownBy(() -> factory.create(iris, factory.defaults().with("cv", "time-series"), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Fold 1's training rows are all of class 'setosa'");
        assertThatThrownBy(() -> factory.create(EvaluationFixtures.oneClass(data()), factory.defaults(), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Cross-validating a classifier needs rows of at least two classes");
    }
}
