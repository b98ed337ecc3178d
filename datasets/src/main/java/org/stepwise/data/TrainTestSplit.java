package org.stepwise.data;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Splits a data set into a training part and a test part after a seeded shuffle, like
 * scikit-learn's {@code train_test_split}: the test part gets n_test = ⌈testFraction · n⌉ rows
 * and the training part the other n − n_test, both non-empty.
 *
 * <p>Stratified ({@code stratify = true}, classification only), each class is split in the
 * same proportion: class k gets n_test · n_k / n test rows, rounded down, and the rows still
 * missing go to the classes with the largest remainders (ties to the lower class index), as
 * scikit-learn's {@code StratifiedShuffleSplit} allocates them. Every class needs at least two
 * rows, as there. Within each part the rows are in shuffled order, never grouped by class.
 */
public final class TrainTestSplit {

    /** The two parts of a split; both keep the original's names and classes. */
    public record Parts(Dataset train, Dataset test) {
    }

    private TrainTestSplit() {
    }

    /**
     * Splits {@code data}; the same arguments give the same parts.
     *
     * @param testFraction share of the rows in the test part, strictly between 0 and 1
     * @param seed         seeds the {@link SplittableRandom} of the shuffle
     * @param stratify     keep each class's share the same in both parts
     * @throws IllegalArgumentException for a fraction outside (0, 1), a part that would be empty,
     *                                  stratifying regression data or a class with a single row
     */
    public static Parts split(Dataset data, double testFraction, long seed, boolean stratify) {
        int[][] trainAndTest = rows(data, testFraction, seed, stratify);
        return new Parts(data.selectRows(trainAndTest[0]), data.selectRows(trainAndTest[1]));
    }

    /**
     * The data option "test size" (LESSONS.md, "Data options"; {@code --test-size}): the same
     * rows in the same order, the test part of a seeded split {@linkplain Dataset#withHeldOut
     * marked held out}, stratified for classification data; a fraction of 0 marks none.
     *
     * @throws IllegalArgumentException as {@link #split} does, for a fraction outside [0, 1)
     */
    public static Dataset holdOut(Dataset data, double testFraction, long seed) {
        if (testFraction == 0) {
            return data.withHeldOut(null);
        }
        boolean[] mask = new boolean[data.size()];
        for (int row : rows(data, testFraction, seed, data.isClassification())[1]) {
            mask[row] = true;
        }
        return data.withHeldOut(mask);
    }

    /** The row indices of the training part and of the test part, each in shuffled order. */
    private static int[][] rows(Dataset data, double testFraction, long seed, boolean stratify) {
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new IllegalArgumentException("The test size must be a fraction more than 0 and less than 1;"
                    + " got " + testFraction + ".");
        }
        int n = data.size();
        int testCount = (int) Math.ceil(testFraction * n);
        if (n < 2 || testCount >= n) {
            throw new IllegalArgumentException("A test fraction of " + testFraction + " of " + n
                    + " rows leaves no rows to train on; use a smaller fraction or more data.");
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[] order = identity(n);
        shuffle(order, random);
        if (!stratify) {
            return new int[][] {Arrays.copyOfRange(order, testCount, n), Arrays.copyOfRange(order, 0, testCount)};
        }
        if (!data.isClassification()) {
            throw new IllegalArgumentException("Only classification data can be split by class (stratified); "
                    + data.name() + " has a real-valued target.");
        }
        int[] classSizes = new int[data.classCount()];
        for (int i = 0; i < n; i++) {
            classSizes[data.label(i)]++;
        }
        for (int k = 0; k < classSizes.length; k++) {
            if (classSizes[k] == 1) {
                throw new IllegalArgumentException("A stratified split needs at least 2 rows of every class; class '"
                        + data.classNames().get(k) + "' has 1.");
            }
        }
        int[] testQuota = allocate(testCount, classSizes, n);
        if (testQuota == null) {
            throw new IllegalArgumentException("A stratified test fraction of " + testFraction + " leaves some class"
                    + " of " + data.name() + " with no training row; use a smaller fraction.");
        }
        int[] train = new int[n - testCount];
        int[] test = new int[testCount];
        int trainFilled = 0;
        int testFilled = 0;
        // walking the shuffled order keeps both parts shuffled and takes a random subset per class
        for (int row : order) {
            int k = data.label(row);
            if (testQuota[k] > 0) {
                testQuota[k]--;
                test[testFilled++] = row;
            } else {
                train[trainFilled++] = row;
            }
        }
        return new int[][] {train, test};
    }

    /**
     * Largest-remainder allocation of {@code total} test rows in proportion to the class sizes,
     * leaving every class at least one training row; {@code null} when that is impossible.
     */
    private static int[] allocate(int total, int[] classSizes, int n) {
        int[] quota = new int[classSizes.length];
        double[] remainder = new double[classSizes.length];
        int given = 0;
        for (int k = 0; k < classSizes.length; k++) {
            double exact = (double) total * classSizes[k] / n;
            quota[k] = (int) Math.floor(exact);
            remainder[k] = exact - quota[k];
            given += quota[k];
        }
        while (given < total) {
            int best = -1;
            for (int k = 0; k < classSizes.length; k++) {
                boolean room = quota[k] < classSizes[k] - 1;
                if (room && (best < 0 || remainder[k] > remainder[best])) {
                    best = k;
                }
            }
            if (best < 0) {
                return null;
            }
            quota[best]++;
            remainder[best] = -1;
            given++;
        }
        return quota;
    }

    private static int[] identity(int n) {
        int[] indices = new int[n];
        for (int i = 0; i < n; i++) {
            indices[i] = i;
        }
        return indices;
    }

    /** Fisher–Yates shuffle. Modified: indices. */
    private static void shuffle(int[] indices, SplittableRandom random) {
        for (int i = indices.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = indices[i];
            indices[i] = indices[j];
            indices[j] = swap;
        }
    }
}
