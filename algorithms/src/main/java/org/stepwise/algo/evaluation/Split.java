package org.stepwise.algo.evaluation;

/**
 * One train/validation split: the row indices of each, ascending, as scikit-learn's
 * {@code split} yields them. The arrays are the caller's to keep; not copied.
 */
public record Split(int[] train, int[] test) {

    /**
     * The splits of a test-fold assignment: split f tests the rows whose fold is f and trains on the
     * others (rows with fold −1 are in no test set), as {@code BaseCrossValidator.split} builds
     * them from test masks.
     */
    static java.util.List<Split> fromFolds(int[] fold, int nSplits) {
        int[] sizes = new int[nSplits];
        for (int f : fold) {
            if (f >= 0) {
                sizes[f]++;
            }
        }
        java.util.List<Split> splits = new java.util.ArrayList<>(nSplits);
        for (int f = 0; f < nSplits; f++) {
            int[] test = new int[sizes[f]];
            int[] train = new int[fold.length - sizes[f]];
            int t = 0;
            int r = 0;
            for (int i = 0; i < fold.length; i++) {
                if (fold[i] == f) {
                    test[t++] = i;
                } else {
                    train[r++] = i;
                }
            }
            splits.add(new Split(train, test));
        }
        return splits;
    }

    /** Rows start .. end − 1, ascending. */
    static int[] range(int start, int end) {
        int[] rows = new int[Math.max(0, end - start)];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = start + i;
        }
        return rows;
    }
}
