package org.stepwise.algo.rl.ppo;

import java.util.Arrays;

/**
 * Numbers appended one at a time to an array that only grows (doubling). A snapshot keeps the
 * array and the count it saw: entries below the count are never written again, and a longer copy
 * leaves the old array to the snapshots that hold it.
 */
final class Series {

    private double[] values = new double[64];
    private int count;

    void add(double value) {
        if (count == values.length) {
            values = Arrays.copyOf(values, count * 2);
        }
        values[count++] = value;
    }

    int count() { return count; }

    /** The shared array; read only its first {@link #count()} entries. */
    double[] values() { return values; }

    /** Mean of the last {@code window} values (fewer when fewer exist); NaN when there are none. */
    double meanOfLast(int window) {
        int from = Math.max(0, count - window);
        if (count == from) {
            return Double.NaN;
        }
        double sum = 0;
        for (int i = from; i < count; i++) {
            sum += values[i];
        }
        return sum / (count - from);
    }
}
