package org.stepwise.viz.lesson.playback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.stepwise.viz.lesson.run.LessonRunner;

/** Scrubbing through a run's history and replaying it forward. */
class HistoryCursorTest {

    private final HistoryCursor cursor = new HistoryCursor();

    @Test
    void followsTheNewestUntilMovedAndAgainAtTheLastPosition() {
        assertThat(cursor.isLive()).isTrue();
        assertThat(cursor.shown(41)).isEqualTo(41);
        cursor.moveTo(10, 41);
        assertThat(cursor.isLive()).isFalse();
        assertThat(cursor.shown(50)).as("stays put while the history grows").isEqualTo(10);
        cursor.moveTo(-3, 50);
        assertThat(cursor.shown(50)).isZero();
        cursor.moveTo(50, 50);
        assertThat(cursor.isLive()).isTrue();
    }

    @Test
    void aReplayMovesAtTheChosenSpeedThenHandsOverToTheEngine() {
        assertThat(cursor.startReplay()).as("live: the engine plays").isFalse();
        cursor.moveTo(10, 100);
        assertThat(cursor.startReplay()).isTrue();
        assertThat(cursor.advanceReplay(20, 0.5, 100)).isFalse();
        assertThat(cursor.shown(100)).isEqualTo(20);
        assertThat(cursor.isReplaying()).isTrue();
        assertThat(cursor.advanceReplay(20, 4, 100)).as("caught up").isTrue();
        assertThat(cursor.isLive()).isTrue();
        assertThat(cursor.isReplaying()).isFalse();
    }

    @Test
    void atFullSpeedAReplayCatchesUpAtOnceAndAStoppedOneHoldsStill() {
        cursor.moveTo(5, 100);
        cursor.startReplay();
        cursor.stopReplay();
        assertThat(cursor.isReplaying()).isFalse();
        assertThat(cursor.shown(100)).isEqualTo(5);
        cursor.startReplay();
        assertThat(cursor.advanceReplay(LessonRunner.FULL_SPEED, 0.016, 100)).isTrue();
        assertThat(cursor.isLive()).isTrue();
    }
}
