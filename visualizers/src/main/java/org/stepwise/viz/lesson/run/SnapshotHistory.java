package org.stepwise.viz.lesson.run;

import java.util.ArrayList;
import java.util.List;
import org.stepwise.algo.Snapshot;

/**
 * The snapshots of one run, oldest first, so the learner can scrub back to an earlier step.
 *
 * <p>Bounded, and thinned rather than cut: when {@code capacity} snapshots are held, every other
 * one is dropped and from then on only every second snapshot is kept, then every fourth, and so
 * on (as {@code MetricChart} thins its series). A run left playing for an hour keeps its whole
 * course, from the first snapshot on, ever more coarsely, in bounded memory; the newest snapshot
 * is always the last one held. At full speed this is also what keeps garbage collection short:
 * a ring of the last 20,000 steps kept every snapshot alive for about a second, long enough to be
 * copied by each young collection (pauses of 6-15 ms on top of a frame's work); thinned, most
 * snapshots die young (docs/BENCHMARKS.md, "FX thread").
 *
 * <p>The worker appends while the FX thread reads, hence the synchronisation; every entry is
 * immutable.
 */
public final class SnapshotHistory<S extends Snapshot> {

    private final Object[] entries;
    /** The order in which each entry was appended (0 for the first): it decides which entries thinning keeps. */
    private final long[] ordinals;
    private int size;
    private long appended;
    /** Entries whose ordinal is a multiple of this are kept; the newest is kept in any case. */
    private long stride = 1;

    public SnapshotHistory(int capacity) {
        if (capacity < 2) {
            throw new IllegalArgumentException("a history holds at least 2 snapshots; got " + capacity);
        }
        this.entries = new Object[capacity];
        this.ordinals = new long[capacity];
    }

    public synchronized void append(S snapshot) {
        if (size > 0 && ordinals[size - 1] % stride != 0) {
            // The last entry was held only because it was the newest.
            entries[--size] = null;
        }
        if (size == entries.length) {
            thin();
        }
        entries[size] = snapshot;
        ordinals[size++] = appended++;
    }

    /**
     * Counts the next step without its snapshot when this history would not keep it: off the
     * stride, it would be held only until a newer one came. The worker then need not take that
     * snapshot at all; at full speed most steps' snapshots are never seen, and not making them
     * spares the garbage collector (docs/BENCHMARKS.md, "Less garbage while a lesson plays fast"). What the history
     * holds is the same as if every snapshot had been appended. True when the step was counted;
     * false when its snapshot is to be {@link #append appended}.
     */
    public synchronized boolean passOver() {
        if (appended % stride == 0) {
            return false;
        }
        appended++;
        return true;
    }

    /** Keeps every other entry (those on the doubled stride), the first one included. */
    private void thin() {
        stride *= 2;
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (ordinals[i] % stride == 0) {
                entries[kept] = entries[i];
                ordinals[kept++] = ordinals[i];
            }
        }
        java.util.Arrays.fill(entries, kept, size, null);
        size = kept;
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
        return (S) entries[position];
    }

    /** The newest snapshot, or null when empty. */
    public synchronized S newest() {
        return size == 0 ? null : get(size - 1);
    }

    /** The snapshots whose step is greater than {@code afterStep}, oldest first. */
    public List<S> since(int afterStep) {
        return sampleSince(afterStep, Integer.MAX_VALUE);
    }

    /**
     * At most {@code atMost} of the snapshots whose step is greater than {@code afterStep}, evenly
     * spaced, oldest first, the newest always among them. The live chart takes a few per frame,
     * where at full speed thousands arrive: only those are copied out (copying them all cost the
     * FX thread up to a millisecond a frame, docs/BENCHMARKS.md).
     */
    public synchronized List<S> sampleSince(int afterStep, int atMost) {
        if (atMost < 1) {
            throw new IllegalArgumentException("a sample holds at least 1 snapshot; got " + atMost);
        }
        int from = firstAfter(afterStep);
        int fresh = size - from;
        int stride = Math.max(1, (int) ((fresh + (long) atMost - 1) / atMost));
        List<S> sample = new ArrayList<>(Math.min(fresh, atMost));
        // Counted back from the newest, so that it is always taken.
        for (int i = from + (fresh - 1) % stride; i < size; i += stride) {
            sample.add(get(i));
        }
        return sample;
    }

    /** The position of the oldest snapshot whose step is greater than {@code step}; size if none is. */
    private int firstAfter(int step) {
        int newestAtMost = positionOfStep(step);
        return size > 0 && get(newestAtMost).step() <= step ? newestAtMost + 1 : 0;
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
