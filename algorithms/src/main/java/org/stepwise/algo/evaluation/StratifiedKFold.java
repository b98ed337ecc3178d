package org.stepwise.algo.evaluation;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Stratified k-fold as scikit-learn 1.2.1's {@code StratifiedKFold._make_test_folds}: classes are
 * numbered by first appearance; the class labels sorted are dealt round-robin to the k folds, which
 * fixes how many rows of each class each fold tests; then each class's rows, in order, fill fold 0's
 * share, then fold 1's, ... (with {@code shuffle}, each class's fold labels are shuffled). Stricter
 * than scikit-learn, which only warns: a class with fewer rows than folds is refused, since some
 * fold would test none of it.
 */
public final class StratifiedKFold {

    private StratifiedKFold() {
    }

    public static List<Split> split(int[] y, int nSplits) { return split(y, nSplits, null); }

    /** The splits of rows labelled {@code y} (not modified); {@code random} null keeps the order. */
    public static List<Split> split(int[] y, int nSplits, RandomGenerator random) {
        int n = y.length;
        KFold.checkSplits(nSplits, n);
        int[] encoded = byFirstAppearance(y);
        int classes = 0;
        for (int c : encoded) {
            classes = Math.max(classes, c + 1);
        }
        int[] counts = new int[classes];
        for (int c : encoded) {
            counts[c]++;
        }
        for (int c = 0; c < classes; c++) {
            if (counts[c] < nSplits) {
                throw new IllegalArgumentException("nSplits=" + nSplits + " is more than the " + counts[c]
                        + " rows of class " + y[firstRowOf(encoded, c)] + ", so some fold would test none of it");
            }
        }
        // allocation[f][c]: rows of class c in fold f, dealing the sorted labels round-robin.
        int[][] allocation = new int[nSplits][classes];
        int position = 0;
        for (int c = 0; c < classes; c++) {
            for (int r = 0; r < counts[c]; r++) {
                allocation[position % nSplits][c]++;
                position++;
            }
        }
        int[] fold = new int[n];
        for (int c = 0; c < classes; c++) {
            int[] foldsForClass = new int[counts[c]];
            int at = 0;
            for (int f = 0; f < nSplits; f++) {
                for (int r = 0; r < allocation[f][c]; r++) {
                    foldsForClass[at++] = f;
                }
            }
            if (random != null) {
                KFold.shuffle(foldsForClass, random);
            }
            at = 0;
            for (int i = 0; i < n; i++) {
                if (encoded[i] == c) {
                    fold[i] = foldsForClass[at++];
                }
            }
        }
        return Split.fromFolds(fold, nSplits);
    }

    /** Labels renumbered 0, 1, ... in the order each first appears. */
    private static int[] byFirstAppearance(int[] y) {
        java.util.Map<Integer, Integer> codes = new java.util.HashMap<>();
        int[] encoded = new int[y.length];
        for (int i = 0; i < y.length; i++) {
            encoded[i] = codes.computeIfAbsent(y[i], label -> codes.size());
        }
        return encoded;
    }

    private static int firstRowOf(int[] encoded, int c) {
        int i = 0;
        while (encoded[i] != c) {
            i++;
        }
        return i;
    }
}
