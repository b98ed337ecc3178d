package org.stepwise.algo.anomaly;

/** The local outlier factor, fitted whole at the start; one step shows one more point's score, rows in order. */
final class LofRun implements MethodRun {

    private final LocalOutlierFactor lof;
    private final double offset;

    /** contamination: NaN for "auto" (scikit-learn's offset −1.5). */
    LofRun(OutlierData data, int k, double contamination) {
        this.lof = LocalOutlierFactor.fit(data.x(), data.n(), data.d(), k);
        this.offset = Double.isNaN(contamination) ? -1.5
                : Percentile.of(lof.negativeOutlierFactors(), 100.0 * contamination);
    }

    @Override
    public int steps() { return lof.size(); }

    @Override
    public OutlierStage initial() { return new LofStage(lof, 0, offset); }

    @Override
    public OutlierStage advance(int s) { return new LofStage(lof, s, offset); }
}
