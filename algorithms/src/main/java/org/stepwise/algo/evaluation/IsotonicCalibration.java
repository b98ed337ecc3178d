package org.stepwise.algo.evaluation;

import java.util.Arrays;

/**
 * Isotonic regression of labels on scores, as scikit-learn 1.2.1's
 * {@code IsotonicRegression(out_of_bounds="clip")} (the calibrator of
 * {@code CalibratedClassifierCV(method="isotonic")}) fits it: rows sorted by score (then label),
 * rows of equal score (within numpy's float64 resolution 1e-15) merged into one point weighted by
 * their count with their mean label ({@code _make_unique}), then pool-adjacent-violators exactly as
 * {@code _inplace_contiguous_isotonic_regression} runs it (Best and Chakravarti 1990, §3): a run of
 * non-increasing block means is pooled into one block at their weighted mean, then the cursor
 * backtracks one block. One {@link #poolOnce} is one such pooling, so a lesson can pause between
 * them. Predictions interpolate linearly between the points kept ({@code X_thresholds_},
 * {@code y_thresholds_}: the first and last, and each point whose value differs from a neighbour's)
 * and are clipped outside them, as {@code np.interp} does.
 */
public final class IsotonicCalibration {

    /** {@code np.finfo(np.float64).resolution}: scores closer than this are one point. */
    static final double RESOLUTION = 1e-15;

    private final double[] xs;
    private final double[] means;
    private final double[] weights;
    private final int[] target;
    private int cursor;
    private int poolings;
    private int lastPooled = -1;
    private boolean done;

    /** @param scores the scores (not modified); @param labels 0/1 (not modified) */
    public IsotonicCalibration(double[] scores, int[] labels) {
        Checks.pairedRows(labels.length, scores.length, "y", "X");
        int n = scores.length;
        // Rows sorted by score, then label (np.lexsort((y, X))): with labels 0/1 that is the
        // negatives' and the positives' scores, each sorted as primitives, merged.
        Checks.binary(labels, "y");
        double[] sorted = new double[n];
        int[] sortedLabels = new int[n];
        mergeByScoreThenLabel(scores, labels, sorted, sortedLabels);
        double[] ux = new double[n];
        double[] uy = new double[n];
        double[] uw = new double[n];
        int m = 0;
        double current = sorted[0];
        double sumY = 0;
        double sumW = 0;
        for (int j = 0; j < n; j++) {
            double x = sorted[j];
            if (x - current >= RESOLUTION) {
                ux[m] = current;
                uy[m] = sumY / sumW;
                uw[m] = sumW;
                m++;
                current = x;
                sumY = 0;
                sumW = 0;
            }
            sumY += sortedLabels[j];
            sumW += 1;
        }
        ux[m] = current;
        uy[m] = sumY / sumW;
        uw[m] = sumW;
        m++;
        xs = Arrays.copyOf(ux, m);
        means = Arrays.copyOf(uy, m);
        weights = Arrays.copyOf(uw, m);
        target = new int[m];
        for (int i = 0; i < m; i++) {
            target[i] = i;
        }
    }

    private static void mergeByScoreThenLabel(double[] scores, int[] labels, double[] sorted, int[] sortedLabels) {
        int positives = 0;
        for (int y : labels) {
            positives += y;
        }
        double[] negative = new double[scores.length - positives];
        double[] positive = new double[positives];
        int ni = 0;
        int pi = 0;
        for (int i = 0; i < scores.length; i++) {
            if (labels[i] == 1) {
                positive[pi++] = scores[i];
            } else {
                negative[ni++] = scores[i];
            }
        }
        Arrays.sort(negative);
        Arrays.sort(positive);
        ni = 0;
        pi = 0;
        for (int j = 0; j < sorted.length; j++) {
            boolean takeNegative = pi == positive.length || ni < negative.length && negative[ni] <= positive[pi];
            sorted[j] = takeNegative ? negative[ni++] : positive[pi++];
            sortedLabels[j] = takeNegative ? 0 : 1;
        }
    }

    /** Fits to the end. */
    public static IsotonicCalibration fit(double[] scores, int[] labels) {
        IsotonicCalibration fit = new IsotonicCalibration(scores, labels);
        while (fit.poolOnce()) {
            // each pooling merges one run of violators
        }
        return fit;
    }

    /**
     * Runs scikit-learn's loop to its next pooling and makes it; false (and {@link #isDone}) when
     * the blocks already increase. No allocation.
     */
    public boolean poolOnce() {
        int n = means.length;
        while (!done && cursor < n) {
            int i = cursor;
            int k = target[i] + 1;
            if (k == n) {
                break;
            }
            if (means[i] < means[k]) {
                cursor = k;
                continue;
            }
            double sumWy = weights[i] * means[i];
            double sumW = weights[i];
            while (true) {
                double previous = means[k];
                sumWy += weights[k] * means[k];
                sumW += weights[k];
                k = target[k] + 1;
                if (k == n || previous < means[k]) {
                    means[i] = sumWy / sumW;
                    weights[i] = sumW;
                    target[i] = k - 1;
                    target[k - 1] = i;
                    lastPooled = i;
                    cursor = i > 0 ? target[i - 1] : i;
                    poolings++;
                    return true;
                }
            }
        }
        done = true;
        return false;
    }

    public boolean isDone() { return done; }

    public int poolings() { return poolings; }

    /** The first and last distinct-score index of the block the last pooling made; null before any. */
    public int[] lastPooledBlock() { return lastPooled < 0 ? null : new int[] {lastPooled, target[lastPooled]}; }

    /** How many distinct scores (points of the fit) there are. */
    public int distinctScores() { return xs.length; }

    /** The distinct scores, increasing (a copy). */
    public double[] uniqueScores() { return xs.clone(); }

    /** The fitted value of each distinct score now: its block's mean (a new array). */
    public double[] fittedValues() {
        double[] out = new double[xs.length];
        int i = 0;
        while (i < xs.length) {
            int end = target[i] + 1;
            Arrays.fill(out, i, end, means[i]);
            i = end;
        }
        return out;
    }

    /** {@code X_thresholds_} and {@code y_thresholds_}: the points kept for prediction (new arrays). */
    public double[][] thresholds() { return thresholds(xs, fittedValues()); }

    /**
     * The points of distinct scores {@code xs} with fitted values {@code y} that prediction keeps:
     * the first and last, and each whose value differs from a neighbour's (new arrays).
     */
    static double[][] thresholds(double[] xs, double[] y) {
        int m = y.length;
        double[] keptX = new double[m];
        double[] keptY = new double[m];
        int kept = 0;
        for (int i = 0; i < m; i++) {
            if (i == 0 || i == m - 1 || y[i] != y[i - 1] || y[i] != y[i + 1]) {
                keptX[kept] = xs[i];
                keptY[kept] = y[i];
                kept++;
            }
        }
        return new double[][] {Arrays.copyOf(keptX, kept), Arrays.copyOf(keptY, kept)};
    }

    /** The calibrated probability of each score ({@code predict}, clipped at the ends): a new array. */
    public double[] predict(double[] scores) {
        double[][] t = thresholds();
        double[] out = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            out[i] = interpolate(t[0], t[1], scores[i]);
        }
        return out;
    }

    /** {@code np.interp(x, xp, fp)}: the ends outside, linear between neighbours inside. */
    static double interpolate(double[] xp, double[] fp, double x) {
        int last = xp.length - 1;
        if (x <= xp[0]) {
            return fp[0];
        }
        if (x >= xp[last]) {
            return fp[last];
        }
        int at = Arrays.binarySearch(xp, x);
        if (at >= 0) {
            return fp[at];
        }
        int right = -at - 1;
        int left = right - 1;
        double slope = (fp[right] - fp[left]) / (xp[right] - xp[left]);
        return slope * (x - xp[left]) + fp[left];
    }
}
