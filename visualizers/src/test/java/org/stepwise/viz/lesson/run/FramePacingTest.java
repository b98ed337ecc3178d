package org.stepwise.viz.lesson.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The per-pulse decisions of a playing lesson: late frames, drafts, and which frames draw the view. */
class FramePacingTest {

    private static final long FRAME = 16_666_667L;
    private final FramePacing pacing = new FramePacing();

    @Test
    void aSlowRunDrawsEveryFrameInFull() {
        for (int i = 1; i <= 6; i++) {
            pacing.pulse(i * FRAME, true, 10);
            assertThat(pacing.draft()).isFalse();
            assertThat(pacing.viewDue()).isTrue();
        }
        assertThat(pacing.elapsedSeconds()).isCloseTo(1 / 60.0, within(1e-9));
    }

    @Test
    void aFastRunDrawsDraftsOnEveryOtherFrameAndFullFramesOnceItStops() {
        int due = 0;
        for (int i = 1; i <= 10; i++) {
            pacing.pulse(i * FRAME, true, LessonRunner.FULL_SPEED);
            assertThat(pacing.draft()).isTrue();
            due += pacing.viewDue() ? 1 : 0;
        }
        assertThat(due).isEqualTo(5);
        pacing.pulse(11 * FRAME, false, LessonRunner.FULL_SPEED);
        assertThat(pacing.draft()).as("paused: full pictures again").isFalse();
        assertThat(pacing.viewDue()).isTrue();
        pacing.pulse(12 * FRAME, true, FramePacing.DRAFT_ABOVE_STEPS_PER_SECOND);
        assertThat(pacing.draft()).as("at the threshold itself, no drafts").isFalse();
    }

    @Test
    void whileDraftingTheNarrationFollowsAFewTimesASecondAndEveryFrameOtherwise() {
        int narrated = 0;
        for (int i = 1; i <= 60; i++) {
            pacing.pulse(i * FRAME, true, LessonRunner.FULL_SPEED);
            narrated += pacing.narrationDue() ? 1 : 0;
        }
        assertThat(narrated).as("one second of drafts").isEqualTo(60 / FramePacing.DRAFT_FRAMES_PER_NARRATION);
        pacing.pulse(61 * FRAME, false, LessonRunner.FULL_SPEED);
        assertThat(pacing.narrationDue()).as("paused: the step shown is narrated at once").isTrue();
        pacing.pulse(62 * FRAME, true, 10);
        assertThat(pacing.narrationDue()).as("playing slowly: every frame").isTrue();
    }

    @Test
    void onlyALateFrameWhilePlayingAsksTheEngineToYield() {
        pacing.pulse(FRAME, true, 100);
        assertThat(pacing.late()).as("the first pulse has nothing to be late against").isFalse();
        pacing.pulse(2 * FRAME, true, 100);
        assertThat(pacing.late()).isFalse();
        pacing.pulse(2 * FRAME + 30_000_000L, true, 100);
        assertThat(pacing.late()).as("30 ms after the last frame").isTrue();
        pacing.pulse(2 * FRAME + 80_000_000L, false, 100);
        assertThat(pacing.late()).as("paused: no engine to slow down").isFalse();
    }

    @Test
    void aRestartForgetsTheLastPulseSoAPauseIsNotALateFrame() {
        pacing.pulse(FRAME, true, 100);
        pacing.restart();
        pacing.pulse(FRAME + 5_000_000_000L, true, 100);
        assertThat(pacing.late()).isFalse();
        assertThat(pacing.elapsedSeconds()).isZero();
    }
}
