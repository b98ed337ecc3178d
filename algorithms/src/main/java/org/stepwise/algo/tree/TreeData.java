package org.stepwise.algo.tree;

/**
 * The training rows as a tree's splitter reads them: each feature as {@code float} (scikit-learn
 * fits trees on a float32 copy of X, so its thresholds are midpoints of float32 values and its
 * predictions compare float32 features), and for every feature the rows sorted by it. A node owns
 * the same range {@code [start, end)} of every feature's sorted block; splitting a node partitions
 * that range of each block stably, so the children's blocks stay sorted (the classic presorted
 * splitter; scikit-learn sorts each node afresh and reaches the same splits).
 *
 * <p>Rows may carry sample weights (a forest's bootstrap counts, boosting's weights): a row of
 * weight 0 is left out, as scikit-learn's {@code Splitter.init} leaves it out of {@code samples},
 * so {@code n} counts the rows of positive weight and every count a criterion reads is a weight.
 */
final class TreeData {

    final int n;
    final int d;
    /** Feature f of row i at {@code x[f * n + i]}. */
    final float[] x;
    /** The class index (classification) or the target. */
    final double[] y;
    /** Each row's sample weight (all 1 when fitted without weights). */
    final double[] w;
    /** The rows' total weight, scikit-learn's {@code weighted_n_samples}. */
    final double totalWeight;
    /** Feature f's rows in increasing order of that feature at {@code sorted[f * n ..]}, partitioned by node. */
    final int[] sorted;
    private final boolean[] goesLeft;
    private final int[] scratch;

    TreeData(double[] rowMajor, double[] y, int d) {
        this(rowMajor, y, d, null);
    }

    /** The rows of positive weight in {@code weights} (all rows when it is null, each of weight 1). */
    TreeData(double[] rowMajor, double[] y, int d, double[] weights) {
        int kept = 0;
        for (int i = 0; i < y.length; i++) {
            kept += weights == null || weights[i] > 0.0 ? 1 : 0;
        }
        this.n = kept;
        this.d = d;
        this.y = new double[n];
        this.w = new double[n];
        this.x = new float[n * d];
        double total = 0.0;
        for (int i = 0, row = 0; i < y.length; i++) {
            if (weights != null && !(weights[i] > 0.0)) {
                continue;
            }
            this.y[row] = y[i];
            this.w[row] = weights == null ? 1.0 : weights[i];
            total += this.w[row];
            for (int f = 0; f < d; f++) {
                x[f * n + row] = (float) rowMajor[i * d + f];
            }
            row++;
        }
        this.totalWeight = total;
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
