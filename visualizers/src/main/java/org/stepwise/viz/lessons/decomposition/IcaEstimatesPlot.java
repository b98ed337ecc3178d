package org.stepwise.viz.lessons.decomposition;

import org.stepwise.algo.Domain;
import org.stepwise.algo.decomposition.IcaSnapshot;
import org.stepwise.algo.decomposition.IcaUnmixing;
import org.stepwise.viz.view.XYChartView;

/**
 * The current estimates of the first two sources against each other: while the unmixing
 * directions are wrong this is the whitened square turned; when they are found its sides lie
 * along the axes (the two sources vary independently). The same fixed range at every step, so
 * that the turning shows.
 */
final class IcaEstimatesPlot {

    /** Unit-variance estimates: ±4 holds all but the rarest. */
    static final double RANGE = 4;

    private final XYChartView view = new XYChartView();
    private double[] xs = new double[0];
    private double[] ys = new double[0];

    IcaEstimatesPlot() {
        view.setEqualScale(true);
        view.points().setStyle(2, true, 0, false);
    }

    XYChartView node() { return view; }

    void setDark(boolean dark) {
        view.setDark(dark);
        view.setPointColor(IcaColors.mixture(dark));
    }

    void show(IcaSnapshot snapshot) {
        view.change(() -> draw(snapshot));
    }

    private void draw(IcaSnapshot snapshot) {
        IcaUnmixing result = snapshot.result();
        int n = snapshot.whitening().samples();
        if (xs.length != n) {
            xs = new double[n];
            ys = new double[n];
        }
        boolean two = snapshot.components() >= 2;
        for (int i = 0; i < n; i++) {
            xs[i] = result == null ? 0 : result.source(i, 0);
            ys[i] = result == null || !two ? 0 : result.source(i, 1);
        }
        view.setPoints(xs, ys, "estimate 1", two ? "estimate 2" : "(one component)");
        view.setDomain(new Domain(-RANGE, RANGE, -RANGE, RANGE * 1.3));
        view.setOverlay(pen -> pen.caption(14, "The estimates"));
    }
}
