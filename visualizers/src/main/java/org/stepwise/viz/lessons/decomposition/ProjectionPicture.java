package org.stepwise.viz.lessons.decomposition;

import java.util.Locale;
import javafx.scene.paint.Color;
import org.stepwise.algo.decomposition.PcaFit;
import org.stepwise.algo.decomposition.PcaSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.view.ColorMaps;
import org.stepwise.viz.view.OverlayPen;
import org.stepwise.viz.view.XYChartView;

/**
 * The main picture: every row projected on the first two components, coloured by class where the
 * data has classes, with the loadings as arrows from the origin (a biplot: feature f's arrow points
 * to (v₁f, v₂f), scaled to the points; on many features only the longest few). Before the first
 * step it shows the centred data's first two columns; with one component, each row's score on
 * it (the second coordinate 0). The newest component's axis is drawn as a thick arrow.
 */
final class ProjectionPicture {

    /** On many features, only this many loading arrows (the longest) are drawn. */
    static final int MOST_ARROWS = 8;
    private static final Color NEWEST = ColorMaps.classColor(3);

    private final XYChartView view = new XYChartView();
    private double[] xs = new double[0];
    private double[] ys = new double[0];
    private double[] rows = new double[0];
    private Dataset shownData;
    /** The data whose points the plane shows (null until drawn). */
    private Dataset drawnData;

    ProjectionPicture() {
        view.setEqualScale(true);
    }

    XYChartView node() { return view; }

    void show(PcaSnapshot snapshot, Dataset data) {
        view.change(() -> draw(snapshot, data));
    }

    private void draw(PcaSnapshot snapshot, Dataset data) {
        int n = data.size();
        int p = data.featureCount();
        if (data != shownData) {
            shownData = data;
            rows = data.featuresRowMajor();
            xs = new double[n];
            ys = new double[n];
            view.points().setAssignments(data.isClassification() ? data.labels() : null);
            view.setHeldOut(data.heldOutCount() > 0 ? data.heldOutMask() : null);
        }
        PcaFit fit = snapshot.fit();
        int k = snapshot.componentCount();
        boolean moved = data != drawnData;
        for (int i = 0; i < n; i++) {
            double x = k == 0 ? rows[i * p] - fit.mean(0) : snapshot.transform(rows, i * p, 0);
            double y = k == 0 ? rows[i * p + 1] - fit.mean(1) : snapshot.transform(rows, i * p, 1);
            moved |= x != xs[i] || y != ys[i];
            xs[i] = x;
            ys[i] = y;
        }
        String xName = k == 0 ? data.featureNames().get(0) + " − mean" : axisName(fit, 0);
        String yName = k == 0 ? data.featureNames().get(1) + " − mean" : k == 1 ? "PC2 (not found yet)" : axisName(fit, 1);
        // From the second component on, a step leaves the plane as it is: only the overlay's caption changes,
        // and 1,797 Digits points are not drawn again 62 times.
        if (moved || !xName.equals(view.xName()) || !yName.equals(view.yName())) {
            drawnData = data;
            view.setPoints(xs, ys, xName, yName);
            // A band above the points for the caption, which would otherwise lie over them.
            org.stepwise.algo.Domain around = XYChartView.domainOf(xs, ys);
            view.setDomain(new org.stepwise.algo.Domain(around.xMin(), around.xMax(), around.yMin(),
                    around.yMax() + 0.22 * around.height()));
        }
        view.setOverlay(pen -> overlay(pen, snapshot));
    }

    private static String axisName(PcaFit fit, int j) {
        return String.format(Locale.ROOT, "PC%d (%.1f%%)", j + 1, 100 * fit.explainedVarianceRatio(j));
    }

    private void overlay(OverlayPen pen, PcaSnapshot snapshot) {
        int k = snapshot.componentCount();
        if (k == 0) {
            pen.caption(15, "The data, centred: step to find the first component");
            return;
        }
        if (k >= 2) {
            arrows(pen, snapshot);
        }
        double reach = 0.45 * Math.min(pen.transform().domain().width(), pen.transform().domain().height());
        if (k <= 2) {
            // The newest component is an axis of this plane: drawn along it.
            double x = k == 1 ? reach : 0;
            double y = k == 2 ? reach : 0;
            pen.segment(0, 0, x, y, NEWEST, 5);
            pen.label(x, y, "PC" + k, NEWEST, 16);
        }
        pen.caption(15, String.format(Locale.ROOT, "%d of %d components: %.1f%% of the variance", k, snapshot.wanted(),
                100 * snapshot.cumulativeRatio()));
    }

    /** The loadings of the longest features on PC1 and PC2, as arrows from the origin. */
    private static void arrows(OverlayPen pen, PcaSnapshot snapshot) {
        PcaFit fit = snapshot.fit();
        int p = fit.features();
        int[] order = java.util.stream.IntStream.range(0, p).boxed()
                .sorted((a, b) -> Double.compare(length(fit, b), length(fit, a))).mapToInt(Integer::intValue).toArray();
        double longest = length(fit, order[0]);
        if (!(longest > 0)) {
            return;
        }
        double reach = 0.42 * Math.min(pen.transform().domain().width(), pen.transform().domain().height());
        double scale = reach / longest;
        Color ink = pen.ink();
        for (int a = 0; a < Math.min(MOST_ARROWS, p); a++) {
            int f = order[a];
            double x = scale * fit.component(0, f);
            double y = scale * fit.component(1, f);
            pen.segment(0, 0, x, y, ink, 2.5);
            pen.dot(x, y, 3.5, ink);
            pen.label(x, y, snapshot.featureNames().get(f), ink, 13);
        }
    }

    private static double length(PcaFit fit, int f) {
        return Math.hypot(fit.component(0, f), fit.component(1, f));
    }
}
