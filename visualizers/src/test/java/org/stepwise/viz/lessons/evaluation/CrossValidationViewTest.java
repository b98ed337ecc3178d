package org.stepwise.viz.lessons.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.algo.Params;
import org.stepwise.algo.evaluation.CrossValidationSnapshot;
import org.stepwise.data.Dataset;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class CrossValidationViewTest {

    private final CrossValidationLesson lesson = new CrossValidationLesson();
    private final Dataset data = lesson.defaultData();
    private CrossValidationView view;

    @Start
    void start(Stage stage) {
        view = (CrossValidationView) lesson.createView();
        stage.setScene(new Scene(new StackPane(view.node()), 1000, 600));
        stage.show();
    }

    private List<CrossValidationSnapshot> run(Params params) {
        return Runs.every(lesson.factory().create(data, params, 0));
    }

    @Test
    void theBarsHoldEveryFoldAndTheScoredOnesValues() {
        CrossValidationSnapshot s = run(lesson.factory().defaults()).get(2);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(s, data));
        assertThat(view.bars().plot().count()).as("a bar for every fold, the coming ones empty").isEqualTo(5);
        assertThat(view.scatter().plot().points().size()).isEqualTo(data.size());
        assertThat(view.bars().plot().domain().yMax()).as("accuracies from 0 to 1 throughout").isGreaterThan(1.0);
    }

    @Test
    void leaveOneOutLeavesTheBarsUnnamed() {
        CrossValidationSnapshot s = run(lesson.factory().defaults().with("cv", "leave-one-out")).get(3);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(s, data));
        assertThat(view.bars().plot().count()).isEqualTo(data.size());
        assertThat(s.folds().get(s.currentFold()).test()).hasSize(1);
    }
}
