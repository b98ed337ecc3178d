package org.stepwise.algo.linear;

import java.util.Arrays;

/**
 * The (β₀, β₁) visited by a run, appended one step at a time and held in chunks of
 * {@value #CHUNK} that never move, so every snapshot shares them and reads its own length (as
 * the optimizer race's PathPoints, for the same reason: no copies of a long path left behind
 * for the collector while the lesson plays fast).
 */
final class CoefficientPath {

    private static final int CHUNK_BITS = 10;
    static final int CHUNK = 1 << CHUNK_BITS;
    private static final int IN_CHUNK = CHUNK - 1;

    private double[][] b0 = new double[4][];
    private double[][] b1 = new double[4][];
    private int length;

    /** Adds a point; allocates only at the start of each chunk. */
    void append(double intercept, double slope) {
        int chunk = length >>> CHUNK_BITS;
        if (chunk == b0.length) {
            b0 = Arrays.copyOf(b0, chunk * 2);
            b1 = Arrays.copyOf(b1, chunk * 2);
        }
        if (b0[chunk] == null) {
            b0[chunk] = new double[CHUNK];
            b1[chunk] = new double[CHUNK];
        }
        b0[chunk][length & IN_CHUNK] = intercept;
        b1[chunk][length & IN_CHUNK] = slope;
        length++;
    }

    int length() { return length; }

    /** What a snapshot keeps: the tables as they are now and the length. */
    View view() { return new View(b0, b1, length); }

    /** The first {@code length} points, as they were when taken; later appends do not change them. */
    record View(double[][] b0, double[][] b1, int length) {
        double intercept(int index) { return b0[index >>> CHUNK_BITS][index & IN_CHUNK]; }

        double slope(int index) { return b1[index >>> CHUNK_BITS][index & IN_CHUNK]; }
    }
}
