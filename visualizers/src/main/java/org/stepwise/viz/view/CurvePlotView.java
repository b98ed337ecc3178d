package org.stepwise.viz.view;

/**
 * A one-feature regression's plot: the points (x, y), the fitted curve y = f(x), each point's
 * residual and a dashed ghost of the curve before the step; editable points. The
 * {@link XYChartView} under the name the regression lessons first used.
 */
public final class CurvePlotView extends XYChartView {

    public CurvePlotView() {
        super("curve-plot-view");
    }
}
