package org.stepwise.algo.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Random permutation splits as scikit-learn 1.2.1's {@code ShuffleSplit(n_splits, test_size,
 * train_size)}: each split permutes the rows and tests the first ⌈testSize · n⌉ of them, training on
 * the next ⌊trainSize · n⌋ (the rest when {@code trainSize} is 0). The draws come from the given
 * generator, not numpy's, so splits match scikit-learn's by their sizes, not their rows; each
 * split's indices are returned ascending.
 */
public final class ShuffleSplit {

    private ShuffleSplit() {
    }

    public static List<Split> split(int n, int nSplits, double testSize, double trainSize, RandomGenerator random) {
        if (nSplits < 1) {
            throw new IllegalArgumentException("nSplits must be at least 1; got " + nSplits);
        }
        if (!(testSize > 0 && testSize < 1) || !(trainSize >= 0 && trainSize < 1) || testSize + trainSize > 1) {
            throw new IllegalArgumentException("testSize must lie in (0, 1) and trainSize in [0, 1), their sum at most 1;"
                    + " got " + testSize + " and " + trainSize);
        }
        int nTest = (int) Math.ceil(testSize * n);
        int nTrain = trainSize > 0 ? (int) Math.floor(trainSize * n) : n - nTest;
        if (nTest == 0 || nTrain == 0) {
            throw new IllegalArgumentException("with " + n + " rows, testSize=" + testSize + " leaves an empty train or test set");
        }
        List<Split> splits = new ArrayList<>(nSplits);
        for (int s = 0; s < nSplits; s++) {
            int[] order = Split.range(0, n);
            KFold.shuffle(order, random);
            int[] test = Arrays.copyOfRange(order, 0, nTest);
            int[] train = Arrays.copyOfRange(order, nTest, nTest + nTrain);
            Arrays.sort(test);
            Arrays.sort(train);
            splits.add(new Split(train, test));
        }
        return splits;
    }
}
