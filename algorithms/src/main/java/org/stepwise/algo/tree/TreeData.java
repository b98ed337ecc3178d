package org.stepwise.algo.tree;

/**
 * The training rows as a tree's splitter reads them: each feature as {@code float} (scikit-learn
 * fits trees on a float32 copy of X, so its thresholds are midpoints of float32 values and its
 * predictions compare float32 features), and for every feature the rows sorted by it. A node owns
 * the same range {@code [start, end)} of every feature's sorted block; splitting a node partitions
 * that range of each block stably, so the children's blocks stay sorted (the classic presorted
 * splitter; scikit-learn sorts each node afresh and reaches the same splits).
 */
final class TreeData {

    final int n;
    final int d;
    /** Feature f of row i at {@code x[f * n + i]}. */
    final float[] x;
    /** The class index (classification) or the target. */
    final double[] y;
    /** Feature f's rows in increasing order of that feature at {@code sorted[f * n ..]}, partitioned by node. */
    final int[] sorted;
    private final boolean[] goesLeft;
    private final int[] scratch;

    TreeData(double[] rowMajor, double[] y, int d) {
        this.n = y.length;
        this.d = d;
        this.y = y.clone();
        this.x = new float[n * d];
        for (int i = 0; i < n; i++) {
            for (int f = 0; f < d; f++) {
                x[f * n + i] = (float) rowMajor[i * d + f];
            }
        }
        this.sorted = new int[n * d];
        long[] keys = new long[n];
        for (int f = 0; f < d; f++) {
            int base = f * n;
            // Sorted by value then row, as one primitive sort of (order-preserving bits of the value, row).
            for (int i = 0; i < n; i++) {
                keys[i] = ((long) sortable(x[base + i]) << 32) | i;
            }
            java.util.Arrays.sort(keys);
            for (int i = 0; i < n; i++) {
                sorted[base + i] = (int) keys[i];
            }
        }
        this.goesLeft = new boolean[n];
        this.scratch = new int[n];
    }

    /** The float's bits as an int that orders as the floats do (Float.compare's order, -0 before 0). */
    static int sortable(float value) {
        int bits = Float.floatToIntBits(value);
        return bits ^ ((bits >> 31) & 0x7fffffff);
    }

    /** Feature f of the row at position p of feature f's sorted block. */
    float sortedValue(int f, int p) {
        return x[f * n + sorted[f * n + p]];
    }

    /** The row at position p of feature f's sorted block. */
    int sortedRow(int f, int p) {
        return sorted[f * n + p];
    }

    /**
     * Sends the rows at positions {@code [start, pos)} of feature f's block left and the rest of
     * {@code [start, end)} right, in every feature's block, keeping each side sorted.
     */
    void partition(int f, int start, int pos, int end) {
        for (int p = start; p < end; p++) {
            goesLeft[sorted[f * n + p]] = p < pos;
        }
        for (int g = 0; g < d; g++) {
            if (g == f) {
                continue;
            }
            int base = g * n;
            int left = start;
            int right = 0;
            for (int p = start; p < end; p++) {
                int row = sorted[base + p];
                if (goesLeft[row]) {
                    sorted[base + left++] = row;
                } else {
                    scratch[right++] = row;
                }
            }
            System.arraycopy(scratch, 0, sorted, base + left, right);
        }
    }
}
