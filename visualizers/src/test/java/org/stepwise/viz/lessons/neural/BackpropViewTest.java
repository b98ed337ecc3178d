package org.stepwise.viz.lessons.neural;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.algo.Engine;
import org.stepwise.algo.neural.backprop.BackpropSnapshot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class BackpropViewTest {

    private final BackpropLesson lesson = new BackpropLesson();
    private BackpropView view;

    @Start
    void start(Stage stage) {
        view = (BackpropView) lesson.createView();
        stage.setScene(new Scene(new StackPane(view.node()), 1000, 600));
        stage.show();
    }

    private BackpropSnapshot after(int steps) {
        Engine<BackpropSnapshot> engine = lesson.factory().create(null, lesson.factory().defaults(), 0);
        for (int i = 0; i < steps; i++) {
            engine.step();
        }
        return engine.snapshot();
    }

    /** The picture holds only what has been computed: h₁'s values after step 1, o₁'s δ only after its backward stage. */
    @Test
    void theDiagramWritesOnlyWhatHasBeenComputed() {
        BackpropPicture first = new BackpropPicture(after(1));
        assertThat(first.nodeLines(1, 0)).containsExactly("z 0.3775", "a 0.5933");
        assertThat(first.nodeLines(1, 1)).isEmpty();
        assertThat(first.nodeLines(2, 0)).containsExactly("y 0.01");
        assertThat(first.isCurrentNode(1, 0)).isTrue();
        assertThat(first.edgeText(2, 0, 0)).isEqualTo("0.4");
        assertThat(first.corner()).isEqualTo("round 1");

        BackpropPicture w5 = new BackpropPicture(after(10));
        assertThat(w5.nodeLines(2, 1)).containsExactly("z 1.225", "a 0.7729", "δ −0.0381", "y 0.99");
        assertThat(w5.edgeText(2, 0, 0)).isEqualTo("0.4\n∂ 0.08217");
        assertThat(w5.edgeText(1, 0, 0)).isEqualTo("0.15");
        assertThat(w5.corner()).isEqualTo("round 1 · L = 0.298371");
    }

    /** The chain rule follows the weight just computed until the learner clicks another. */
    @Test
    void theChainRuleFollowsTheHighlightedWeightUnlessOneIsChosen() {
        BackpropSnapshot s = after(12);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(s, null));
        assertThat(view.network().shownWeight()).containsExactly(2, 1, 0);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.network().chooseWeight(new int[] {1, 0, 0}));
        assertThat(view.network().shownWeight()).containsExactly(1, 0, 0);
        BackpropSnapshot later = after(18);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(later, null));
        assertThat(view.network().shownWeight()).containsExactly(1, 0, 0);
        assertThat(later.chainRule(1, 0, 0)).contains("w(x₁→h₁) ← 0.15 − 0.5 × 0.000438568 = 0.149781");
    }
}
