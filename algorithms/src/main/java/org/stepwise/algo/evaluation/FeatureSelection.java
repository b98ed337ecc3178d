package org.stepwise.algo.evaluation;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.stepwise.data.Dataset;

/**
 * Univariate feature selection as scikit-learn 1.2.1's {@code sklearn.feature_selection}:
 * {@link #fClassif} is {@code f_classif} (the one-way ANOVA F statistic of each feature against
 * the classes, {@code f_oneway}'s arithmetic in its order) and {@link #selectKBest} is
 * {@code SelectKBest(f_classif, k).get_support(indices=True)} (the k highest F values; ties broken
 * as its stable {@code argsort(scores, kind="mergesort")[-k:]}, the later column first).
 */
public final class FeatureSelection {

    private FeatureSelection() {
    }

    /**
     * Each feature's F = (SS between / (K − 1)) / (SS within / (n − K)), computed as
     * {@code f_oneway}: SS total = Σx² − (Σx)²/n, SS between = Σ_k (Σ_{class k} x)²/n_k − (Σx)²/n,
     * SS within = SS total − SS between. NaN for a feature with no spread within classes and
     * none between (0/0), +∞ for spread between classes only, as NumPy divides.
     */
    public static double[] fClassif(Dataset data) {
        int n = data.size();
        int d = data.featureCount();
        int classes = data.classCount();
        int[] counts = new int[classes];
        for (int i = 0; i < n; i++) {
            counts[data.label(i)]++;
        }
        int present = (int) Arrays.stream(counts).filter(c -> c > 0).count();
        double[] f = new double[d];
        double[] classSums = new double[classes];
        for (int j = 0; j < d; j++) {
            double squares = 0;
            double sum = 0;
            Arrays.fill(classSums, 0);
            for (int i = 0; i < n; i++) {
                double v = data.feature(i, j);
                squares += v * v;
                sum += v;
                classSums[data.label(i)] += v;
            }
            double squareOfSums = sum * sum;
            double total = squares - squareOfSums / n;
            double between = 0;
            for (int c = 0; c < classes; c++) {
                if (counts[c] > 0) {
                    between += classSums[c] * classSums[c] / counts[c];
                }
            }
            between -= squareOfSums / n;
            double within = total - between;
            f[j] = (between / (present - 1)) / (within / (n - present));
        }
        return f;
    }

    /** The k columns of highest score, ascending; of equal scores the later column is kept, as SelectKBest. */
    public static int[] selectKBest(double[] scores, int k) {
        if (k < 1 || k > scores.length) {
            throw new IllegalArgumentException("k must be between 1 and the number of features (" + scores.length
                    + "); got " + k);
        }
        Integer[] order = IntStream.range(0, scores.length).boxed().toArray(Integer[]::new);
        // A stable ascending sort; a NaN score counts as the least, as SelectKBest's _clean_nans makes it.
        Arrays.sort(order, Comparator.comparingDouble(j -> Double.isNaN(scores[j]) ? Double.NEGATIVE_INFINITY : scores[j]));
        int[] chosen = new int[k];
        for (int i = 0; i < k; i++) {
            chosen[i] = order[scores.length - k + i];
        }
        Arrays.sort(chosen);
        return chosen;
    }
}
