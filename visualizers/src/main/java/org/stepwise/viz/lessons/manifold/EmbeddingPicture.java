package org.stepwise.viz.lessons.manifold;

import java.util.Locale;
import javafx.scene.paint.Color;
import org.stepwise.algo.Domain;
import org.stepwise.algo.manifold.TsneInput;
import org.stepwise.algo.manifold.TsneSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.view.OverlayPen;
import org.stepwise.viz.view.XYChartView;

/**
 * The embedding at equal scale, each point coloured by its class; the chosen point (the one the
 * pointer last rested on, the first row at the start) ringed, and its {@link #NEIGHBOURS} nearest
 * neighbours in the original space ringed too and joined to it: where t-SNE kept them close, the
 * lines are short.
 */
final class EmbeddingPicture {

    static final int NEIGHBOURS = 10;

    private final XYChartView view = new XYChartView();
    private double[] xs = new double[0];
    private double[] ys = new double[0];
    private Dataset shownData;
    private TsneSnapshot shown;
    private int chosen;

    EmbeddingPicture() {
        view.setEqualScale(true);
        view.points().setShapes(false);
    }

    XYChartView node() { return view; }

    /** The point whose neighbours are shown. */
    int chosen() { return chosen; }

    void choose(int row) {
        chosen = row;
        if (shown != null) {
            drawOverlay();
        }
    }

    void show(TsneSnapshot snapshot, Dataset data) {
        view.change(() -> {
            int n = snapshot.samples();
            if (data != shownData || xs.length != n) {
                shownData = data;
                xs = new double[n];
                ys = new double[n];
                chosen = Math.min(chosen, n - 1);
                view.points().setAssignments(data.isClassification() ? data.labels() : null);
            }
            shown = snapshot;
            for (int i = 0; i < n; i++) {
                xs[i] = snapshot.x(i);
                ys[i] = snapshot.y(i);
            }
            view.setPoints(xs, ys, "t-SNE 1", "t-SNE 2");
            view.setDomain(framed(XYChartView.domainOf(xs, ys)));
            drawOverlay();
        });
    }

    /**
     * The points' bounds widened to a landscape frame (the plot is drawn at equal scale, and a
     * tall frame would leave it a narrow strip), with room above the points for the caption.
     */
    static Domain framed(Domain around) {
        double width = Math.max(around.width(), 1e-12);
        double height = Math.max(1.25 * around.height(), width / 1.5);
        width = Math.max(width, 1.2 * height);
        double midX = (around.xMin() + around.xMax()) / 2;
        // The points sit low in the frame: the caption takes its top fifth.
        double bottom = around.yMin() - Math.max(0, height - 1.25 * around.height()) / 2;
        return new Domain(midX - width / 2, midX + width / 2, bottom, bottom + height);
    }

    private void drawOverlay() {
        TsneSnapshot s = shown;
        int row = chosen;
        view.setOverlay(pen -> overlay(pen, s, row));
    }

    private void overlay(OverlayPen pen, TsneSnapshot s, int row) {
        TsneInput input = s.input();
        int k = Math.min(NEIGHBOURS, input.neighbourCount());
        Color ink = pen.ink();
        for (int r = 0; r < k; r++) {
            int j = input.neighbour(row, r);
            pen.segment(s.x(row), s.y(row), s.x(j), s.y(j), ink, 1.5);
            pen.ring(s.x(j), s.y(j), 7, ink, 2.5);
        }
        pen.ring(s.x(row), s.y(row), 11, ink, 4);
        String phase = s.step() == 0 ? "the start"
                : s.lastExaggeration() > 1 ? String.format(Locale.ROOT, "P × %s", plain(s.earlyExaggeration()))
                : "P × 1";
        pen.caption(15, String.format(Locale.ROOT, "Iteration %d of %d · %s", s.step(), s.nIter(), phase),
                String.format(Locale.ROOT, "Ringed: point %d%s, its %d nearest in %d-D", row, label(s, row), k,
                        input.features()),
                String.format(Locale.ROOT, "σ = %.3g", input.sigma(row)));
    }

    private String label(TsneSnapshot s, int row) {
        int label = s.label(row);
        if (label < 0 || shownData == null || !shownData.isClassification()) {
            return "";
        }
        String name = shownData.classNames().get(label);
        // Digits' classes are named by their digit: "point 0 (class 0)" reads better than "point 0 (0)".
        return name.chars().allMatch(Character::isDigit) ? " (class " + name + ")" : " (" + name + ")";
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.3g", v);
    }
}
