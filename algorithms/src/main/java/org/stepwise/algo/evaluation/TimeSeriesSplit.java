package org.stepwise.algo.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * Time-series cross-validation as scikit-learn 1.2.1's {@code TimeSeriesSplit(n_splits,
 * max_train_size, test_size, gap)}: k test windows of {@code testSize} rows (default n / (k + 1))
 * at the end of the series, each trained on the rows before it, less a {@code gap}, and at most
 * the last {@code maxTrainSize} of them (0 for no limit).
 */
public final class TimeSeriesSplit {

    private TimeSeriesSplit() {
    }

    /** With scikit-learn's defaults: no training limit, test size n / (k + 1), no gap. */
    public static List<Split> split(int n, int nSplits) { return split(n, nSplits, 0, 0, 0); }

    /** {@code testSize} 0 means n / (k + 1); {@code maxTrainSize} 0 means no limit. */
    public static List<Split> split(int n, int nSplits, int maxTrainSize, int testSize, int gap) {
        if (nSplits < 2) {
            throw new IllegalArgumentException("nSplits must be at least 2; got " + nSplits);
        }
        int folds = nSplits + 1;
        int size = testSize > 0 ? testSize : n / folds;
        if (folds > n) {
            throw new IllegalArgumentException("cannot have " + folds + " folds (nSplits + 1) for " + n + " rows");
        }
        if (n - gap - (long) size * nSplits <= 0) {
            throw new IllegalArgumentException("too many splits (" + nSplits + ") for " + n + " rows with test size "
                    + size + " and gap " + gap);
        }
        List<Split> splits = new ArrayList<>(nSplits);
        for (int testStart = n - nSplits * size; testStart < n; testStart += size) {
            int trainEnd = testStart - gap;
            int trainStart = maxTrainSize > 0 && maxTrainSize < trainEnd ? trainEnd - maxTrainSize : 0;
            splits.add(new Split(Split.range(trainStart, trainEnd), Split.range(testStart, Math.min(testStart + size, n))));
        }
        return splits;
    }
}
