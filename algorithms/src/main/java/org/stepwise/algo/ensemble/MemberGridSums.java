package org.stepwise.algo.ensemble;

import java.util.Arrays;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * An ensemble's members' values summed over the points a heatmap asks about, kept from one step of
 * a run to the next: a raster asks about the same grid (the same arrays of the same coordinates)
 * step after step while the ensemble gains a member a step, so only the new members are walked — a
 * 256 × 256 grid costs one member's walk a step instead of a hundred. One per run, whose members
 * sit in one array in the order they were added (a random forest's trees and their class
 * probabilities, an isolation forest's trees and their path lengths).
 *
 * <p>Entries are keyed by the caller's coordinate array (a raster keeps one per band; weakly held,
 * so a dropped raster's entry goes) and hold a copy of the coordinates, compared in full before
 * they are reused: a new domain or a resize starts the sums again, as does a run stepped back to
 * fewer members. Thread-safe: bands are painted in parallel, each with its own arrays and entry.
 *
 * @param <T> the members
 */
public final class MemberGridSums<T> {

    /** One member's values at the points, added to the sums. */
    @FunctionalInterface
    public interface Walk<T> {
        /** Adds {@code member}'s values at the n points (xs[i], ys[i]) to {@code sums}, a run of values a point. */
        void add(T member, double[] xs, double[] ys, int n, double[] sums);
    }

    private static final class Entry {
        double[] xs = new double[0];
        double[] ys = new double[0];
        double[] sums = new double[0];
        int members;
    }

    private final int valuesPerPoint;
    private final Walk<T> walk;
    private final Map<double[], Entry> entries = new WeakHashMap<>();

    /** Sums of {@code valuesPerPoint} values a point (a class's probability each, or one path length). */
    public MemberGridSums(int valuesPerPoint, Walk<T> walk) {
        this.valuesPerPoint = valuesPerPoint;
        this.walk = walk;
    }

    /**
     * Writes the sums over the first {@code count} members at (xs[i], ys[i]) into {@code out}
     * ({@code valuesPerPoint} a point), walking only the members the last call for these points had
     * not summed.
     */
    public void sums(T[] members, int count, double[] xs, double[] ys, int n, double[] out) {
        Entry entry;
        synchronized (entries) {
            entry = entries.computeIfAbsent(xs, key -> new Entry());
        }
        synchronized (entry) {
            if (!samePoints(entry, xs, ys, n) || entry.members > count) {
                entry.xs = Arrays.copyOf(xs, n);
                entry.ys = Arrays.copyOf(ys, n);
                entry.sums = new double[n * valuesPerPoint];
                entry.members = 0;
            }
            for (int m = entry.members; m < count; m++) {
                walk.add(members[m], xs, ys, n, entry.sums);
            }
            entry.members = count;
            System.arraycopy(entry.sums, 0, out, 0, n * valuesPerPoint);
        }
    }

    private static boolean samePoints(Entry entry, double[] xs, double[] ys, int n) {
        return entry.xs.length == n && Arrays.equals(entry.xs, 0, n, xs, 0, n) && Arrays.equals(entry.ys, 0, n, ys, 0, n);
    }
}
