package org.stepwise.viz.lessons.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.algo.Params;
import org.stepwise.algo.evaluation.BiasVarianceSnapshot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class BiasVarianceViewTest {

    private final BiasVarianceLesson lesson = new BiasVarianceLesson();
    private BiasVarianceView view;

    @Start
    void start(Stage stage) {
        view = (BiasVarianceView) lesson.createView();
        stage.setScene(new Scene(new StackPane(view.node()), 1000, 600));
        stage.show();
    }

    private List<BiasVarianceSnapshot> run(Params params) {
        return Runs.every(lesson.factory().create(null, params, 0));
    }

    @Test
    void theErrorChartSpansEveryDegreeAndDegreeOnesErrors() {
        BiasVarianceSnapshot s = run(lesson.factory().defaults().with("sets", 6)).get(6);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(s, null));
        assertThat(view.errors().plot().domain().xMin()).isLessThan(1);
        assertThat(view.errors().plot().domain().xMax()).as("a bar for every degree up to 10").isGreaterThan(10);
        assertThat(view.errors().plot().domain().yMax()).as("degree 1's test error fits, with room for the key")
                .isGreaterThan(s.mse(1) * 1.4);
    }

    @Test
    void theFitsKeepTheCurveAndTheNoiseInView() {
        BiasVarianceSnapshot start = run(lesson.factory().defaults().with("noise", 1.0).with("sets", 2)).get(0);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(start, null));
        assertThat(view.fits().plot().domain().yMax()).as("the curve and three noise deviations").isGreaterThan(4);
        assertThat(view.fits().plot().domain().xMin()).isLessThan(-1);
        assertThat(view.fits().plot().domain().xMax()).isGreaterThan(1);
    }

    @Test
    void fewPointsChartOnlyTheDegreesTheyDetermine() {
        BiasVarianceSnapshot s = run(lesson.factory().defaults().with("trainSize", 5).with("degree", 2)
                .with("sets", 3)).get(3);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(s, null));
        assertThat(view.errors().plot().domain().xMax()).isLessThan(5);
    }
}
