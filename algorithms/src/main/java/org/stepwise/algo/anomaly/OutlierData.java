package org.stepwise.algo.anomaly;

import java.util.List;

/** The rows the detector scores: n rows of d features, row-major, as given (never copied or scaled). */
public record OutlierData(double[] x, int n, int d, List<String> featureNames) {

    /** Feature j of row i. */
    public double feature(int i, int j) { return x[i * d + j]; }
}
