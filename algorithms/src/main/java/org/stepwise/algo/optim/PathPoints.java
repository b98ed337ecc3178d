package org.stepwise.algo.optim;

import java.util.Arrays;

/**
 * The points of one optimizer's path (x, y and the loss at each), appended one at a time and
 * held in chunks of {@value #CHUNK} points that never move.
 *
 * <p>Why chunks rather than arrays that double: a doubling copied the whole path into new
 * arrays while older snapshots in the history kept the old ones alive, and past 65,536 points
 * every copy was a humongous object for G1. Seven optimizers racing at full speed left about
 * 40 MB of copies behind in a second, and the collections they set off stopped the FX thread
 * too (docs/BENCHMARKS.md, "Less garbage while a lesson plays fast").
 *
 * <p>Appending writes only past {@link #length()}, so what a {@link Track} reads, the tables
 * below as they were and a length, stays valid however far the path grows. A table that must
 * grow is replaced by a longer copy that shares the same chunks.
 */
final class PathPoints {

    static final int CHUNK_BITS = 10;
    static final int CHUNK = 1 << CHUNK_BITS;
    static final int IN_CHUNK = CHUNK - 1;

    private double[][] xs = new double[4][];
    private double[][] ys = new double[4][];
    private double[][] losses = new double[4][];
    private int length;

    /** Adds a point; allocates only at the start of each chunk of {@value #CHUNK} points. */
    void append(double x, double y, double loss) {
        int chunk = length >>> CHUNK_BITS;
        if (chunk == xs.length) {
            xs = Arrays.copyOf(xs, chunk * 2);
            ys = Arrays.copyOf(ys, chunk * 2);
            losses = Arrays.copyOf(losses, chunk * 2);
        }
        if (xs[chunk] == null) {
            xs[chunk] = new double[CHUNK];
            ys[chunk] = new double[CHUNK];
            losses[chunk] = new double[CHUNK];
        }
        int at = length & IN_CHUNK;
        xs[chunk][at] = x;
        ys[chunk][at] = y;
        losses[chunk][at] = loss;
        length++;
    }

    int length() { return length; }

    double[][] xs() { return xs; }

    double[][] ys() { return ys; }

    double[][] losses() { return losses; }

    /** Entry {@code index} of a table of chunks. */
    static double at(double[][] chunks, int index) {
        return chunks[index >>> CHUNK_BITS][index & IN_CHUNK];
    }

    /** Copies the first {@code length} entries of a table of chunks into {@code out}. */
    static void copy(double[][] chunks, int length, double[] out) {
        for (int from = 0; from < length; from += CHUNK) {
            System.arraycopy(chunks[from >>> CHUNK_BITS], 0, out, from, Math.min(CHUNK, length - from));
        }
    }
}
