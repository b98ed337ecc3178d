package org.stepwise.algo.neighbors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.stepwise.algo.DataKind;
import org.stepwise.algo.Engine;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.StepResult;
import org.stepwise.algo.TaskFactory;
import org.stepwise.algo.linear.LinearRegressionFactory;
import org.stepwise.data.Dataset;

/**
 * The k-NN lesson's factory: {@link TaskFactory} over {@link KnnFactory} and
 * {@link KnnRegressionFactory}. Its task chooses the estimator and the data kind; run to the end
 * in either task it gives scikit-learn's score on the fixtures of tools/reference/knn.py.
 */
class KnnTaskTest {

    private final TaskFactory factory = new TaskFactory(new KnnFactory(), new KnnRegressionFactory());

    static java.util.stream.Stream<KnnFixtures.Fit> regressorFits() { return KnnFixtures.regressorFits(); }

    static java.util.stream.Stream<KnnFixtures.Fit> classifierFits() { return KnnFixtures.classifierFits(); }

    private static Snapshot runToEnd(Engine<Snapshot> engine) {
        StepResult result = StepResult.CONTINUE;
        while (!result.isFinal()) {
            result = engine.step();
        }
        return engine.snapshot();
    }

    @Test
    void theTaskComesFirstAndChoosesTheDataKind() {
        assertThat(factory.params()).extracting(ParamSpec::name)
                .containsExactly("task", "nNeighbors", "weights", "metric", "p");
        ParamSpec<?> task = factory.params().get(0);
        assertThat(task.options()).containsExactly("classify", "regress");
        assertThat(task.optionLabel("classify")).isEqualTo("Classify");
        assertThat(task.optionLabel("regress")).isEqualTo("Regress");
        Params defaults = factory.defaults();
        assertThat(factory.dataKind()).isEqualTo(DataKind.CLASSIFICATION);
        assertThat(factory.dataKind(defaults)).isEqualTo(DataKind.CLASSIFICATION);
        assertThat(factory.dataKind(defaults.with("task", "regress"))).isEqualTo(DataKind.REGRESSION);
        assertThat(factory.factoryFor(defaults.withText("task", "regress"))).isInstanceOf(KnnRegressionFactory.class);
    }

    /** task=regress ends at scikit-learn's KNeighborsRegressor(...).score(X, y), to 1e-12. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("regressorFits")
    void regressingEndsAtScikitLearnsR2(KnnFixtures.Fit fit) {
        Params params = fit.params(factory.defaults()).with("task", "regress");
        Snapshot end = runToEnd(factory.create(fit.dataset(), params, 0));
        assertThat(end).isInstanceOf(KnnRegressionSnapshot.class);
        assertThat(end.status()).isEqualTo(StepResult.CONVERGED);
        double expected = fit.fit().number("score");
        assertThat(end.metrics().scalar("r2")).isCloseTo(expected, within(1e-12));
        assertThat(end.scalar("r2")).isEqualTo(end.metrics().scalar("r2"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("classifierFits")
    void classifyingEndsAtScikitLearnsAccuracy(KnnFixtures.Fit fit) {
        Snapshot end = runToEnd(factory.create(fit.dataset(), fit.params(factory.defaults()), 0));
        assertThat(end).isInstanceOf(KnnSnapshot.class);
        assertThat(end.metrics().scalar("accuracy")).isCloseTo(fit.fit().number("score"), within(1e-12));
    }

    /** The one rule: the same sentence from the factory and from requireFits, naming the other task. */
    @Test
    void dataOfTheOtherKindIsRefusedWithTheOtherTaskAsAWayOut() {
        Dataset classes = Dataset.classification("iris", new double[][] {{0, 0}, {1, 1}}, new int[] {0, 1},
                List.of("a", "b"), List.of("no", "yes"));
        Dataset target = Dataset.regression("diabetes", new double[][] {{0}, {1}}, new double[] {0.5, 1.5},
                List.of("age"), "target");
        Params regress = factory.defaults().with("task", "regress");
        String wrongForRegress = "With task=regress this lesson needs data with a real-valued target, and iris has"
                + " classes: pick a set with a real target, such as diabetes or sine, or read a CSV file's target as"
                + " real numbers, or set the task to Classify.";
        assertThatThrownBy(() -> factory.create(classes, regress, 0)).hasMessage(wrongForRegress);
        assertThatThrownBy(() -> factory.requireFits(classes, regress)).hasMessage(wrongForRegress);
        assertThatThrownBy(() -> factory.create(target, factory.defaults(), 0))
                .hasMessageStartingWith("With task=classify this lesson needs data with classes, and diabetes has a"
                        + " real-valued target ('target')").hasMessageEndingWith(", or set the task to Regress.");
        assertThatThrownBy(() -> factory.create(null, regress, 0)).hasMessageContaining("needs a data set");
        factory.requireFits(target, regress);
        factory.requireFits(classes, factory.defaults());
        assertThat(DataKind.REGRESSION.accepts(target)).isTrue();
        assertThat(DataKind.CLASSIFICATION.accepts(target)).isFalse();
        assertThat(DataKind.UNLABELLED.accepts(target)).isTrue();
    }

    @Test
    void onlyAClassifierAndARegressorOfTheSameParametersPairUp() {
        assertThatThrownBy(() -> new TaskFactory(new KnnRegressionFactory(), new KnnFactory()))
                .hasMessageContaining("pairs a classifier with a regressor");
        assertThatThrownBy(() -> new TaskFactory(new KnnFactory(), new LinearRegressionFactory()))
                .hasMessageContaining("the same parameters");
    }
}
