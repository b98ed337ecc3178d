package org.stepwise.viz.lesson.playback;

import org.stepwise.algo.Snapshot;
import org.stepwise.viz.lesson.run.LessonRun;
import org.stepwise.viz.lesson.run.LessonRunner;

/**
 * The playback commands (step, step back, play, pause, run to end, seek) over a lesson's run and
 * the {@link HistoryCursor}: at the newest snapshot they drive the engine's runner, back in the
 * history they move the cursor, and play from there replays the history first. FX thread.
 */
public final class LessonPlayback<S extends Snapshot> {

    /** Run to end stops here so an engine that never converges cannot run for ever. */
    static final int RUN_TO_END_LIMIT = 1_000_000;

    private final LessonRun<S> run;
    private final HistoryCursor cursor;

    public LessonPlayback(LessonRun<S> run, HistoryCursor cursor) {
        this.run = run;
        this.cursor = cursor;
    }

    public void step() {
        if (cursor.isLive()) {
            runner().stepOnce();
        } else {
            cursor.moveTo(cursor.shown(last()) + 1, last());
        }
    }

    public void stepBack() {
        pause();
        cursor.moveTo(Math.max(0, cursor.shown(last()) - 1), last());
    }

    public void togglePlay() {
        if (isPlaying()) {
            pause();
        } else {
            play();
        }
    }

    public void play() {
        if (!cursor.startReplay()) {
            runner().play();
        }
    }

    public void pause() {
        cursor.stopReplay();
        runner().pause();
    }

    public boolean isPlaying() { return cursor.isReplaying() || runner().isPlaying(); }

    public void runToEnd() {
        cursor.follow();
        runner().setStepLimit(RUN_TO_END_LIMIT);
        runner().runToEnd();
    }

    /** Pauses and shows this position of the history (the newest at or past its end). */
    public void seek(int position) {
        pause();
        cursor.moveTo(position, last());
    }

    /** The history's last position. */
    public int last() {
        return runner().history().size() - 1;
    }

    /** The snapshot the cursor points at: {@code newest} while live. */
    public S atCursor(S newest) {
        return cursor.isLive() ? newest : runner().history().get(cursor.shown(last()));
    }

    private LessonRunner<S> runner() { return run.runner(); }
}
