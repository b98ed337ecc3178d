package org.stepwise.viz.lessons.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.algo.Params;
import org.stepwise.algo.evaluation.LearningCurveSnapshot;
import org.stepwise.data.Dataset;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class LearningCurveViewTest {

    private final LearningCurvesLesson lesson = new LearningCurvesLesson();
    private final Dataset data = lesson.defaultData();
    private LearningCurveView view;

    @Start
    void start(Stage stage) {
        view = (LearningCurveView) lesson.createView();
        stage.setScene(new Scene(new StackPane(view.node()), 1000, 600));
        stage.show();
    }

    private List<LearningCurveSnapshot> run(Params params) {
        return Runs.every(lesson.factory().create(data, params, 0));
    }

    @Test
    void theLearningCurveSpansEveryTrainingSizeFromTheStart() {
        LearningCurveSnapshot s = run(lesson.factory().defaults()).get(1);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(s, data));
        assertThat(view.plot().xName()).isEqualTo("training rows");
        assertThat(view.plot().domain().xMax()).as("every size to come").isGreaterThan(s.tick(s.tickCount() - 1));
        assertThat(view.plot().domain().yMax()).isGreaterThan(1);
    }

    @Test
    void theValidationCurveIsDrawnAgainstLogK() {
        LearningCurveSnapshot end = run(lesson.factory().defaults().with("curve", "validation")).get(9);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(end, data));
        assertThat(view.plot().xName()).startsWith("log₁₀ k");
        assertThat(LearningCurveView.x(end, 0)).isZero();
        assertThat(view.plot().domain().xMax()).isGreaterThan(Math.log10(end.tick(end.tickCount() - 1)));
        assertThat(view.plot().domain().yMin()).as("the lowest fold score shows")
                .isLessThanOrEqualTo(end.testScore(end.tickCount() - 1, 0));
    }
}
