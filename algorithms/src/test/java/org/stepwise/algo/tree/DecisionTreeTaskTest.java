package org.stepwise.algo.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.stepwise.algo.Params;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.StepResult;
import org.stepwise.algo.TaskFactory;
import org.stepwise.data.Dataset;

/** One lesson, two estimators: the criterion's default follows the task. */
class DecisionTreeTaskTest {

    private final TaskFactory factory = new TaskFactory(new DecisionTreeClassifierFactory(),
            new DecisionTreeRegressorFactory());

    @Test
    void theCriterionFollowsTheTaskUnlessTheLearnerChoseIt() {
        Params classify = factory.defaults();
        assertThat(classify.choice("criterion")).isEqualTo("gini");
        assertThat(classify.with(TaskFactory.TASK, TaskFactory.REGRESS).choice("criterion")).isEqualTo("squared_error");
        Params entropy = classify.with("criterion", "entropy").with(TaskFactory.TASK, TaskFactory.REGRESS);
        assertThat(entropy.choice("criterion")).isEqualTo("entropy");
    }

    @Test
    void regressingGrowsAStepFunctionToItsEnd() {
        Dataset sine = TreeFixtures.load("tree_regression_sine").dataset();
        Params params = factory.defaults().with(TaskFactory.TASK, TaskFactory.REGRESS).with("maxDepth", 3);
        var engine = factory.create(sine, params, 0);
        StepResult result = StepResult.CONTINUE;
        while (!result.isFinal()) {
            result = engine.step();
        }
        Snapshot end = engine.snapshot();
        assertThat(end.status()).isEqualTo(StepResult.CONVERGED);
        assertThat(end.metrics().scalar("n_leaves")).isEqualTo(8);
        assertThat(end.metrics().scalar("r2")).isBetween(0.5, 1.0);
    }

    @Test
    void aClassificationCriterionCannotRegress() {
        Dataset sine = TreeFixtures.load("tree_regression_sine").dataset();
        Params params = factory.defaults().with("criterion", "entropy").with(TaskFactory.TASK, TaskFactory.REGRESS);
        assertThatThrownBy(() -> factory.create(sine, params, 0))
                .hasMessage("The criterion entropy measures classes; to regress choose squared_error.");
    }
}
