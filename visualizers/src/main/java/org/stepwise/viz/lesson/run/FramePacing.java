package org.stepwise.viz.lesson.run;

/**
 * What one pulse of a playing lesson should do, decided from the pulse's time and the run's
 * pace: whether the frame came late (the engine should then yield the cores for a moment),
 * whether the view should draw drafts (steps arrive faster than a learner can follow them),
 * and whether the view is due this frame (while drafting, every other frame, so that rendering
 * one frame overlaps the next frame's work instead of delaying it), and whether the narration is
 * (while drafting, a few times a second: it changes with every step, faster than anyone reads,
 * and building and laying out its text every frame is FX-thread work). No JavaFX: the panel feeds
 * it pulse times; measured by {@code PulseGapProbe} in benchmarks/.
 */
public final class FramePacing {

    /** Above this speed the view may draw drafts while playing. */
    static final double DRAFT_ABOVE_STEPS_PER_SECOND = 30;
    /** A frame this much later than the last one (a 60 Hz frame and a half) is late. */
    static final double LATE_FRAME_SECONDS = 0.025;
    /** While drafting, the narration follows every this many frames (four times a second at 60 Hz). */
    static final int DRAFT_FRAMES_PER_NARRATION = 15;

    private long lastPulseNanos;
    private long draftFrames;
    private double elapsedSeconds;
    private boolean late;
    private boolean draft;
    private boolean viewDue;
    private boolean narrationDue;

    /** Forgets the last pulse (drawing stopped and starts again: the pause is not a late frame). */
    public void restart() {
        lastPulseNanos = 0;
    }

    /**
     * Decides for the pulse at {@code nanos}.
     *
     * @param playing        whether the lesson is playing (or replaying) now
     * @param stepsPerSecond the run's current pace
     */
    public void pulse(long nanos, boolean playing, double stepsPerSecond) {
        elapsedSeconds = lastPulseNanos == 0 ? 0 : (nanos - lastPulseNanos) * 1e-9;
        lastPulseNanos = nanos;
        late = playing && elapsedSeconds > LATE_FRAME_SECONDS;
        draft = playing && stepsPerSecond > DRAFT_ABOVE_STEPS_PER_SECOND;
        if (draft) {
            draftFrames++;
        }
        viewDue = !draft || (draftFrames & 1) == 0;
        narrationDue = !draft || draftFrames % DRAFT_FRAMES_PER_NARRATION == 0;
    }

    /** Seconds since the previous pulse (0 for the first). */
    public double elapsedSeconds() { return elapsedSeconds; }

    /** The frame came late while playing: the engine should yield. */
    public boolean late() { return late; }

    /** The view should draw drafts. */
    public boolean draft() { return draft; }

    /** The view should be redrawn in this frame (if what it shows changed). */
    public boolean viewDue() { return viewDue; }

    /** The narration and status should follow the shown step in this frame. */
    public boolean narrationDue() { return narrationDue; }
}
