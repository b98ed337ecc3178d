package org.stepwise.viz.lessons.anomaly;

import java.util.Arrays;
import java.util.Map;
import java.util.WeakHashMap;
import org.stepwise.algo.anomaly.IsolationTree;

/**
 * The path lengths summed over a forest's trees at the places a heatmap asks about, kept from one
 * step to the next: the raster asks about the same grid (the same coordinate arrays) step after
 * step while the forest gains a tree a step, so only the new trees are walked — a 256 × 256 grid
 * costs one tree's walk a step instead of a hundred. One per run (its trees' array). Entries are
 * keyed by the caller's coordinate array (weakly held) and hold a copy of the coordinates,
 * compared in full before they are reused. Thread-safe: bands are painted in parallel, each with
 * its own arrays and entry.
 */
final class GridPathSums {

    private static final class Entry {
        double[] xs = new double[0];
        double[] ys = new double[0];
        double[] sums = new double[0];
        int trees;
    }

    private final Map<double[], Entry> entries = new WeakHashMap<>();

    /** Writes the path lengths summed over the first {@code count} trees at (xs[i], ys[i]) into {@code out}. */
    void sums(IsolationTree[] trees, int count, double[] xs, double[] ys, int n, double[] out) {
        Entry entry;
        synchronized (entries) {
            entry = entries.computeIfAbsent(xs, key -> new Entry());
        }
        synchronized (entry) {
            boolean same = entry.xs.length == n && Arrays.equals(entry.xs, 0, n, xs, 0, n)
                    && Arrays.equals(entry.ys, 0, n, ys, 0, n);
            if (!same || entry.trees > count) {
                entry.xs = Arrays.copyOf(xs, n);
                entry.ys = Arrays.copyOf(ys, n);
                entry.sums = new double[n];
                entry.trees = 0;
            }
            for (int t = entry.trees; t < count; t++) {
                IsolationTree tree = trees[t];
                for (int i = 0; i < n; i++) {
                    entry.sums[i] += tree.pathLength(xs[i], ys[i]);
                }
            }
            entry.trees = count;
            System.arraycopy(entry.sums, 0, out, 0, n);
        }
    }
}
