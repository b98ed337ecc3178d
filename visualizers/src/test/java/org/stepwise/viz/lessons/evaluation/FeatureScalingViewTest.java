package org.stepwise.viz.lessons.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.algo.evaluation.FeatureScalingSnapshot;
import org.stepwise.data.Dataset;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class FeatureScalingViewTest {

    private final FeatureScalingLesson lesson = new FeatureScalingLesson();
    private final Dataset data = lesson.defaultData();
    private final List<FeatureScalingSnapshot> run = Runs.every(lesson.factory().create(data,
            lesson.factory().defaults(), 0));
    private FeatureScalingView view;

    @Start
    void start(Stage stage) {
        view = (FeatureScalingView) lesson.createView();
        stage.setScene(new Scene(new StackPane(view.node()), 1200, 700));
        stage.show();
    }

    /** Unscaled, the plots span proline's hundreds; after standard scaling, a few units each way. */
    @Test
    void eachStepShowsTheRowsInTheScaledColumns() {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(run.get(1), data));
        assertThat(view.boundary().domain().xMax()).as("proline unscaled").isGreaterThan(1000);
        assertThat(view.spread().plot().domain().yMax()).as("the spread's axis holds proline").isGreaterThan(1000);
        assertThat(view.boundary().xName()).isEqualTo("proline");
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(run.get(2), data));
        assertThat(view.boundary().domain().xMax()).as("proline standardized").isBetween(1.0, 10.0);
        assertThat(view.spread().plot().domain().yMax()).isBetween(1.0, 10.0);
        assertThat(view.boundary().xName()).isEqualTo("proline (standardized)");
        assertThat(view.spread().plot().count()).as("a slot per column").isEqualTo(2);
    }

    /** The descent's contours follow the bowl of the scaled columns, with the axes named by the raw columns. */
    @Test
    void theContoursShowTheBowlOfTheScaledColumns() {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(run.get(0), data));
        assertThat(run.get(0).bowl()).isNull();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(run.get(2), data));
        assertThat(view.contours().domain()).isEqualTo(run.get(2).bowl().domain());
        assertThat(view.contours().xName()).isEqualTo("w₁ (proline)");
        assertThat(run.get(2).pathLength()).isGreaterThan(2);
    }
}
