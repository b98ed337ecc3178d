package org.stepwise.viz.lesson;

import java.util.ArrayList;
import java.util.List;
import org.stepwise.algo.Snapshot;

/**
 * The snapshots of one run, oldest first, so the learner can scrub back to an earlier step.
 *
 * <p>Bounded: past {@code capacity} entries the oldest are overwritten (a ring buffer), so a
 * run left playing for an hour cannot exhaust memory. The worker appends while the FX thread
 * reads, hence the synchronisation; every entry is immutable.
 */
public final class SnapshotHistory<S extends Snapshot> {

    private final Object[] ring;
    private int start;
    private int size;

    public SnapshotHistory(int capacity) {
        if (capacity < 2) {
            throw new IllegalArgumentException("a history holds at least 2 snapshots; got " + capacity);
        }
        this.ring = new Object[capacity];
    }

    public synchronized void append(S snapshot) {
        if (size < ring.length) {
            ring[(start + size++) % ring.length] = snapshot;
        } else {
            ring[start] = snapshot;
            start = (start + 1) % ring.length;
        }
    }

    /** Number of snapshots held. */
    public synchronized int size() {
        return size;
    }

    /** The snapshot at a position, 0 = the oldest held. */
    @SuppressWarnings("unchecked")
    public synchronized S get(int position) {
        if (position < 0 || position >= size) {
            throw new IndexOutOfBoundsException("position " + position + " of " + size);
        }
        return (S) ring[(start + position) % ring.length];
    }

    /** The newest snapshot, or null when empty. */
    public synchronized S newest() {
        return size == 0 ? null : get(size - 1);
    }

    /** The snapshots whose step is greater than {@code afterStep}, oldest first. */
    public synchronized List<S> since(int afterStep) {
        int from = size;
        while (from > 0 && get(from - 1).step() > afterStep) {
            from--;
        }
        List<S> newer = new ArrayList<>(size - from);
        for (int i = from; i < size; i++) {
            newer.add(get(i));
        }
        return newer;
    }

    /** The position of the newest snapshot whose step is at most {@code step}; 0 if none is. */
    public synchronized int positionOfStep(int step) {
        int low = 0;
        int high = size - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (get(middle).step() <= step) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return Math.max(low, 0);
    }
}
