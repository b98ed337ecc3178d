package org.stepwise.viz.lesson.data;

import java.util.ArrayDeque;
import java.util.Deque;
import org.stepwise.data.Dataset;

/**
 * Undo and redo over whole data sets, as the command history of an editor keeps its document
 * states (the memento pattern: each state is an immutable {@link Dataset}, so no edit needs
 * an inverse). Every edit — a point added, moved or removed, a new source, an import — makes
 * a new current state and drops the states that had been undone.
 *
 * <p>A drag is one edit: {@link #replaceCurrent} shows each intermediate position without
 * remembering it, and {@link #commit()} records the whole drag as one step, so one undo puts
 * the point back where the drag started.
 *
 * <p>Bounded: past {@code capacity} undoable states the oldest are forgotten. Not thread-safe;
 * the data picker uses it on the FX thread only.
 */
public final class DataEditHistory {

    /** How many edits can be undone by default. */
    public static final int CAPACITY = 200;

    private final int capacity;
    private final Deque<Dataset> undoStates = new ArrayDeque<>();
    private final Deque<Dataset> redoStates = new ArrayDeque<>();
    private Dataset current;
    /** The state before an uncommitted drag began, or {@code null} when no drag is under way. */
    private Dataset beforeReplacement;

    /** @param initial the first state; {@code null} permitted (no data yet) */
    public DataEditHistory(Dataset initial) {
        this(initial, CAPACITY);
    }

    /**
     * @param initial  the first state; {@code null} permitted (no data yet)
     * @param capacity how many edits can be undone, at least 1
     */
    public DataEditHistory(Dataset initial, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("the history must keep at least 1 state; got " + capacity);
        }
        this.capacity = capacity;
        this.current = initial;
    }

    /** The current state; {@code null} only before the first data set. */
    public Dataset current() { return current; }

    /**
     * Makes {@code next} current as one undoable edit and forgets the redo states. An
     * uncommitted drag is committed first. A state equal to the current one changes nothing.
     *
     * @param next never {@code null}
     * @return whether the current state changed
     */
    public boolean apply(Dataset next) {
        if (next == null) {
            throw new IllegalArgumentException("a data set is needed");
        }
        commit();
        if (next.equals(current)) {
            return false;
        }
        remember(current);
        current = next;
        return true;
    }

    /**
     * Shows an intermediate state (a point being dragged) without making it an undo step. The
     * state before the first replacement is kept until {@link #commit()}.
     *
     * @param next never {@code null}
     * @return whether the current state changed
     */
    public boolean replaceCurrent(Dataset next) {
        if (next == null) {
            throw new IllegalArgumentException("a data set is needed");
        }
        if (next.equals(current)) {
            return false;
        }
        if (beforeReplacement == null) {
            beforeReplacement = current;
        }
        current = next;
        return true;
    }

    /**
     * Ends a drag: the replacements since the last commit become one undoable edit (none if
     * the drag ended where it began). Does nothing when no drag is under way.
     */
    public void commit() {
        if (beforeReplacement == null) {
            return;
        }
        Dataset before = beforeReplacement;
        beforeReplacement = null;
        if (!before.equals(current)) {
            remember(before);
        }
    }

    /** True while replacements have not been committed. */
    public boolean isDragging() { return beforeReplacement != null; }

    /** True when there is an edit to undo, counting an uncommitted drag. */
    public boolean canUndo() { return !undoStates.isEmpty() || dragChangedData(); }

    /** True when there is an undone edit to redo; a drag that moved something forgets them. */
    public boolean canRedo() { return !redoStates.isEmpty() && !dragChangedData(); }

    /**
     * Goes back one edit (an uncommitted drag is committed first, then undone).
     *
     * @return the new current state
     * @throws IllegalStateException when there is nothing to undo
     */
    public Dataset undo() {
        commit();
        if (undoStates.isEmpty()) {
            throw new IllegalStateException("nothing to undo");
        }
        redoStates.push(current);
        current = undoStates.pop();
        return current;
    }

    /**
     * Goes forward one undone edit.
     *
     * @return the new current state
     * @throws IllegalStateException when there is nothing to redo
     */
    public Dataset redo() {
        commit();
        if (redoStates.isEmpty()) {
            throw new IllegalStateException("nothing to redo");
        }
        undoStates.push(current);
        current = redoStates.pop();
        return current;
    }

    /** Number of edits that can be undone now (for tests and the status line). */
    public int undoCount() { return Math.min(capacity, undoStates.size() + (dragChangedData() ? 1 : 0)); }

    private boolean dragChangedData() {
        return beforeReplacement != null && !beforeReplacement.equals(current);
    }

    private void remember(Dataset previous) {
        redoStates.clear();
        if (previous == null) {
            return;
        }
        undoStates.push(previous);
        if (undoStates.size() > capacity) {
            undoStates.removeLast();
        }
    }
}
