package org.stepwise.viz.lesson;

import org.stepwise.algo.Snapshot;
import org.stepwise.viz.lesson.narration.Narrator;
import org.stepwise.viz.lesson.playback.HistoryCursor;
import org.stepwise.viz.lesson.playback.LessonPlayback;
import org.stepwise.viz.lesson.playback.PlaybackBar;
import org.stepwise.viz.lesson.playback.TimelineBar;
import org.stepwise.viz.lesson.run.FramePacing;
import org.stepwise.viz.lesson.run.LessonRun;
import org.stepwise.viz.lesson.run.LessonRunner;
import org.stepwise.viz.lesson.run.LiveMetrics;

/**
 * What the panel draws at each pulse, in order: the pacing of the frame, the live chart fed
 * from the history, the view of the snapshot at the cursor, its narration, the counters. The
 * view (the costliest thing to render) and the narration are drawn only when the pacing says
 * they are due; the counters go with the picture, so they name the step it shows.
 */
final class LessonFrame<S extends Snapshot> {

    private final LessonRun<S> run;
    private final LessonPlayback<S> playback;
    private final HistoryCursor cursor;
    private final FramePacing pacing;
    private final LessonView<S> view;
    private final LiveMetrics<S> metrics;
    private final Narrator<S> narrator;
    private final TimelineBar timeline;
    private final PlaybackBar bar;
    private S shown;
    /** The snapshot whose status is on screen and whose narration is, or is being written. */
    private S narrated;

    LessonFrame(LessonRun<S> run, LessonPlayback<S> playback, HistoryCursor cursor, FramePacing pacing,
                LessonView<S> view, LiveMetrics<S> metrics, Narrator<S> narrator, TimelineBar timeline, PlaybackBar bar) {
        this.run = run;
        this.playback = playback;
        this.cursor = cursor;
        this.pacing = pacing;
        this.view = view;
        this.metrics = metrics;
        this.narrator = narrator;
        this.timeline = timeline;
        this.bar = bar;
    }

    /** The snapshot drawn at the last pulse, or null before the first. */
    S shown() { return shown; }

    /** A run started again from step 0: everything is drawn anew at the next pulse. */
    void forget() {
        shown = null;
        narrated = null;
    }

    /** One pulse at {@code now} (nanoseconds). */
    void draw(long now) {
        LessonRunner<S> runner = run.runner();
        boolean playing = playback.isPlaying();
        pacing.pulse(now, playing, runner.currentStepsPerSecond());
        if (pacing.late()) {
            runner.frameLate();
        }
        if (cursor.isReplaying()
                && cursor.advanceReplay(runner.stepsPerSecond(), pacing.elapsedSeconds(), playback.last())) {
            runner.play();
        }
        S newest = runner.newest();
        metrics.update(runner.history(), newest, runner.isPlaying() || runner.isReplaying());
        // Coarse pictures while more steps arrive than frames can show; full ones otherwise.
        ViewFeatures.beforeFrame(view, pacing.draft());
        S target = playback.atCursor(newest);
        if (target != shown && pacing.viewDue()) {
            view.show(target, run.data());
            shown = target;
            metrics.showStep(target.step());
        }
        narrator.showWritten();
        if ((target != narrated || narrator.budgetChanged()) && pacing.narrationDue()) {
            narrated = target;
            // While playing, written behind the frames (Narrator says why) and shown when ready.
            narrator.narrate(target, playing);
            bar.showStatus(target.status());
        }
        metrics.redraw(now, playing);
        if (pacing.viewDue()) {
            // While drafting, the frames in between then change nothing at all.
            int size = runner.history().size();
            timeline.show(cursor.shown(size - 1), size - 1);
            bar.showStep(target.step(), newest.step());
        }
        bar.showPlaying(playing);
    }
}
