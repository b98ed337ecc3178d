package org.stepwise.viz.lessons.decomposition;

import java.util.Locale;
import org.stepwise.algo.Domain;
import org.stepwise.algo.decomposition.IcaSnapshot;
import org.stepwise.algo.decomposition.IcaWhitening;
import org.stepwise.viz.view.OverlayPen;
import org.stepwise.viz.view.XYChartView;

/**
 * The mixtures after PCA's whitening, on the first two whitened coordinates: uncorrelated, each of
 * unit variance, and still mixed (the cloud of two independent uniform-like sources is a square,
 * turned). Over them each unit's direction w (its first two coordinates), along which the
 * estimate is measured: the directions turn at each step until they line up with the square's
 * sides. A deflation unit that has not started is drawn dashed, at its row of w_init. Drawn at equal scale, so that the angles are real.
 */
final class IcaWhitenedPlot {

    private final XYChartView view = new XYChartView();
    private IcaWhitening shown;
    private boolean dark;

    IcaWhitenedPlot() {
        view.setEqualScale(true);
        view.points().setStyle(2, true, 0, false);
    }

    XYChartView node() { return view; }

    void setDark(boolean value) {
        dark = value;
        view.setDark(value);
    }

    void show(IcaSnapshot snapshot) {
        view.change(() -> draw(snapshot));
    }

    private void draw(IcaSnapshot snapshot) {
        IcaWhitening whitening = snapshot.whitening();
        if (whitening != shown) {
            shown = whitening;
            int n = whitening.samples();
            double[] xs = new double[n];
            double[] ys = new double[n];
            boolean two = whitening.whitens() && whitening.components() >= 2;
            for (int i = 0; i < n && whitening.whitens(); i++) {
                xs[i] = whitening.whitened(0, i);
                ys[i] = two ? whitening.whitened(1, i) : 0;
            }
            view.setPoints(xs, ys, "whitened PC1", two ? "whitened PC2" : "(one component)");
            Domain around = XYChartView.domainOf(xs, ys);
            view.setDomain(new Domain(around.xMin(), around.xMax(), around.yMin(), around.yMax() + 0.25 * around.height()));
        }
        view.setOverlay(pen -> overlay(pen, snapshot));
    }

    private void overlay(OverlayPen pen, IcaSnapshot snapshot) {
        IcaWhitening whitening = snapshot.whitening();
        if (!whitening.whitens()) {
            pen.caption(14, "Too few independent directions to whiten");
            return;
        }
        int k = snapshot.components();
        Domain d = pen.transform().domain();
        double reach = 0.5 * Math.min(d.width(), d.height());
        int drawn = Math.min(k, IcaColors.MOST_DRAWN);
        for (int a = 0; a < drawn; a++) {
            double wx = snapshot.unmixing(a, 0);
            double wy = k >= 2 ? snapshot.unmixing(a, 1) : 0;
            boolean started = snapshot.started(a);
            // A deflation unit not started yet waits at its row of w_init: dashed, thinner.
            if (started) {
                pen.segment(-reach * wx, -reach * wy, reach * wx, reach * wy, IcaColors.estimate(a, dark), 4);
            } else {
                pen.dashedSegment(-reach * wx, -reach * wy, reach * wx, reach * wy, IcaColors.estimate(a, dark), 2);
            }
            // Named inside the plot towards its right-hand end, away from the caption in the top-left corner.
            double side = wx < 0 ? -0.7 : 0.7;
            pen.label(side * reach * wx, side * reach * wy, "w" + (a + 1) + (started ? "" : " waits"),
                    IcaColors.estimate(a, dark), 15);
        }
        pen.caption(14, "Whitened (PCA)", String.format(Locale.ROOT, "w, iteration %d", snapshot.iterations()));
    }
}
