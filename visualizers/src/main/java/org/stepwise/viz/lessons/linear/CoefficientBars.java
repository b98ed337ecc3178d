package org.stepwise.viz.lessons.linear;

import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;
import org.stepwise.algo.Domain;
import org.stepwise.viz.view.ColorMaps;
import org.stepwise.viz.view.OverlayPen;
import org.stepwise.viz.view.PlotTransform;

/**
 * Coefficients as bars on a {@link org.stepwise.viz.view.CurvePlotView}: a bar from 0 to each
 * βₖ at x = k + 1 (blue above zero, vermillion below), named by its column. Optionally one bar is
 * marked as the one a step just changed: outlined in ink, with a dashed line at its value
 * before the step. Shared by linear regression's diagnostics and the regularization lesson.
 */
final class CoefficientBars {

    private CoefficientBars() {
    }

    /** A domain that holds 0 and every value in [low, high], with room for the labels. */
    static Domain domain(int p, double low, double high) {
        double lo = Math.min(low, 0);
        double hi = Math.max(high, 0);
        double span = Math.max(hi - lo, 1e-9);
        return new Domain(0.4, p + 0.6, lo - 0.1 * span, hi + 0.12 * span);
    }

    /**
     * Draws the bars.
     *
     * @param marked the bar to mark (0-based), or −1 for none
     * @param before the marked bar's value before the step (read only for the marked bar)
     */
    static void draw(OverlayPen pen, int p, IntToDoubleFunction coef, IntFunction<String> name, int marked,
                     double before) {
        PlotTransform t = pen.transform();
        double half = Math.max(0.5, 0.3 * t.width() / (p + 0.2));
        double zero = t.toPixelY(0);
        for (int k = 0; k < p; k++) {
            double value = coef.applyAsDouble(k);
            double top = t.toPixelY(value);
            pen.graphics().setFill(value >= 0 ? ColorMaps.classColor(0) : ColorMaps.classColor(3));
            pen.graphics().fillRect(t.toPixelX(k + 1) - half, Math.min(zero, top), 2 * half, Math.abs(top - zero));
            if (k == marked) {
                pen.graphics().setStroke(pen.ink());
                pen.graphics().setLineWidth(3 * pen.scale());
                pen.graphics().strokeRect(t.toPixelX(k + 1) - half, Math.min(zero, top), 2 * half,
                        Math.max(Math.abs(top - zero), 1));
                double w = 1.3 * half / Math.max(1e-9, t.width() / (t.domain().width()));
                pen.dashedSegment(k + 1 - w, before, k + 1 + w, before, pen.ink(), 2);
            }
        }
        pen.segment(0.4, 0, p + 0.6, 0, pen.ink(), 1);
        for (int k = 0; p <= 12 && k < p; k++) {
            pen.label(k + 1 - 0.3, Math.max(coef.applyAsDouble(k), 0), name.apply(k), pen.ink(), 13);
        }
    }
}
