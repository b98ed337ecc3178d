package org.stepwise.viz.lesson.playback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.stepwise.data.BuiltInDatasets;
import org.stepwise.viz.lesson.CountingEngine;
import org.stepwise.viz.lesson.run.LessonRun;

class LessonPlaybackTest {

    private final CountingEngine.Factory factory = new CountingEngine.Factory();
    private final LessonRun<CountingEngine.Count> run = new LessonRun<>(factory, 100, failure -> { },
            BuiltInDatasets.load("iris"), factory.defaults(), 0, 1_000);
    private final HistoryCursor cursor = new HistoryCursor();
    private final LessonPlayback<CountingEngine.Count> playback = new LessonPlayback<>(run, cursor);

    @AfterEach
    void close() {
        run.runner().close();
    }

    private int shownStep() {
        return playback.atCursor(run.runner().newest()).step();
    }

    @Test
    void stepsBackThroughTheHistoryAndForwardToTheNewestAgain() {
        playback.runToEnd();
        await(() -> run.runner().isFinished());
        assertThat(shownStep()).isEqualTo(10);
        playback.stepBack();
        playback.stepBack();
        assertThat(shownStep()).isEqualTo(8);
        assertThat(cursor.isLive()).isFalse();
        playback.step();
        assertThat(shownStep()).isEqualTo(9);
        playback.step();
        assertThat(cursor.isLive()).as("stepping onto the newest follows it again").isTrue();
        assertThat(shownStep()).isEqualTo(10);
    }

    @Test
    void playFromAnEarlierStepReplaysTheHistoryInsteadOfRunningTheEngine() {
        playback.runToEnd();
        await(() -> run.runner().isFinished());
        playback.seek(3);
        assertThat(shownStep()).isEqualTo(3);
        assertThat(playback.isPlaying()).isFalse();
        playback.play();
        assertThat(cursor.isReplaying()).isTrue();
        assertThat(playback.isPlaying()).isTrue();
        assertThat(run.runner().isPlaying()).isFalse();
        playback.togglePlay();
        assertThat(playback.isPlaying()).isFalse();
        assertThat(shownStep()).isEqualTo(3);
    }

    @Test
    void aStepAtTheNewestSnapshotAsksTheEngineForOne() {
        playback.step();
        await(() -> run.runner().newest().step() == 1);
        assertThat(shownStep()).isEqualTo(1);
        assertThat(cursor.isLive()).isTrue();
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }
}
