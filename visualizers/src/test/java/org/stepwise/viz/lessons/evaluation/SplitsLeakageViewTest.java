package org.stepwise.viz.lessons.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.algo.evaluation.SplitsLeakageSnapshot;
import org.stepwise.data.Dataset;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class SplitsLeakageViewTest {

    private final SplitsLeakageLesson lesson = new SplitsLeakageLesson();
    private final Dataset data = lesson.defaultData();
    private SplitsLeakageView view;

    @Start
    void start(Stage stage) {
        view = (SplitsLeakageView) lesson.createView();
        stage.setScene(new Scene(new StackPane(view.node()), 1000, 600));
        stage.show();
    }

    private List<SplitsLeakageSnapshot> run() {
        return Runs.every(lesson.factory().create(data, lesson.factory().defaults(data), 0));
    }

    private long hollow() {
        return IntStream.range(0, data.size()).filter(i -> view.scatter().plot().points().heldOut(i)).count();
    }

    @Test
    void theTestRowsAreHollowOnceTheSplitIsDrawn() {
        List<SplitsLeakageSnapshot> run = run();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(run.get(0), data));
        assertThat(hollow()).as("nothing put aside before the split").isZero();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(run.get(1), data));
        assertThat(view.scatter().plot().points().size()).isEqualTo(data.size());
        assertThat(hollow()).isEqualTo(run.get(1).testSplit().test().length).isEqualTo(10);
    }

    @Test
    void theBarsHoldTheThreeScoresAndTheLeakIsOptimisticOnNoise() {
        SplitsLeakageSnapshot end = run().get(run().size() - 1);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(end, data));
        assertThat(view.bars().plot().count()).isEqualTo(3);
        assertThat(view.bars().plot().domain().yMax()).as("accuracies to 1 with room for the stages").isGreaterThan(1.0);
        assertThat(end.scalar("leaky_score") - end.scalar("honest_score")).as("the optimistic gap").isGreaterThan(0.15);
    }

    @Test
    void theOpeningDataIsNoiseWithMoreColumnsThanRows() {
        assertThat(data.featureCount()).isEqualTo(SplitsLeakageLesson.COLUMNS).isGreaterThan(data.size());
        assertThat(lesson.drawnFeatures()).as("every column goes to the engine").isZero();
    }
}
