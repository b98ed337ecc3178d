package org.stepwise.viz.lesson.playback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.viz.lesson.ThemedScenes;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class TimelineBarTest {

    private final List<Integer> seeks = new ArrayList<>();
    private TimelineBar timeline;
    private StackPane root;

    @Start
    void start(Stage stage) {
        timeline = new TimelineBar(seeks::add);
        root = new StackPane(timeline);
        stage.setScene(ThemedScenes.of(root, 640, 60));
        stage.show();
    }

    @Test
    void aGrowingHistoryWithTheCursorOnItsNewestSnapshotAsksForNoLayoutPass() {
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> timeline.show(10, 10));
        WaitForAsyncUtils.waitForFxEvents();
        boolean[] asked = WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            timeline.show(11, 11);
            timeline.show(12, 12);
            return new boolean[] {timeline.isNeedsLayout(), root.isNeedsLayout()};
        });
        // A slider over 0..newest changed its maximum on every frame, and its skin asked the
        // window's root for a layout pass each time.
        assertThat(asked[0]).isFalse();
        assertThat(asked[1]).isFalse();
        assertThat(timeline.position()).isEqualTo(12);
        assertThat(seeks).isEmpty();
    }

    @Test
    void theCursorStaysOnItsSnapshotAsTheHistoryGrowsAndADragSeeksThePositionUnderIt() {
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            timeline.show(3, 10);
            timeline.show(3, 400);
        });
        assertThat(timeline.position()).isEqualTo(3);
        assertThat(seeks).isEmpty();

        WaitForAsyncUtils.waitForAsyncFx(2000, () -> timeline.slider().setValue(0.5));
        assertThat(seeks).containsExactly(200);
        assertThat(timeline.position()).isEqualTo(200);

        WaitForAsyncUtils.waitForAsyncFx(2000, () -> timeline.slider().increment());
        assertThat(seeks).containsExactly(200, 201);
    }

    @Test
    void aHistoryOfOneSnapshotShowsTheSliderIdleButNeverDisablesIt() {
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> timeline.show(0, 0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline.isIdle()).isTrue();
        // Disabled, it would be restyled with CSS, part by part, when it wakes.
        assertThat(timeline.slider().isDisabled()).isFalse();
        assertThat(timeline.slider().getOpacity()).isEqualTo(TimelineBar.IDLE_OPACITY);
        assertThat(timeline.slider().isMouseTransparent()).as("no drag with nothing to go back to").isTrue();
        assertThat(timeline.position()).isZero();

        assertThat(timeline.slider().getValue()).as("the thumb waits where play will keep it").isEqualTo(1);

        boolean[] asked = WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            timeline.show(1, 1);
            return new boolean[] {timeline.isNeedsLayout(), root.isNeedsLayout()};
        });
        assertThat(asked).as("the first step asked for a layout pass").containsOnly(false);
        assertThat(timeline.slider().isDisabled()).isFalse();
        assertThat(timeline.isIdle()).isFalse();
        assertThat(timeline.slider().getOpacity()).isEqualTo(1);
        assertThat(timeline.slider().isMouseTransparent()).isFalse();
    }
}
