package org.stepwise.algo.cluster;

import java.util.Arrays;

/**
 * Every position the centroids have taken, appended after each move: the trails the view draws.
 * Entries are written once; when the array grows the old one is left as it was, so a snapshot
 * that keeps the array and the count it saw reads a history that never changes.
 */
final class CentroidTrail {

    private final int width;
    private double[] positions;
    private int count;

    /** Starts with the first centres (k · d numbers). */
    CentroidTrail(double[] centres) {
        width = centres.length;
        positions = Arrays.copyOf(centres, width * 16);
        count = 1;
    }

    void add(double[] centres) {
        if ((count + 1) * width > positions.length) {
            positions = Arrays.copyOf(positions, positions.length * 2);
        }
        System.arraycopy(centres, 0, positions, count * width, width);
        count++;
    }

    /** The array as it is now (later growth copies it, never writes into its first {@link #count()} rows). */
    double[] positions() { return positions; }

    /** How many positions each centroid has had so far, the first included. */
    int count() { return count; }
}
