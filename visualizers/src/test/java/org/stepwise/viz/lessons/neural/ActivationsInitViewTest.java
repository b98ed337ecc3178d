package org.stepwise.viz.lessons.neural;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.algo.Engine;
import org.stepwise.algo.neural.init.ActivationsInitSnapshot;
import org.stepwise.viz.view.HistogramsByLayerView;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ActivationsInitViewTest {

    private final ActivationsInitLesson lesson = new ActivationsInitLesson();
    private ActivationsInitView view;

    @Start
    void start(Stage stage) {
        view = (ActivationsInitView) lesson.createView();
        stage.setScene(new Scene(new StackPane(view.node()), 1000, 600));
        stage.show();
    }

    private ActivationsInitSnapshot firstBatch(String init) {
        Engine<ActivationsInitSnapshot> engine = lesson.factory().create(null,
                lesson.factory().defaults().with("init", init).with("width", 64), 0);
        engine.step();
        return engine.snapshot();
    }

    /** The scale choice reaches both grids: with one scale for all, N(0, 1)'s huge gradients squeeze Xavier's into a spike. */
    @Test
    void theScaleChoiceSetsBothGridsScale() {
        ActivationsInitSnapshot s = firstBatch("xavier");
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(s, null));
        assertThat(view.activations().scale()).isEqualTo(HistogramsByLayerView.Scale.ROW);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.scaleChoice().setValue(HistogramsByLayerView.Scale.SHARED));
        assertThat(view.gradients().scale()).isEqualTo(HistogramsByLayerView.Scale.SHARED);
        int xavier = s.compared().indexOf(org.stepwise.algo.neural.init.WeightScheme.XAVIER);
        double[] shared = view.gradients().range(xavier, 9);
        double own = s.statistics(xavier).gradients()[9].high();
        assertThat(shared[1]).isGreaterThan(100 * own);
    }

    /** The small start adds its row first, and the chosen row is the one the metrics report. */
    @Test
    void theSmallStartGetsARowOfItsOwn() {
        ActivationsInitSnapshot s = firstBatch("small");
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(s, null));
        assertThat(s.compared()).hasSize(4);
        assertThat(s.chosen()).isZero();
        assertThat(view.activations().range(0, 9)[1]).isLessThan(view.activations().range(2, 9)[1]);
    }
}
