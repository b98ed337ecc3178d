package org.stepwise.algo.anomaly;

import java.util.Arrays;
import org.stepwise.data.RobustScaler;

/**
 * numpy's {@code percentile(a, q)} with its default linear interpolation: the sorted values'
 * position (n − 1)·q/100, between its two neighbours. scikit-learn's {@code offset_} for a
 * contamination c is the percentile 100·c of the training scores; the IQR rule's quartiles are
 * the percentiles 25 and 75.
 */
public final class Percentile {

    private Percentile() {
    }

    /** The q-th percentile (0 ≤ q ≤ 100) of the values; the array is not modified. */
    public static double of(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return ofSorted(sorted, q);
    }

    /** The q-th percentile of values already sorted ascending. */
    public static double ofSorted(double[] sorted, double q) {
        return RobustScaler.percentile(sorted, q / 100.0);
    }
}
