package org.stepwise.algo.anomaly;

/**
 * The local outlier factor after {@code scoredCount} points are scored (rows in order; the fit
 * itself is whole from the start, a step shows one point's sum), and the threshold: −1.5 for
 * contamination "auto" (scikit-learn's), else the percentile 100·contamination of −LOF.
 */
public record LofStage(LocalOutlierFactor lof, int scoredCount, double offset) implements OutlierStage {

    @Override
    public boolean scored(int i) { return i < scoredCount; }

    @Override
    public double score(int i) { return i < scoredCount ? lof.negativeOutlierFactor(i) : Double.NaN; }

    /** The point the last step scored, −1 before the first. */
    public int point() { return scoredCount - 1; }
}
