package org.stepwise.viz.lesson.data;

import java.util.ArrayDeque;
import java.util.Deque;
import org.stepwise.data.Dataset;

/**
 * Undo and redo over data sets: every edit (a point added, moved or removed; a new source)
 * pushes the new state. Bounded: the oldest states are forgotten past {@link #CAPACITY}.
 */
public final class DataEditHistory {

    public static final int CAPACITY = 200;

    private final Deque<Dataset> undo = new ArrayDeque<>();
    private final Deque<Dataset> redo = new ArrayDeque<>();
    private Dataset current;

    public DataEditHistory(Dataset initial) {
        current = initial;
    }

    public Dataset current() { return current; }

    /** Makes {@code next} current; the previous state can be restored by {@link #undo()}. */
    public void apply(Dataset next) {
        if (next.equals(current)) {
            return;
        }
        if (current != null) {
            undo.push(current);
            if (undo.size() > CAPACITY) {
                undo.removeLast();
            }
        }
        current = next;
        redo.clear();
    }

    public boolean canUndo() { return !undo.isEmpty(); }

    public boolean canRedo() { return !redo.isEmpty(); }

    /** Goes back one edit; returns the new current state. */
    public Dataset undo() {
        if (undo.isEmpty()) {
            throw new IllegalStateException("nothing to undo");
        }
        redo.push(current);
        current = undo.pop();
        return current;
    }

    /** Goes forward one undone edit; returns the new current state. */
    public Dataset redo() {
        if (redo.isEmpty()) {
            throw new IllegalStateException("nothing to redo");
        }
        undo.push(current);
        current = redo.pop();
        return current;
    }
}
