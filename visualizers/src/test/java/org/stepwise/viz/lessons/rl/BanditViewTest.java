package org.stepwise.viz.lessons.rl;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.algo.Engine;
import org.stepwise.algo.Params;
import org.stepwise.algo.rl.BanditSnapshot;
import org.stepwise.algo.rl.PolicyKind;
import org.stepwise.algo.rl.PolicyState;
import org.stepwise.viz.view.ColorMaps;
import org.stepwise.viz.view.IntervalView;
import org.stepwise.viz.view.PlotTransform;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class BanditViewTest {

    private final BanditsLesson lesson = new BanditsLesson();
    private BanditView view;

    @Start
    void start(Stage stage) {
        view = (BanditView) lesson.createView();
        stage.setScene(new Scene(new StackPane(view.node()), 1000, 700));
        stage.show();
    }

    private BanditSnapshot stepped(Params params, int steps) {
        Engine<BanditSnapshot> engine = lesson.factory().create(null, params, 0);
        for (int i = 0; i < steps; i++) {
            engine.step();
        }
        return engine.snapshot();
    }

    /** Each panel is in its policy's chart colour: the estimate of the arm just pulled is a dot of it. */
    @Test
    void eachPolicysEstimatesAreInTheColourOfItsRegretLine() {
        BanditSnapshot snapshot = stepped(lesson.factory().defaults(), 150);
        for (PolicyKind kind : PolicyKind.ALL) {
            IntervalView plot = view.panel(kind).node();
            PolicyState state = snapshot.policy(snapshot.indexOf(kind));
            WritableImage image = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
                view.show(snapshot, null);
                plot.drawNow();
                return plot.snapshot(null, null);
            });
            PlotTransform t = plot.transform();
            int arm = state.lastArm();
            PixelReader pixels = image.getPixelReader();
            int centre = pixels.getArgb((int) t.toPixelX(arm + 1), (int) t.toPixelY(state.value(arm)));
            assertThat(centre).as(kind.label()).isEqualTo(ColorMaps.seriesArgb(kind.ordinal(), false));
        }
        assertThat(lesson.chart().metrics()).containsExactly("regret_epsilon_greedy", "regret_ucb1",
                "regret_thompson", "regret_gradient");
        assertThat(lesson.chart().labelOf("regret_thompson")).isEqualTo("Thompson regret");
    }

    @Test
    void aPolicyThatDoesNotPlayHasNoPanel() {
        Params two = lesson.factory().defaults().with("policies", "epsilon_greedy,thompson");
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            view.show(stepped(two, 10), null);
            view.node().getParent().layout();
            return null;
        });
        assertThat(view.panel(PolicyKind.UCB1).node().isVisible()).isFalse();
        assertThat(view.panel(PolicyKind.GRADIENT).node().isVisible()).isFalse();
        assertThat(view.panel(PolicyKind.THOMPSON).node().isVisible()).isTrue();
        // Two panels side by side take the whole height, where four took half of it each.
        assertThat(view.panel(PolicyKind.THOMPSON).node().getHeight()).isEqualTo(700);
    }
}
