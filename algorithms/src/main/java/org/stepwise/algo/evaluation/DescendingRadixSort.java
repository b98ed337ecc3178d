package org.stepwise.algo.evaluation;

import java.util.stream.IntStream;

/**
 * Sorts scores from highest to lowest with each row's 0/1 label carried along, in O(n): a
 * least-significant-digit radix sort of 11-bit digits over the scores' order-preserving 64-bit
 * keys (six counting passes over 2,048 buckets, which stay in cache; a pass whose digit is the same for every row is skipped). It is the
 * one sort a ROC or precision–recall curve needs; a comparison sort of a million doubles with a
 * payload would take most of the 100 ms the metrics have for a million predictions (issue 25).
 * Stable, so equal scores keep their row order (scikit-learn reverses a stable ascending sort;
 * the curves do not depend on the order within a tie, whose rows are counted together).
 */
final class DescendingRadixSort {

    private static final int BITS = 11;
    private static final int BUCKETS = 1 << BITS;
    private static final int PASSES = (Long.SIZE + BITS - 1) / BITS;
    /** From this many rows a pass is split over the cores; below, the threads' start-up is not worth it. */
    static final int PARALLEL_FROM = 1 << 16;

    private DescendingRadixSort() {
    }

    /**
     * The key whose unsigned ascending order is the scores' descending order: the IEEE bits with
     * negative numbers' bits flipped and positive numbers' sign bit set, then all bits inverted.
     */
    static long key(double score) {
        long bits = Double.doubleToLongBits(score);
        return ~(bits ^ ((bits >> 63) | Long.MIN_VALUE));
    }

    /** The score a {@link #key} came from. */
    static double score(long key) {
        long ascending = ~key;
        long bits = ascending < 0 ? ascending ^ Long.MIN_VALUE : ~ascending;
        return Double.longBitsToDouble(bits);
    }

    /**
     * Sorts {@code keys} ascending (so scores descending), permuting {@code labels} alike; both are
     * modified, and equally long. Above {@link #PARALLEL_FROM} rows each pass is split over the
     * cores: every part counts its own digits, the offsets are laid out part after part within each
     * bucket (so the sort stays stable), and every part scatters its rows on its own.
     */
    static void sort(long[] keys, byte[] labels) {
        int n = keys.length;
        int parts = n >= PARALLEL_FROM ? Math.max(1, Runtime.getRuntime().availableProcessors()) : 1;
        int partSize = (n + parts - 1) / Math.max(1, parts);
        int[][] offsets = new int[parts][BUCKETS];
        long[] keysFrom = keys;
        byte[] labelsFrom = labels;
        long[] keysTo = new long[n];
        byte[] labelsTo = new byte[n];
        for (int pass = 0; pass < PASSES && n > 0; pass++) {
            int shift = pass * BITS;
            long[] source = keysFrom;
            IntStream.range(0, parts).parallel().forEach(part -> count(source, part * partSize,
                    Math.min(n, (part + 1) * partSize), shift, offsets[part]));
            if (sameDigitEverywhere(offsets, digit(keysFrom[0], shift), n, partSize)) {
                continue;
            }
            int start = 0;
            for (int b = 0; b < BUCKETS; b++) {
                for (int part = 0; part < parts; part++) {
                    int c = offsets[part][b];
                    offsets[part][b] = start;
                    start += c;
                }
            }
            long[] keysTarget = keysTo;
            byte[] labelsSource = labelsFrom;
            byte[] labelsTarget = labelsTo;
            IntStream.range(0, parts).parallel().forEach(part -> scatter(source, labelsSource, keysTarget,
                    labelsTarget, part * partSize, Math.min(n, (part + 1) * partSize), shift, offsets[part]));
            keysTo = keysFrom;
            keysFrom = keysTarget;
            labelsTo = labelsFrom;
            labelsFrom = labelsTarget;
        }
        if (keysFrom != keys) {
            System.arraycopy(keysFrom, 0, keys, 0, n);
            System.arraycopy(labelsFrom, 0, labels, 0, n);
        }
    }

    /** Counts the digits of keys[from, to) into {@code count} (cleared first). */
    private static void count(long[] keys, int from, int to, int shift, int[] count) {
        java.util.Arrays.fill(count, 0);
        for (int i = from; i < to; i++) {
            count[digit(keys[i], shift)]++;
        }
    }

    /** Whether every part's rows all have the digit {@code d}: a pass that would move nothing. */
    private static boolean sameDigitEverywhere(int[][] counts, int d, int n, int partSize) {
        for (int part = 0; part < counts.length; part++) {
            int rows = Math.max(0, Math.min(n, (part + 1) * partSize) - part * partSize);
            if (counts[part][d] != rows) {
                return false;
            }
        }
        return true;
    }

    /** Moves rows [from, to) to their places, {@code next} holding each bucket's next place for this part. */
    private static void scatter(long[] keysFrom, byte[] labelsFrom, long[] keysTo, byte[] labelsTo, int from, int to,
                                int shift, int[] next) {
        for (int i = from; i < to; i++) {
            long key = keysFrom[i];
            int at = next[digit(key, shift)]++;
            keysTo[at] = key;
            labelsTo[at] = labelsFrom[i];
        }
    }

    private static int digit(long key, int shift) { return (int) (key >>> shift) & (BUCKETS - 1); }
}
