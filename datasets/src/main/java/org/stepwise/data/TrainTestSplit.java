package org.stepwise.data;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Splits a data set into training and test parts after a seeded shuffle, optionally
 * stratified (each class split in the same proportion), as scikit-learn's
 * {@code train_test_split}: the test part gets ceil(testFraction · n) rows.
 */
public final class TrainTestSplit {

    /** The two parts. */
    public record Parts(Dataset train, Dataset test) {
    }

    private TrainTestSplit() {
    }

    public static Parts split(Dataset data, double testFraction, long seed, boolean stratify) {
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new IllegalArgumentException("The test fraction must be a number in the range (0, 1); got "
                    + testFraction + ".");
        }
        if (data.size() < 2) {
            throw new IllegalArgumentException("a split needs at least 2 rows; the data has " + data.size());
        }
        if (stratify && !data.isClassification()) {
            throw new IllegalArgumentException("only classification data can be split by class");
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<List<Integer>> groups = new ArrayList<>();
        if (stratify) {
            for (int k = 0; k < data.classCount(); k++) {
                groups.add(new ArrayList<>());
            }
            for (int i = 0; i < data.size(); i++) {
                groups.get(data.label(i)).add(i);
            }
        } else {
            List<Integer> all = new ArrayList<>();
            for (int i = 0; i < data.size(); i++) {
                all.add(i);
            }
            groups.add(all);
        }
        List<Integer> train = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        for (List<Integer> group : groups) {
            shuffle(group, random);
            int testCount = (int) Math.ceil(testFraction * group.size());
            if (group.size() > 1) {
                testCount = Math.min(testCount, group.size() - 1);
            }
            test.addAll(group.subList(0, testCount));
            train.addAll(group.subList(testCount, group.size()));
        }
        return new Parts(data.selectRows(toArray(train)), data.selectRows(toArray(test)));
    }

    private static void shuffle(List<Integer> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Integer swap = list.get(i);
            list.set(i, list.get(j));
            list.set(j, swap);
        }
    }

    private static int[] toArray(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }
}
