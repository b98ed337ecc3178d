package org.stepwise.viz.lessons.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.stepwise.algo.Domain;
import org.stepwise.algo.evaluation.ModelCurves;
import org.stepwise.algo.evaluation.OperatingPoint;
import org.stepwise.algo.evaluation.RocPrSnapshot;
import org.stepwise.viz.view.ColorMaps;
import org.stepwise.viz.view.OverlayPen;
import org.stepwise.viz.view.XYChartView;

/**
 * One of the ROC or precision–recall plots: each classifier's whole curve faint (the base canvas,
 * drawn once per run), and on the top canvas, redrawn each step, the part traced so far (the
 * curve's points at thresholds of at least t) in the classifier's colour, the current point ringed,
 * the line of a classifier that guesses (the ROC diagonal; the positive rows' share on the
 * precision–recall plot), and each classifier's area. The precision–recall curve is drawn as
 * scikit-learn's {@code PrecisionRecallDisplay} draws it, in steps, so that the area under the
 * steps is the average precision.
 */
final class TracedCurvePlot {

    enum Kind { ROC, PRECISION_RECALL }

    static final Color FIRST = ColorMaps.classColor(0);
    static final Color SECOND = ColorMaps.classColor(1);

    private final Kind kind;
    private final XYChartView view = new XYChartView();
    private ModelCurves shownFirst;
    private ModelCurves shownSecond;
    private CurvePolyline first;
    private CurvePolyline second;

    TracedCurvePlot(Kind kind) {
        this.kind = kind;
        if (kind == Kind.ROC) {
            view.setPoints(new double[0], new double[0], "false-positive rate FPR = FP/N · drag the point", "true-positive rate TPR = TP/P");
        } else {
            view.setPoints(new double[0], new double[0], "recall = TP/P · drag the point", "precision = TP/(TP+FP)");
        }
        view.setDomain(new Domain(-0.02, 1.02, -0.02, 1.04));
    }

    Node node() { return view; }

    XYChartView plot() { return view; }

    void setDark(boolean dark) { view.setDark(dark); }

    /**
     * Where the learner puts the threshold on this plot: at the first classifier's curve point
     * nearest the pointer (snapped to the curve, the threshold that makes that point); the arrow
     * keys move it to the next distinct score, so the point moves along the curve one row's worth.
     */
    ThresholdDrag.Target target() {
        return new ThresholdDrag.Target() {
            @Override
            public double thresholdAt(double x, double y) {
                return first == null || view.transform() == null ? Double.NaN : first.thresholdOf(nearestPoint(x, y));
            }

            @Override
            public double next(double t, int direction) {
                return first == null ? t : nextScore(first.curves().precisionRecall().thresholds(), t, direction);
            }
        };
    }

    /** Of the first classifier's curve points (not the steps' corners), the nearest to the pixel (x, y). */
    private int nearestPoint(double x, double y) {
        var t = view.transform();
        int best = 0;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int i = 0; i < first.xs().length; i++) {
            if (Double.isNaN(first.thresholdOf(i))) {
                continue;
            }
            double dx = t.toPixelX(first.xs()[i]) - x;
            double dy = t.toPixelY(first.ys()[i]) - y;
            if (dx * dx + dy * dy < bestDistance) {
                bestDistance = dx * dx + dy * dy;
                best = i;
            }
        }
        return best;
    }

    /**
     * The distinct score next to t among {@code ascending}: the highest below t (lowering the threshold
     * moves the point right on both plots) or the lowest above it, 1 past the highest; t at the end.
     */
    static double nextScore(double[] ascending, double t, int direction) {
        int below = 0;
        while (below < ascending.length && ascending[below] < t) {
            below++;
        }
        if (direction > 0) {
            return below == 0 ? t : ascending[below - 1];
        }
        int above = below < ascending.length && ascending[below] == t ? below + 1 : below;
        return above < ascending.length ? ascending[above] : Math.max(t, 1.0);
    }

    /** The polylines shown (tests): the first classifier's, then the compared one's when there is one. */
    List<CurvePolyline> polylines() { return second == null ? List.of(first) : List.of(first, second); }

    void show(RocPrSnapshot s) {
        view.change(() -> {
            ModelCurves compared = s.comparedCurves().orElse(null);
            if (s.curves() != shownFirst || compared != shownSecond) {
                shownFirst = s.curves();
                shownSecond = compared;
                first = CurvePolyline.of(kind, shownFirst);
                second = compared == null ? null : CurvePolyline.of(kind, compared);
                List<XYChartView.Line> whole = new ArrayList<>(2);
                for (CurvePolyline line : polylines()) {
                    Color faint = (line == first ? FIRST : SECOND).deriveColor(0, 1, 1, 0.35);
                    whole.add(new XYChartView.Line(line.xs(), line.ys(), line.xs().length, faint, 2, ""));
                }
                view.setLines(whole);
            }
            view.setOverlay(pen -> draw(pen, s));
        });
    }

    private void draw(OverlayPen pen, RocPrSnapshot s) {
        drawChance(pen, s);
        if (second != null) {
            drawTraced(pen, second, s.comparedPoint().orElseThrow(), SECOND, s.threshold());
        }
        drawTraced(pen, first, s.point(), FIRST, s.threshold());
        if (kind == Kind.ROC) {
            OperatingPoint p = s.point();
            pen.label(x(p), y(p), String.format(Locale.ROOT, "t = %.2f", s.threshold()), pen.ink(), 14);
        }
        drawAreas(pen, s);
    }

    /** The traced part, joined to the current point (on the ROC curve it may lie inside a dropped segment). */
    private void drawTraced(OverlayPen pen, CurvePolyline line, OperatingPoint p, Color color, double t) {
        int count = line.tracedCount(t);
        pen.path(line.xs(), line.ys(), count, color, 4);
        pen.segment(line.xs()[count - 1], line.ys()[count - 1], x(p), y(p), color, 4);
        pen.dot(x(p), y(p), 8, color);
    }

    private double x(OperatingPoint p) { return kind == Kind.ROC ? p.fpr() : p.recall(); }

    /** The point's height; with nothing predicted positive, the precision–recall curve's start (0, 1). */
    private double y(OperatingPoint p) {
        if (kind == Kind.ROC) {
            return p.tpr();
        }
        return p.precision().isWellDefined() ? p.precision().value() : 1.0;
    }

    private void drawChance(OverlayPen pen, RocPrSnapshot s) {
        Color faint = pen.ink().deriveColor(0, 1, 1, 0.55);
        if (kind == Kind.ROC) {
            pen.dashedSegment(0, 0, 1, 1, faint, 1.5);
            pen.label(0.62, 0.55, "guessing", faint, 12);
        } else {
            OperatingPoint p = s.point();
            double prevalence = p.positives() / (p.positives() + p.negatives());
            pen.dashedSegment(0, prevalence, 1, prevalence, faint, 1.5);
            pen.label(0.6, prevalence, "guessing: P/n", faint, 12);
        }
    }

    /**
     * Each classifier's name and area, in its colour, low in the plot where neither curve goes:
     * against the right edge on the ROC plot (the curves run up its left side), the left edge on
     * the precision–recall plot (they run along its top).
     */
    private void drawAreas(OverlayPen pen, RocPrSnapshot s) {
        boolean right = kind == Kind.ROC;
        pen.graphics().setTextAlign(right ? TextAlignment.RIGHT : TextAlignment.LEFT);
        // A label starts 8 px right of its point: pull the right-aligned ones back by as much.
        double x = right ? pen.transform().toDataX(pen.transform().toPixelX(1.0) - 10 * pen.scale()) : 0.0;
        pen.label(x, 0.12, area(s.curves()), FIRST, 14);
        s.comparedCurves().ifPresent(c -> pen.label(x, 0.03, area(c), SECOND, 14));
        pen.graphics().setTextAlign(TextAlignment.LEFT);
    }

    private String area(ModelCurves c) {
        return kind == Kind.ROC ? String.format(Locale.ROOT, "%s  AUC %.3f", c.name(), c.rocAuc())
                : String.format(Locale.ROOT, "%s  AP %.3f", c.name(), c.averagePrecision());
    }
}
