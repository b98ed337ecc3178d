package org.stepwise.algo.ensemble;

import java.util.Arrays;
import java.util.Map;
import java.util.WeakHashMap;
import org.stepwise.algo.tree.DecisionTree;

/**
 * The trees' summed class probabilities over the points a boundary raster asks about, kept from
 * one forest of a run to the next: a raster asks about the same grid (the same arrays of the same
 * coordinates) step after step while the forest gains one tree a step, so only the new tree is
 * walked — a 256 × 256 grid costs one tree's walk instead of a hundred. One per run, shared by the
 * run's forests, which all read the same array of trees.
 *
 * <p>Entries are keyed by the caller's coordinate array (a raster keeps one per band; weakly held,
 * so a dropped raster's entry goes) and hold a copy of the coordinates, compared in full before
 * they are reused: a new domain or a resize starts the sums again. Thread-safe: bands are painted
 * in parallel, each with its own arrays and entry.
 */
final class ForestGridSums {

    private static final class Entry {
        double[] xs = new double[0];
        double[] ys = new double[0];
        double[] sums = new double[0];
        int trees;
    }

    private final Map<double[], Entry> entries = new WeakHashMap<>();

    /**
     * Writes the mean of the first {@code count} trees' probabilities at (xs[i], ys[i]) into
     * {@code out}, walking only the trees the last call for these points had not summed.
     */
    void mean(DecisionTree[] trees, int count, int classes, double[] xs, double[] ys, int n, double[] out) {
        Entry entry;
        synchronized (entries) {
            entry = entries.computeIfAbsent(xs, key -> new Entry());
        }
        synchronized (entry) {
            if (!samePoints(entry, xs, ys, n) || entry.trees > count) {
                entry.xs = Arrays.copyOf(xs, n);
                entry.ys = Arrays.copyOf(ys, n);
                entry.sums = new double[n * classes];
                entry.trees = 0;
            }
            for (int t = entry.trees; t < count; t++) {
                add(trees[t], classes, xs, ys, n, entry.sums);
            }
            entry.trees = count;
            for (int i = 0; i < n * classes; i++) {
                out[i] = entry.sums[i] / count;
            }
        }
    }

    private static boolean samePoints(Entry entry, double[] xs, double[] ys, int n) {
        return entry.xs.length == n && Arrays.equals(entry.xs, 0, n, xs, 0, n) && Arrays.equals(entry.ys, 0, n, ys, 0, n);
    }

    private static void add(DecisionTree tree, int classes, double[] xs, double[] ys, int n, double[] sums) {
        for (int i = 0; i < n; i++) {
            int leaf = tree.leafOf2(xs[i], ys[i]);
            double weight = tree.weight(leaf);
            for (int c = 0; c < classes; c++) {
                sums[i * classes + c] += tree.classCount(leaf, c) / weight;
            }
        }
    }
}
