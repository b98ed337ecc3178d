package org.stepwise.algo.evaluation;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * K-fold cross-validation as scikit-learn 1.2.1's {@code KFold(n_splits)}: the rows, in order
 * (or shuffled by the given generator), cut into k consecutive folds, the first n mod k of them one
 * row larger; each fold is the test set once.
 */
public final class KFold {

    private KFold() {
    }

    /** The k splits of n rows, without shuffling (fold indices exactly as scikit-learn's). */
    public static List<Split> split(int n, int nSplits) { return split(n, nSplits, null); }

    /** The k splits of n rows shuffled by {@code random} first ({@code shuffle=True}); null keeps the order. */
    public static List<Split> split(int n, int nSplits, RandomGenerator random) {
        checkSplits(nSplits, n);
        int[] order = Split.range(0, n);
        if (random != null) {
            shuffle(order, random);
        }
        int[] fold = new int[n];
        int start = 0;
        for (int f = 0; f < nSplits; f++) {
            int size = n / nSplits + (f < n % nSplits ? 1 : 0);
            for (int i = start; i < start + size; i++) {
                fold[order[i]] = f;
            }
            start += size;
        }
        return Split.fromFolds(fold, nSplits);
    }

    /** scikit-learn's checks: at least 2 splits, and no more than rows. */
    static void checkSplits(int nSplits, int n) {
        if (nSplits < 2) {
            throw new IllegalArgumentException("nSplits must be at least 2; got " + nSplits);
        }
        if (nSplits > n) {
            throw new IllegalArgumentException("cannot have nSplits=" + nSplits + " greater than the number of rows: " + n);
        }
    }

    /** Fisher–Yates shuffle in place. */
    static void shuffle(int[] values, RandomGenerator random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }
}
