package org.stepwise.viz.view;

import org.stepwise.data.Dataset;

/**
 * A one-feature regression's plot: the points (x, y), the fitted curve y = f(x), each point's
 * residual and a dashed ghost of the curve before the step; editable points. The
 * {@link XYChartView} under the name the regression lessons first used.
 */
public final class CurvePlotView extends XYChartView {

    public CurvePlotView() {
        super("curve-plot-view");
    }

    /** The data's first feature against its target as the points, held-out rows hollow. */
    public void setFeatureAgainstTarget(Dataset data) {
        double[] xs = new double[data.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = data.feature(i, 0);
        }
        setPoints(xs, data.targets(), data.featureNames().get(0), data.targetName());
        setHeldOut(data.heldOutCount() > 0 ? data.heldOutMask() : null);
    }
}
