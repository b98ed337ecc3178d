package org.stepwise.viz.lessons.tree;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.algo.Engine;
import org.stepwise.algo.Params;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.ensemble.GradientBoostingFactory;
import org.stepwise.algo.ensemble.GradientBoostingSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.data.TrainTestSplit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class GradientBoostingViewTest {

    private final GradientBoostingLesson lesson = new GradientBoostingLesson();
    private GradientBoostingView view;

    @Start
    void start(Stage stage) {
        view = (GradientBoostingView) lesson.createView();
        stage.setScene(new Scene(new StackPane(view.node()), 1100, 700));
        stage.show();
    }

    private GradientBoostingSnapshot run(Params params, Dataset data, int steps) {
        Engine<Snapshot> engine = lesson.factory().create(data.training(), params, 0);
        for (int i = 0; i < steps; i++) {
            engine.step();
        }
        GradientBoostingSnapshot s = (GradientBoostingSnapshot) engine.snapshot();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(s, data));
        return s;
    }

    @Test
    void regressionShowsTheStagedCurveAndTheNewestTree() {
        GradientBoostingSnapshot s = run(lesson.factory().defaults(), lesson.defaultData(), 3);
        assertThat(view.curve().isVisible()).isTrue();
        assertThat(view.plane().isVisible()).isFalse();
        assertThat(s.hasResiduals()).isTrue();
        assertThat(view.diagram().treeLayout().leafCount()).isEqualTo(s.model().tree(2, 0).leafCount());
        assertThat(view.loss().heldOutLoss()).as("nothing held out").isEmpty();
    }

    @Test
    void classificationShowsTheBoundaryAndTheHeldOutLossAgainstRounds() {
        Params params = lesson.factory().defaults().with(GradientBoostingFactory.LOSS, GradientBoostingFactory.LOG_LOSS);
        Dataset data = lesson.defaultData(params);
        Dataset split = TrainTestSplit.holdOut(data, 0.3, 0);
        run(params, split, 10);
        assertThat(view.plane().isVisible()).isTrue();
        assertThat(view.curve().isVisible()).isFalse();
        double[] heldOut = view.loss().heldOutLoss();
        assertThat(heldOut).hasSize(11);
        assertThat(heldOut[10]).as("ten rounds lower the held-out deviance").isLessThan(heldOut[0]);
    }
}
