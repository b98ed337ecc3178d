package org.stepwise.algo.evaluation;

import java.util.Arrays;
import java.util.List;

/**
 * Group k-fold as scikit-learn 1.2.1's {@code GroupKFold._iter_test_indices}: no group is split
 * between train and test. Groups, largest first, each go to the fold holding the fewest rows so
 * far (the first such fold on a tie). scikit-learn orders groups by an unstable argsort of their
 * sizes, reversed; here groups of equal size go in descending label order, which is what that
 * argsort gives for small numbers of groups; fixtures use groups of distinct sizes.
 */
public final class GroupKFold {

    private GroupKFold() {
    }

    /** The splits of rows whose groups are {@code groups} (not modified). */
    public static List<Split> split(int[] groups, int nSplits) {
        KFold.checkSplits(nSplits, groups.length);
        int[] labels = Arrays.stream(groups).distinct().sorted().toArray();
        if (nSplits > labels.length) {
            throw new IllegalArgumentException("cannot have nSplits=" + nSplits + " greater than the number of groups: "
                    + labels.length);
        }
        int[] groupOfRow = new int[groups.length];
        long[] sizes = new long[labels.length];
        for (int i = 0; i < groups.length; i++) {
            groupOfRow[i] = Arrays.binarySearch(labels, groups[i]);
            sizes[groupOfRow[i]]++;
        }
        Integer[] largestFirst = new Integer[labels.length];
        for (int g = 0; g < labels.length; g++) {
            largestFirst[g] = g;
        }
        Arrays.sort(largestFirst, (a, b) -> sizes[a] != sizes[b] ? Long.compare(sizes[b], sizes[a]) : Integer.compare(b, a));
        long[] rowsInFold = new long[nSplits];
        int[] foldOfGroup = new int[labels.length];
        for (int g : largestFirst) {
            int lightest = 0;
            for (int f = 1; f < nSplits; f++) {
                if (rowsInFold[f] < rowsInFold[lightest]) {
                    lightest = f;
                }
            }
            rowsInFold[lightest] += sizes[g];
            foldOfGroup[g] = lightest;
        }
        int[] fold = new int[groups.length];
        for (int i = 0; i < groups.length; i++) {
            fold[i] = foldOfGroup[groupOfRow[i]];
        }
        return Split.fromFolds(fold, nSplits);
    }
}
