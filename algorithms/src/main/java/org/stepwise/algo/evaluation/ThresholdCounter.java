package org.stepwise.algo.evaluation;

import java.util.Arrays;

/**
 * The confusion matrix of scored rows at any threshold t without a pass over the rows: what
 * {@link ScoredRows#predict} predicts for every row at t, counted. A row is predicted positive when
 * its score is at least t, else as its most probable other class, which does not depend on t. So
 * the rows are sorted once into buckets by (true class, other class), each bucket's scores
 * ascending, plus each true class's scores ascending; at t, C[c][positive] is the number of class
 * c's scores at least t and C[c][o] the number of bucket (c, o)'s scores below t, each a binary
 * search: K² searches of O(log n) for a threshold, so a dragged threshold costs no sort and no loop.
 * Immutable.
 */
final class ThresholdCounter {

    private final int classes;
    private final int positive;
    /** Scores of each true class's rows, ascending. */
    private final double[][] byTrueClass;
    /** Scores of the rows of true class c whose most probable other class is o, at [c * classes + o], ascending. */
    private final double[][] byTrueAndOther;

    ThresholdCounter(ScoredRows rows) {
        classes = rows.classCount();
        positive = rows.positiveClass();
        int n = rows.size();
        int[] perClass = new int[classes];
        int[] perBucket = new int[classes * classes];
        int[] other = new int[n];
        for (int i = 0; i < n; i++) {
            // Above every probability, the row goes to its most probable other class (-1 with one class).
            other[i] = rows.predict(i, Double.POSITIVE_INFINITY);
            perClass[rows.label(i)]++;
            if (other[i] >= 0) {
                perBucket[rows.label(i) * classes + other[i]]++;
            }
        }
        byTrueClass = new double[classes][];
        byTrueAndOther = new double[classes * classes][];
        for (int c = 0; c < classes; c++) {
            byTrueClass[c] = new double[perClass[c]];
        }
        for (int b = 0; b < perBucket.length; b++) {
            byTrueAndOther[b] = new double[perBucket[b]];
        }
        Arrays.fill(perClass, 0);
        Arrays.fill(perBucket, 0);
        for (int i = 0; i < n; i++) {
            int c = rows.label(i);
            byTrueClass[c][perClass[c]++] = rows.score(i);
            if (other[i] >= 0) {
                int b = c * classes + other[i];
                byTrueAndOther[b][perBucket[b]++] = rows.score(i);
            }
        }
        for (double[] scores : byTrueClass) {
            Arrays.sort(scores);
        }
        for (double[] scores : byTrueAndOther) {
            Arrays.sort(scores);
        }
    }

    /** The K × K matrix of the predictions at threshold t (rows true classes, columns predicted). */
    ConfusionMatrix at(double t) {
        long[][] counts = new long[classes][classes];
        for (int c = 0; c < classes; c++) {
            counts[c][positive] = byTrueClass[c].length - below(byTrueClass[c], t);
            for (int o = 0; o < classes; o++) {
                if (o != positive) {
                    counts[c][o] = below(byTrueAndOther[c * classes + o], t);
                }
            }
        }
        return ConfusionMatrix.ofCounts(counts);
    }

    /** How many of the ascending {@code scores} are below t: the first index whose score is at least t. */
    private static int below(double[] scores, double t) {
        int low = 0;
        int high = scores.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (scores[mid] < t) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
