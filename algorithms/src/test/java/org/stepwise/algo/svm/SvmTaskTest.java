package org.stepwise.algo.svm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.stepwise.algo.DataKind;
import org.stepwise.algo.Params;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.StepResult;
import org.stepwise.algo.TaskFactory;
import org.stepwise.data.Dataset;

/** One lesson, two estimators named as scikit-learn names them: task=svc or task=svr. */
class SvmTaskTest {

    private final TaskFactory factory = new TaskFactory(new SvcFactory(), new SvrFactory(), "svc", "svr");

    @Test
    void theTaskWordsAreSvcAndSvr() {
        Params params = factory.defaults();
        assertThat(params.choice(TaskFactory.TASK)).isEqualTo("svc");
        assertThat(params.spec(TaskFactory.TASK).options()).containsExactly("svc", "svr");
        assertThat(factory.dataKind(params)).isEqualTo(DataKind.CLASSIFICATION);
        assertThat(factory.dataKind(params.with(TaskFactory.TASK, "svr"))).isEqualTo(DataKind.REGRESSION);
        assertThat(params.applies("epsilon")).isFalse();
        assertThat(params.with(TaskFactory.TASK, "svr").applies("epsilon")).isTrue();
    }

    @Test
    void svrFitsItsTubeToTheEnd() {
        Dataset sine = SvmFixtures.load("svm_regression_sine").dataset();
        var engine = factory.create(sine, factory.defaults().with(TaskFactory.TASK, "svr"), 0);
        StepResult result = StepResult.CONTINUE;
        while (!result.isFinal()) {
            result = engine.step();
        }
        Snapshot end = engine.snapshot();
        assertThat(end.status()).isEqualTo(StepResult.CONVERGED);
        assertThat(end.metrics().scalar("r2")).isBetween(0.8, 1.0);
    }

    @Test
    void classesCannotBeRegressed() {
        Dataset moons = SvmFixtures.load("svm_moons").dataset();
        assertThatThrownBy(() -> factory.create(moons, factory.defaults().with(TaskFactory.TASK, "svr"), 0))
                .hasMessageContaining("task=svr").hasMessageContaining("set the task to Classify");
    }
}
