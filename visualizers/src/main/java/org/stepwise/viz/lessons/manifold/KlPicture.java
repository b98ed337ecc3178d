package org.stepwise.viz.lessons.manifold;

import java.util.List;
import java.util.Locale;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.stepwise.algo.Domain;
import org.stepwise.algo.manifold.TsneSnapshot;
import org.stepwise.viz.view.ColorMaps;
import org.stepwise.viz.view.OverlayPen;
import org.stepwise.viz.view.PlotTransform;
import org.stepwise.viz.view.XYChartView;

/**
 * The error of every iteration so far against the iteration, the early-exaggeration phase shaded
 * and named: there the error is KL(αP ‖ Q) with α &gt; 1 (P sums to α), after it the true KL(P ‖ Q).
 */
final class KlPicture {

    private static final Color SHADE = ColorMaps.classColor(1).deriveColor(0, 1, 1, 0.16);

    private final XYChartView view = new XYChartView();
    private double[] iterations = new double[0];
    private double[] errors = new double[0];

    XYChartView node() { return view; }

    /**
     * While exaggerating, the curve so far; after it, the axis fits the true KL (the exaggerated
     * phase, on a scale some ten times larger, is shaded and its last value written in it).
     */
    void show(TsneSnapshot s) {
        int count = s.step();
        if (iterations.length != s.nIter()) {
            iterations = new double[s.nIter()];
            errors = new double[s.nIter()];
        }
        int end = s.explorationEnd();
        int from = count > end ? end : 0;
        double high = 1e-9;
        for (int i = from; i < count; i++) {
            iterations[i - from] = i + 1;
            errors[i - from] = s.klAt(i);
            high = Math.max(high, errors[i - from]);
        }
        int shown = count - from;
        double exaggerated = count > end && end > 0 ? s.klAt(end - 1) : Double.NaN;
        Domain domain = new Domain(0, Math.min(s.nIter(), Math.max(count, end + 50)), 0, high * 1.3);
        double alpha = s.earlyExaggeration();
        view.change(() -> {
            view.setAxisNames("iteration", "KL divergence");
            view.setDomain(domain);
            view.setLines(List.of(new XYChartView.Line(iterations, errors, shown, XYChartView.CURVE, 3, "")));
            view.setOverlay(pen -> shade(pen, end, alpha, exaggerated));
        });
    }

    private static void shade(OverlayPen pen, int end, double exaggeration, double exaggerated) {
        PlotTransform t = pen.transform();
        GraphicsContext g = pen.graphics();
        double right = Math.min(t.toPixelX(end), t.left() + t.width());
        g.setFill(SHADE);
        g.fillRect(t.left(), t.top(), right - t.left(), t.height());
        String alpha = exaggeration == Math.rint(exaggeration) ? String.valueOf((long) exaggeration)
                : String.format(Locale.ROOT, "%.3g", exaggeration);
        if (Double.isNaN(exaggerated)) {
            pen.caption(14, "shaded: P × " + alpha);
        } else {
            pen.caption(14, "shaded: P × " + alpha, String.format(Locale.ROOT, "(ended at %.1f)", exaggerated));
        }
    }
}
