package org.stepwise.viz.lessons.density;

import javafx.scene.paint.Color;
import org.stepwise.algo.density.KdeSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.view.DecisionBoundaryView;
import org.stepwise.viz.view.XYChartView;

/**
 * A two-feature density estimate over the plane: the running sum of the kernels as filled
 * contours (viridis bands, painted on the painter thread), the points in white over it, the
 * newest point ringed with its kernel's reach (h for a compact kernel, 2h for the gaussian and
 * the exponential), the bandwidth scale and the caption.
 */
final class DensityPlane {

    private final DecisionBoundaryView plane = new DecisionBoundaryView();
    private Dataset shown;

    DensityPlane() {
        plane.points().setColor(Color.WHITE);
    }

    DecisionBoundaryView plot() { return plane; }

    void show(KdeSnapshot s, Dataset data, BandwidthDrag drag) {
        plane.change(() -> {
            if (data != shown && data.featureCount() == 2 && s.featureCount() == 2) {
                shown = data;
                plane.setData(data);
                // The points the estimate sums, in one colour: a density ignores any labels the data has.
                double[] xs = new double[s.pointCount()];
                double[] ys = new double[s.pointCount()];
                for (int i = 0; i < xs.length; i++) {
                    xs[i] = s.model().point(i, 0);
                    ys[i] = s.model().point(i, 1);
                }
                plane.points().setPoints(xs, ys);
            }
            plane.setSurface(s.kernelsAdded() == 0 ? null : new DensitySurface(s.model(), plane.domain()));
            int newest = s.lastAdded();
            plane.setOverlay(pen -> {
                if (newest >= 0 && s.featureCount() == 2) {
                    double x = s.model().point(newest, 0);
                    double y = s.model().point(newest, 1);
                    double reach = (s.kernel().compact() ? 1 : 2) * s.bandwidth();
                    pen.circle(x, y, reach, XYChartView.CURVE, 3);
                    pen.ring(x, y, 9, XYChartView.CURVE, 3);
                }
                BandwidthScale.draw(pen, s, drag.knob(s));
                pen.caption(15, KdeCaption.lines(s));
            });
        });
    }

    void setDark(boolean dark) { plane.setDark(dark); }

    void setDraft(boolean draft) { plane.setDraft(draft); }
}
