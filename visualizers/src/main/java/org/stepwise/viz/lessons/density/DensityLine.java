package org.stepwise.viz.lessons.density;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.paint.Color;
import org.stepwise.algo.Domain;
import org.stepwise.algo.density.KdeSnapshot;
import org.stepwise.algo.density.KernelDensityModel;
import org.stepwise.viz.view.ColorMaps;
import org.stepwise.viz.view.XYChartView;

/**
 * A one-feature density estimate: the points as a rug under the axis, each added point's kernel
 * as a faint bump (1/n of a density, so the bumps' sum is the curve), the newest bump bold, and
 * the running sum; during the sweep the estimate at this step's bandwidth over a dashed ghost of
 * the chosen one. The bumps of a run are traced once (they depend only on the points, the kernel
 * and the chosen h) and reused at every step.
 */
final class DensityLine {

    /** Samples across one bump's support. */
    private static final int BUMP_SAMPLES = 48;
    /** A bump's samples and the NaN that ends it in the one path of every bump ({@link #allBumpsX}). */
    private static final int BUMP_STRIDE = BUMP_SAMPLES + 1;
    private static final Color BUMP = ColorMaps.classColor(0).deriveColor(0, 1, 1, 0.45);
    private static final Color NEWEST = ColorMaps.classColor(2);

    private final XYChartView plot = new XYChartView();
    private List<XYChartView.Line> bumps = List.of();
    /**
     * Every bump in one polyline, broken by NaNs, in the order the points are added: the first m
     * bumps are its first m strides, stroked at once (one path for the renderer, not m).
     */
    private double[] allBumpsX = new double[0];
    private double[] allBumpsY = new double[0];
    private KdeSnapshot bumpsOf;
    private double[] rugX = new double[0];
    private double[] rugY = new double[0];

    DensityLine() {
        plot.points().setStyle(5, true, 1.2, false);
    }

    XYChartView plot() { return plot; }

    void show(KdeSnapshot s, String featureName, BandwidthDrag drag) {
        if (bumpsOf == null || !sameRun(bumpsOf, s)) {
            traceBumps(s);
            bumpsOf = s;
        }
        int g = s.gridSize();
        double[] xs = new double[g];
        double[] ys = new double[g];
        double[] ghost = new double[g];
        double highest = s.finalCurvePeak();
        for (int i = 0; i < g; i++) {
            xs[i] = s.gridX(i);
            ys[i] = s.curve(i);
            ghost[i] = s.finalCurve(i);
            highest = Math.max(highest, ys[i]);
        }
        double top = 1.12 * (highest > 0 ? highest : 1);
        java.util.Arrays.fill(rugY, -0.045 * top);
        plot.setPoints(rugX, rugY, featureName, "density");
        plot.setDomain(new Domain(xs[0], xs[g - 1], -0.09 * top, top));

        List<XYChartView.Line> lines = new ArrayList<>();
        int newest = s.lastAdded();
        if (s.sweepNotch() >= 0 || s.complete() && newest < 0) {
            lines.add(new XYChartView.Line(xs, ghost, g, ColorMaps.classColor(0).deriveColor(0, 1, 1, 0.6), 2,
                    "chosen h"));
        } else {
            lines.add(new XYChartView.Line(allBumpsX, allBumpsY, s.kernelsAdded() * BUMP_STRIDE, BUMP, 1.5, ""));
            if (newest >= 0) {
                XYChartView.Line bump = bumps.get(newest);
                lines.add(new XYChartView.Line(bump.xs(), bump.ys(), bump.count(), NEWEST, 3.5, ""));
            }
        }
        lines.add(new XYChartView.Line(xs, ys, g, XYChartView.CURVE, 3.5, ""));
        plot.setLines(lines);
        plot.setOverlay(pen -> {
            BandwidthScale.draw(pen, s, drag.knob(s));
            pen.caption(15, KdeCaption.lines(s));
        });
    }

    /** Whether two snapshots are of one run: the same points, kernel and chosen bandwidth. */
    private static boolean sameRun(KdeSnapshot a, KdeSnapshot b) {
        return a.pointCount() == b.pointCount() && a.kernel() == b.kernel()
                && a.chosenBandwidth() == b.chosenBandwidth() && a.gridX(0) == b.gridX(0)
                && a.model().point(0, 0) == b.model().point(0, 0);
    }

    /** Each point's kernel at the chosen h as a faint bump over its support (six h for the unbounded kernels). */
    private void traceBumps(KdeSnapshot s) {
        KernelDensityModel model = s.model();
        int n = s.pointCount();
        double reach = (s.kernel().compact() ? 1 : 6) * s.chosenBandwidth();
        List<XYChartView.Line> traced = new ArrayList<>(n);
        rugX = new double[n];
        rugY = new double[n];
        for (int i = 0; i < n; i++) {
            double centre = model.point(i, 0);
            rugX[i] = centre;
            double[] xs = new double[BUMP_SAMPLES];
            double[] ys = new double[BUMP_SAMPLES];
            for (int k = 0; k < BUMP_SAMPLES; k++) {
                xs[k] = centre - reach + 2 * reach * k / (BUMP_SAMPLES - 1);
                ys[k] = s.kernelAt(i, xs[k]);
            }
            traced.add(new XYChartView.Line(xs, ys, BUMP_SAMPLES, BUMP, 1.5, ""));
        }
        bumps = traced;
        allBumpsX = new double[n * BUMP_STRIDE];
        allBumpsY = new double[n * BUMP_STRIDE];
        for (int i = 0; i < n; i++) {
            System.arraycopy(traced.get(i).xs(), 0, allBumpsX, i * BUMP_STRIDE, BUMP_SAMPLES);
            System.arraycopy(traced.get(i).ys(), 0, allBumpsY, i * BUMP_STRIDE, BUMP_SAMPLES);
            allBumpsX[i * BUMP_STRIDE + BUMP_SAMPLES] = Double.NaN;
            allBumpsY[i * BUMP_STRIDE + BUMP_SAMPLES] = Double.NaN;
        }
    }

    void setDark(boolean dark) { plot.setDark(dark); }
}
