package org.stepwise.viz.lesson.playback;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.viz.lesson.LessonPanel;
import org.stepwise.viz.lesson.ThemedScenes;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PlaybackBarTest {

    private PlaybackBar bar;

    @Start
    void start(Stage stage) {
        bar = new PlaybackBar(new PlaybackBar.Actions() {
            @Override public void reset() { }
            @Override public void stepBack() { }
            @Override public void step() { }
            @Override public void togglePlay() { }
            @Override public void runToEnd() { }
            @Override public void speed(double stepsPerSecond) { }
        });
        bar.setTitle("Gradient descent and optimizers");
        bar.showStep(100_000, 100_000);
        // As tight as the bar is beside the catalogue and the side panel in a 1440-pixel window.
        // In the lesson frame's type and stylesheet, as in a lesson panel.
        StackPane frame = new StackPane(bar);
        frame.getStyleClass().add("lesson-panel");
        frame.getStylesheets().add(LessonPanel.class.getResource("lesson.css").toExternalForm());
        stage.setScene(ThemedScenes.of(frame, 640, 80));
        stage.show();
    }

    @Test
    void inATightBarTheStatusWordStaysWholeAndOnlyTheReasonGivesWay() {
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> bar.showStatus(org.stepwise.algo.StepResult.CONVERGED));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WaitForAsyncUtils.waitForAsyncFx(2000, bar::statusWordWhole)).isTrue();
        assertThat(bar.statusText()).isEqualTo("Converged");

        WaitForAsyncUtils.waitForAsyncFx(2000, () -> bar.showStatus(
                org.stepwise.algo.StepResult.stopped("reached the step limit of 100000")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WaitForAsyncUtils.waitForAsyncFx(2000, bar::statusWordWhole)).isTrue();
        assertThat(bar.statusText()).isEqualTo("Stopped: reached the step limit of 100000");
    }

    @Test
    void inABarNarrowerThanItWantsTheTitleGivesWayAndTheControlsStayInside() {
        WaitForAsyncUtils.waitForFxEvents();
        double[] widths = WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            // Sized here, not by the stage, which other test classes may have resized.
            double narrow = bar.prefWidth(-1) - 200;
            bar.resize(narrow, bar.prefHeight(-1));
            bar.layout();
            Node title = bar.lookup(".lesson-title");
            Node last = bar.getChildrenUnmodifiable().get(bar.getChildrenUnmodifiable().size() - 1);
            return new double[] {bar.minWidth(-1), bar.getWidth(), title.getLayoutBounds().getWidth(),
                title.prefWidth(-1), last.getBoundsInParent().getMaxX()};
        });
        assertThat(widths[0]).as("the bar's least width").isLessThanOrEqualTo(widths[1]);
        assertThat(widths[2]).as("the title gave way").isLessThan(widths[3]);
        assertThat(widths[4]).as("the speed's value ends inside the bar").isLessThanOrEqualTo(widths[1]);
    }

    @Test
    void playingTurnsThePlayButtonsFaceWithoutNewNodes() {
        WaitForAsyncUtils.waitForFxEvents();
        Button play = (Button) bar.lookup("#play");
        Node graphic = play.getGraphic();
        assertThat(faces(play)).containsExactly(true, false);
        assertThat(play.getTooltip().getText()).isEqualTo("Play (Space)");
        boolean asked = WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            bar.showPlaying(true);
            return bar.isNeedsLayout();
        });
        // The same nodes, already styled and laid out: nothing for CSS or layout as play starts.
        assertThat(asked).as("the bar asked to lay out").isFalse();
        assertThat(play.getGraphic()).isSameAs(graphic);
        assertThat(faces(play)).containsExactly(false, true);
        assertThat(play.getTooltip().getText()).isEqualTo("Pause (Space)");
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> bar.showPlaying(false));
        assertThat(faces(play)).containsExactly(true, false);
        assertThat(play.getTooltip().getText()).isEqualTo("Play (Space)");
    }

    /** The controls stood after the title, so they moved ~170 px sideways from one lesson to the next. */
    @Test
    void theButtonsStayInPlaceWhateverTheTitlesLength() {
        double[] xs = WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            Node play = bar.lookup("#play");
            Node speed = bar.lookup(".slider");
            bar.setTitle("k-NN");
            bar.resize(1400, bar.prefHeight(-1));
            bar.layout();
            double shortPlay = play.localToScene(0, 0).getX();
            double shortSpeed = speed.localToScene(0, 0).getX();
            bar.setTitle("Gradient descent and optimizers");
            bar.layout();
            return new double[] {shortPlay, play.localToScene(0, 0).getX(), shortSpeed,
                speed.localToScene(0, 0).getX()};
        });
        assertThat(xs[1]).as("the play button's x").isEqualTo(xs[0]);
        assertThat(xs[3]).as("the speed slider's x").isEqualTo(xs[2]);
    }

    /** Presentation mode sets the lesson's type at 21 px instead of 15: the buttons grow with the title. */
    @Test
    void theButtonsIconsGrowWithTheType() {
        StackPane frame = (StackPane) bar.getParent();
        int usual = WaitForAsyncUtils.waitForAsyncFx(2000, () -> iconSize(bar));
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> frame.setStyle("-fx-font-size: 21px;"));
        WaitForAsyncUtils.waitForFxEvents();
        int large = WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            // The icons take their new size at the CSS pass after the title's.
            frame.applyCss();
            return iconSize(bar);
        });
        assertThat(large).as("at 21 px type").isGreaterThanOrEqualTo((int) Math.floor(usual * 21 / 15.0));
        String family = WaitForAsyncUtils.waitForAsyncFx(2000, () ->
                ((org.kordamp.ikonli.javafx.FontIcon) ((Button) bar.lookup("#step")).getGraphic()).getFont().getFamily());
        assertThat(family).as("still drawn in the icon font").containsIgnoringCase("material");
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> frame.setStyle(""));
    }

    private static int iconSize(PlaybackBar bar) {
        return ((org.kordamp.ikonli.javafx.FontIcon) ((Button) bar.lookup("#step")).getGraphic()).getIconSize();
    }

    /** Whether the play face and the pause face are shown. */
    private static boolean[] faces(Button play) {
        var icons = ((Parent) play.getGraphic()).getChildrenUnmodifiable();
        return new boolean[] {icons.get(0).getOpacity() == 1, icons.get(1).getOpacity() == 1};
    }
}
