package org.stepwise.viz.lesson.playback;

import org.stepwise.viz.lesson.run.LessonRunner;

/**
 * Where in a run's history the panel is looking: at the newest snapshot ("live"), or at a
 * position the learner scrubbed back to, from which play replays the history forward at the
 * chosen speed until it catches up with the newest snapshot, where the engine takes over.
 * Positions are indices into the {@link SnapshotHistory}; each call is given the last index,
 * since the history grows meanwhile. A replay moves one position per step of the chosen speed
 * (through a thinned stretch of the history that is several steps per position). No JavaFX.
 */
public final class HistoryCursor {

    private static final int LIVE = -1;

    private int position = LIVE;
    private double replayPosition;
    private boolean replaying;

    /** True while following the newest snapshot. */
    boolean isLive() { return position == LIVE; }

    public boolean isReplaying() { return replaying; }

    /** The position shown: {@code last} while live. */
    public int shown(int last) {
        return position == LIVE ? last : position;
    }

    /** Follows the newest snapshot again, ending any replay. */
    public void follow() {
        position = LIVE;
        replaying = false;
    }

    /** Shows {@code target}, at least the first position; at or past {@code last} it follows the newest. */
    void moveTo(int target, int last) {
        position = target >= last ? LIVE : Math.max(0, target);
    }

    /** Starts replaying from the position shown; false while live (the engine plays instead). */
    boolean startReplay() {
        if (position == LIVE) {
            return false;
        }
        replaying = true;
        replayPosition = position;
        return true;
    }

    void stopReplay() {
        replaying = false;
    }

    /**
     * Moves a replay on by {@code seconds} at {@code stepsPerSecond} ({@link LessonRunner#FULL_SPEED}
     * catches up at once). Returns true when it has caught up with {@code last}: the cursor then
     * follows the newest snapshot and the engine should play on.
     */
    public boolean advanceReplay(double stepsPerSecond, double seconds, int last) {
        replayPosition += stepsPerSecond == LessonRunner.FULL_SPEED ? Double.MAX_VALUE / 4 : stepsPerSecond * seconds;
        if (replayPosition >= last) {
            follow();
            return true;
        }
        position = (int) replayPosition;
        return false;
    }
}
