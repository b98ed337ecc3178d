package org.stepwise.algo.evaluation;

import java.util.Arrays;

/**
 * The calibration curve of binary predicted probabilities, as scikit-learn 1.2.1's
 * {@code calibration_curve(y, p, n_bins, strategy)} ({@code sklearn/calibration.py}): bin edges
 * {@code linspace(0, 1, n_bins + 1)} ("uniform") or the probabilities' percentiles at those
 * points, linearly interpolated as numpy 1.24 does ("quantile"); a row goes to the first bin whose
 * upper inner edge is at least its probability ({@code searchsorted(edges[1:-1], p)}); empty bins
 * are left out.
 */
public final class Calibration {

    /** How the bin edges are placed. */
    public enum Strategy { UNIFORM, QUANTILE }

    private Calibration() {
    }

    /** The curve of {@code probabilities} (of class 1; not modified) against labels 0/1. */
    public static CalibrationCurve curve(int[] yTrue, double[] probabilities, int nBins, Strategy strategy) {
        Checks.pairedRows(yTrue.length, probabilities.length, "y_true", "y_prob");
        Checks.binary(yTrue, "y_true");
        Checks.probabilities(probabilities, "y_prob");
        if (nBins < 1) {
            throw new IllegalArgumentException("nBins must be at least 1; got " + nBins);
        }
        double[] edges = edges(probabilities, nBins, strategy);
        double[] sums = new double[nBins];
        double[] positives = new double[nBins];
        long[] totals = new long[nBins];
        for (int i = 0; i < yTrue.length; i++) {
            int bin = innerEdgesBelow(edges, probabilities[i]);
            sums[bin] += probabilities[i];
            positives[bin] += yTrue[i];
            totals[bin]++;
        }
        int nonEmpty = 0;
        for (long t : totals) {
            nonEmpty += t > 0 ? 1 : 0;
        }
        double[] probTrue = new double[nonEmpty];
        double[] probPred = new double[nonEmpty];
        long[] counts = new long[nonEmpty];
        int at = 0;
        for (int b = 0; b < nBins; b++) {
            if (totals[b] > 0) {
                probTrue[at] = positives[b] / totals[b];
                probPred[at] = sums[b] / totals[b];
                counts[at] = totals[b];
                at++;
            }
        }
        return new CalibrationCurve(probTrue, probPred, counts);
    }

    /** The nBins + 1 bin edges {@code calibration_curve} uses for these probabilities (not modified): a new array. */
    public static double[] edges(double[] probabilities, int nBins, Strategy strategy) {
        return strategy == Strategy.UNIFORM ? uniformEdges(nBins) : quantileEdges(probabilities, nBins);
    }

    /** The bin of probability p among {@code edges}, as {@link #curve} bins it (numpy's searchsorted on the inner edges). */
    public static int binOf(double[] edges, double p) { return innerEdgesBelow(edges, p); }

    /** numpy's {@code linspace(0, 1, nBins + 1)}: i · (1 / nBins), the last exactly 1. */
    static double[] uniformEdges(int nBins) {
        double step = 1.0 / nBins;
        double[] edges = new double[nBins + 1];
        for (int i = 0; i < nBins; i++) {
            edges[i] = i * step;
        }
        edges[nBins] = 1.0;
        return edges;
    }

    /** {@code np.percentile(p, linspace(0, 1, nBins + 1) * 100)}, numpy's "linear" method and its {@code _lerp}. */
    static double[] quantileEdges(double[] probabilities, int nBins) {
        double[] sorted = probabilities.clone();
        Arrays.sort(sorted);
        double[] quantiles = uniformEdges(nBins);
        double[] edges = new double[nBins + 1];
        int n = sorted.length;
        for (int i = 0; i <= nBins; i++) {
            double q = quantiles[i] * 100 / 100;
            double virtual = (n - 1) * q;
            int below = (int) Math.min(Math.max(Math.floor(virtual), 0), n - 1);
            int above = Math.min(below + 1, n - 1);
            double t = virtual - Math.floor(virtual);
            double a = sorted[below];
            double b = sorted[above];
            double difference = b - a;
            edges[i] = t >= 0.5 ? b - difference * (1 - t) : a + difference * t;
        }
        return edges;
    }

    /** How many inner edges (edges[1 .. nBins − 1]) lie strictly below p: numpy's searchsorted, side left. */
    private static int innerEdgesBelow(double[] edges, double p) {
        int low = 1;
        int high = edges.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (edges[mid] < p) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low - 1;
    }
}
