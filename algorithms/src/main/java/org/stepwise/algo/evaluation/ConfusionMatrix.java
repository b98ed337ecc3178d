package org.stepwise.algo.evaluation;

/**
 * The K × K confusion matrix C of scikit-learn's {@code confusion_matrix(y_true, y_pred,
 * labels=range(K))}: C[i][j] counts the rows of true class i predicted as class j (rows true,
 * columns predicted). Immutable. Per class k, one-vs-rest: TP = C[k][k], FP = Σ_i C[i][k] − TP,
 * FN = Σ_j C[k][j] − TP, TN = n − TP − FP − FN (scikit-learn's {@code multilabel_confusion_matrix}).
 */
public final class ConfusionMatrix {

    private final int classes;
    private final long[] counts;
    private final long[] support;
    private final long[] predicted;
    private final long total;

    private ConfusionMatrix(int classes, long[] counts) {
        this.classes = classes;
        this.counts = counts;
        this.support = new long[classes];
        this.predicted = new long[classes];
        long sum = 0;
        for (int i = 0; i < classes; i++) {
            for (int j = 0; j < classes; j++) {
                long c = counts[i * classes + j];
                support[i] += c;
                predicted[j] += c;
                sum += c;
            }
        }
        this.total = sum;
    }

    /**
     * Counts {@code yTrue} against {@code yPred} (not modified), both with values in 0 .. classes − 1.
     *
     * @throws IllegalArgumentException when the lengths differ, there are no rows, or a label is out of range
     */
    public static ConfusionMatrix of(int[] yTrue, int[] yPred, int classes) {
        Checks.pairedRows(yTrue.length, yPred.length, "y_true", "y_pred");
        if (classes < 1) {
            throw new IllegalArgumentException("a confusion matrix needs at least one class; got " + classes);
        }
        long[] counts = new long[classes * classes];
        for (int r = 0; r < yTrue.length; r++) {
            int t = yTrue[r];
            int p = yPred[r];
            if (t < 0 || t >= classes || p < 0 || p >= classes) {
                throw new IllegalArgumentException("labels must lie in 0.." + (classes - 1) + "; row " + r
                        + " has true " + t + " and predicted " + p);
            }
            counts[t * classes + p]++;
        }
        return new ConfusionMatrix(classes, counts);
    }

    /** A matrix from its counts, rows true classes and columns predicted (copied). */
    public static ConfusionMatrix ofCounts(long[][] counts) {
        int k = counts.length;
        long[] flat = new long[k * k];
        for (int i = 0; i < k; i++) {
            if (counts[i].length != k) {
                throw new IllegalArgumentException("a confusion matrix is square; row " + i + " has " + counts[i].length
                        + " counts for " + k + " classes");
            }
            System.arraycopy(counts[i], 0, flat, i * k, k);
        }
        return new ConfusionMatrix(k, flat);
    }

    public int classes() { return classes; }

    /** Rows of true class {@code trueClass} predicted as {@code predictedClass}. */
    public long count(int trueClass, int predictedClass) { return counts[trueClass * classes + predictedClass]; }

    /** The counts as a fresh K × K array. */
    public long[][] counts() {
        long[][] out = new long[classes][classes];
        for (int i = 0; i < classes; i++) {
            System.arraycopy(counts, i * classes, out[i], 0, classes);
        }
        return out;
    }

    /** Number of rows. */
    public long total() { return total; }

    /** Rows whose true class is k (scikit-learn's support, {@code true_sum}). */
    public long support(int k) { return support[k]; }

    /** Rows predicted as class k ({@code pred_sum}). */
    public long predicted(int k) { return predicted[k]; }

    public long truePositives(int k) { return counts[k * classes + k]; }

    public long falsePositives(int k) { return predicted[k] - truePositives(k); }

    public long falseNegatives(int k) { return support[k] - truePositives(k); }

    public long trueNegatives(int k) { return total - support[k] - predicted[k] + truePositives(k); }

    /** Rows on the diagonal: predicted right. */
    public long correct() {
        long sum = 0;
        for (int k = 0; k < classes; k++) {
            sum += truePositives(k);
        }
        return sum;
    }
}
