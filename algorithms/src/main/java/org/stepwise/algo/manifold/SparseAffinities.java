package org.stepwise.algo.manifold;

/**
 * A symmetric joint-probability matrix stored by rows (compressed sparse rows, as the
 * {@code csr_matrix} scikit-learn's Barnes–Hut t-SNE receives): row i's non-zero entries are
 * {@code values[start[i] .. start[i + 1])} in the columns {@code columns[...]}, in rising column
 * order. Immutable after construction; the arrays are never handed out.
 */
final class SparseAffinities {

    private final int[] start;
    private final int[] columns;
    private final double[] values;

    SparseAffinities(int[] start, int[] columns, double[] values) {
        this.start = start;
        this.columns = columns;
        this.values = values;
    }

    int rows() { return start.length - 1; }

    int rowStart(int row) { return start[row]; }

    int rowEnd(int row) { return start[row + 1]; }

    int column(int entry) { return columns[entry]; }

    double value(int entry) { return values[entry]; }

    /** p_ij, 0 where the pair holds no entry (a binary search along the row). */
    double get(int i, int j) {
        int lo = start[i];
        int hi = start[i + 1] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (columns[mid] < j) {
                lo = mid + 1;
            } else if (columns[mid] > j) {
                hi = mid - 1;
            } else {
                return values[mid];
            }
        }
        return 0;
    }
}
