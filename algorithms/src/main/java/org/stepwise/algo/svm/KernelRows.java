package org.stepwise.algo.svm;

import java.util.Arrays;

/**
 * Rows of the kernel matrix K_ij = k(x_i, x_j) of the training rows, each computed the first time
 * a solver needs it and kept as LIBSVM keeps its cache: in single precision ({@code Qfloat}), so
 * that every gradient update adds what LIBSVM adds. At most {@link #MAX_FLOATS} values are held;
 * past that, the row computed longest ago gives its array to the new one (LIBSVM evicts the row
 * used longest ago; the values are the same either way, only the time differs).
 *
 * <p>A row's array is allocated once, the first time it is computed; an SMO step that finds its
 * two rows held allocates nothing.
 */
final class KernelRows {

    /** 64 Mi floats (256 MB), a little above LIBSVM's default cache of 200 MB. */
    static final long MAX_FLOATS = 64L << 20;

    private final double[] x;
    private final int rows;
    private final int d;
    private final SvmKernel kernel;
    private final double[] squares;
    private final double[] diagonal;
    private final float[][] held;
    /** Rows held, oldest first, as a ring: the next to give up its array is at {@link #oldest}. */
    private final int[] ring;
    private final int capacity;
    private int count;
    private int oldest;

    KernelRows(double[] x, int rows, int d, SvmKernel kernel) {
        this.x = x;
        this.rows = rows;
        this.d = d;
        this.kernel = kernel;
        this.squares = new double[rows];
        this.diagonal = new double[rows];
        for (int i = 0; i < rows; i++) {
            squares[i] = SvmKernel.dot(x, i * d, x, i * d, d);
        }
        for (int i = 0; i < rows; i++) {
            diagonal[i] = kernel.training(x, i, i, d, squares);
        }
        this.held = new float[rows][];
        this.capacity = (int) Math.max(2, Math.min(rows, MAX_FLOATS / Math.max(1, rows)));
        this.ring = new int[capacity];
        Arrays.fill(ring, -1);
    }

    int size() { return rows; }

    /** k(x_i, x_i) in double precision (LIBSVM's QD). */
    double diagonal(int i) { return diagonal[i]; }

    /** Row i of K over every training row, in single precision. */
    float[] row(int i) {
        return row(i, -1);
    }

    /** Row i, never taking the array of row {@code keep} (a row the caller still reads). */
    float[] row(int i, int keep) {
        float[] row = held[i];
        if (row != null) {
            return row;
        }
        if (count < capacity) {
            row = new float[rows];
            ring[count++] = i;
        } else {
            if (ring[oldest] == keep) {
                oldest = (oldest + 1) % capacity;
            }
            int evicted = ring[oldest];
            row = held[evicted];
            held[evicted] = null;
            ring[oldest] = i;
            oldest = (oldest + 1) % capacity;
        }
        kernel.trainingRow(x, i, rows, d, squares, row);
        held[i] = row;
        return row;
    }
}
