package org.stepwise.viz.lessons.decomposition;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.algo.Engine;
import org.stepwise.algo.decomposition.PcaSnapshot;
import org.stepwise.data.BuiltInDatasets;
import org.stepwise.data.Dataset;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PcaViewTest {

    private final PcaLesson lesson = new PcaLesson();
    private PcaView view;

    @Start
    void start(Stage stage) {
        view = (PcaView) lesson.createView();
        stage.setScene(new Scene(new StackPane(view.node()), 1000, 700));
        stage.show();
    }

    private PcaSnapshot stepped(Dataset data, int steps) {
        Engine<PcaSnapshot> engine = lesson.factory().create(data, lesson.factory().defaults(), 0);
        for (int i = 0; i < steps; i++) {
            engine.step();
        }
        return engine.snapshot();
    }

    /** Each step adds a bar to the scree, and the cut follows the step. */
    @Test
    void theScreeGrowsByOneBarAStep() {
        Dataset iris = BuiltInDatasets.load("iris");
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(stepped(iris, 2), iris));
        assertThat(view.scree().node().count()).isEqualTo(4);
        assertThat(view.scree().node().cut()).isEqualTo(2);
        assertThat(view.images().node().isVisible()).as("no pictures on iris").isFalse();
    }

    /**
     * On Digits the grid shows originals, reconstructions and the components found; dragging the
     * cut (or the slider) to k rebuilds from k components, and a later step keeps the learner's k.
     */
    @Test
    void theLearnersKRebuildsTheDigits() {
        Dataset digits = BuiltInDatasets.load("digits");
        Engine<PcaSnapshot> engine = lesson.factory().create(digits, lesson.factory().defaults(), 0);
        for (int i = 0; i < 5; i++) {
            engine.step();
        }
        PcaSnapshot fifth = engine.snapshot();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(fifth, digits));
        assertThat(view.images().node().isVisible()).isTrue();
        assertThat(view.images().grid().imageCount()).isEqualTo(2 * ReconstructionGrid.SHOWN + 5);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.images().slider().setValue(2));
        assertThat(view.kShown()).isEqualTo(2);
        assertThat(view.scree().node().cut()).isEqualTo(2);
        engine.step();
        PcaSnapshot sixth = engine.snapshot();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(sixth, digits));
        assertThat(view.kShown()).isEqualTo(2);
        assertThat(view.images().slider().getValue()).isEqualTo(2);
    }
}
