package org.stepwise.viz.lessons.linear;

import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.stepwise.algo.Domain;
import org.stepwise.algo.linear.LeastSquaresBowl;
import org.stepwise.algo.linear.RegularizationSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.DraftDrawing;
import org.stepwise.viz.lesson.EditablePoints;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.view.BarView;
import org.stepwise.viz.view.PlotInk;
import org.stepwise.viz.view.SurfaceMap;
import org.stepwise.viz.view.PlotView;
import org.stepwise.viz.view.SecondaryViews;
import org.stepwise.viz.view.ContourPathView;
import org.stepwise.viz.view.CurvePlotView;
import org.stepwise.viz.view.OverlayPen;
import org.stepwise.viz.view.PointEditListener;

/**
 * Left, by the number of features: one, the points with the fitted line and a dashed ghost of the
 * line before the step; two, the contours of the data term ‖y − Xw‖²/(2n) over (w₁, w₂) with the
 * coordinate-descent staircase from (0, 0), the least-squares point starred and the penalty's
 * region through the current w (lasso's diamond, ridge's circle: {@link PenaltyRegion}); more,
 * each point's prediction against its value. Right: the coefficients as bars, the one the step
 * updated outlined with a dashed mark at its value before; below them the regularization path,
 * each coefficient against log α, with this run's coefficients as dots at its α
 * ({@link CoefficientPathPlot}).
 */
final class RegularizationView implements LessonView<RegularizationSnapshot>, EditablePoints, DraftDrawing {

    private final CurvePlotView data = new CurvePlotView();
    private final ContourPathView contours = new ContourPathView();
    private final PenaltyRegion region = new PenaltyRegion();
    private final BarView bars = BarView.named();
    private final CoefficientPathPlot path = new CoefficientPathPlot();
    /** The data, or the contours with the penalty's region over them. */
    private final Pane main = new Pane(data, contours, region.canvas()) {
        @Override
        protected void layoutChildren() {
            data.resizeRelocate(0, 0, getWidth(), getHeight());
            contours.resizeRelocate(0, 0, getWidth(), getHeight());
            region.canvas().relocate(0, 0);
            region.canvas().setWidth(getWidth());
            region.canvas().setHeight(getHeight());
            // The contour view lays itself out (its transform) before the region is drawn over it.
            contours.layout();
            drawRegion();
        }
    };
    /** The bars above, the path against log α below. */
    private final SecondaryViews pane = new SecondaryViews(main, bars, path.plot());
    private Dataset shownData;
    private RegularizationSnapshot shown;
    private double[] actual = new double[0];
    private double[] predicted = new double[0];
    private double[] rows = new double[0];
    private double barLow;
    private double barHigh;
    private Color ink = PlotInk.LIGHT_INK;

    RegularizationView() {
        data.setResiduals(true);
        contours.setSurfaceMap(SurfaceMap.muted(false));
        contours.setVisible(false);
        region.canvas().setVisible(false);
        bars.setAxisNames("feature", "coefficient w");
        main.setMinSize(0, 0);
    }

    @Override
    public Node node() { return pane; }

    @Override
    public void show(RegularizationSnapshot snapshot, Dataset dataset) {
        shown = snapshot;
        boolean newData = dataset != shownData;
        LeastSquaresBowl bowl = snapshot.bowl();
        contours.setVisible(bowl != null);
        region.canvas().setVisible(bowl != null);
        data.setVisible(bowl == null);
        if (bowl != null) {
            contours.setAxisNames("w₁ (" + snapshot.featureNames().get(0) + ")", "w₂ (" + snapshot.featureNames().get(1) + ")");
            contours.show(bowl, List.of(bowl.minimum()), List.of(new CoefficientStaircase(snapshot)));
            drawRegion();
            shownData = dataset;
        } else {
            data.change(() -> drawData(snapshot, dataset, newData));
        }
        showBars(snapshot, newData);
        path.show(snapshot, dataset);
    }

    private void drawRegion() {
        RegularizationSnapshot s = shown;
        if (s == null || s.bowl() == null) {
            return;
        }
        double w1 = s.coef(0);
        double w2 = s.coef(1);
        String label = switch (s.penalty()) {
            case "ridge" -> String.format(Locale.ROOT, "%s: ‖w‖₂ = %.3g", penaltyName(s), Math.hypot(w1, w2));
            case "lasso" -> String.format(Locale.ROOT, "%s: ‖w‖₁ = %.3g", penaltyName(s), Math.abs(w1) + Math.abs(w2));
            default -> penaltyName(s) + ": its region";
        };
        region.draw(contours.transform(), s.l1Ratio(), s.coef(0), s.coef(1), label, ink, 1);
    }

    private void drawData(RegularizationSnapshot snapshot, Dataset dataset, boolean newData) {
        int d = dataset.featureCount();
        boolean oneFeature = d == 1;
        if (newData) {
            shownData = dataset;
            data.setEditable(oneFeature);
            actual = dataset.targets();
            predicted = new double[dataset.size()];
            rows = dataset.featuresRowMajor();
            data.setHeldOut(dataset.heldOutCount() > 0 ? dataset.heldOutMask() : null);
            if (oneFeature) {
                data.setPoints(rows, actual, dataset.featureNames().get(0), dataset.targetName());
            }
        }
        for (int i = 0; i < predicted.length; i++) {
            predicted[i] = snapshot.predict(rows, i * d);
        }
        data.setOverlay(pen -> caption(pen, snapshot, oneFeature));
        if (oneFeature) {
            data.setCurves(snapshot::predict, snapshot.step() > 0 ? snapshot::predictBefore : null);
            return;
        }
        // The diagonal ŷ = y, on equal ranges: a perfect fit puts every point on it.
        data.setCurves(x -> x, null);
        data.setPoints(actual, predicted, "actual " + dataset.targetName(), "predicted " + dataset.targetName());
        if (newData) {
            Domain domain = CurvePlotView.domainOf(actual, actual);
            data.setDomain(new Domain(domain.xMin(), domain.xMax(), domain.xMin(), domain.xMax()));
        }
    }

    /** Bars on axes that widen as the coefficients grow and hold still otherwise; anew for new data. */
    private void showBars(RegularizationSnapshot s, boolean newData) {
        int p = s.featureCount();
        double low = 0;
        double high = 0;
        for (int j = 0; j < p; j++) {
            low = Math.min(low, Math.min(s.coef(j), s.previousCoef(j)));
            high = Math.max(high, Math.max(s.coef(j), s.previousCoef(j)));
        }
        boolean shrunk = (high - low) < (barHigh - barLow) / 3;
        if (newData || s.step() == 0 || shrunk || low < barLow || high > barHigh) {
            barLow = low;
            barHigh = high;
        }
        Domain bare = BarView.domain(p, barLow, barHigh);
        // Room above the bars for the title.
        Domain domain = new Domain(bare.xMin(), bare.xMax(), bare.yMin(), bare.yMax() + 0.25 * bare.height());
        int marked = s.updated();
        double before = marked >= 0 ? s.previousCoef(marked) : 0;
        bars.change(() -> {
            bars.setDomain(domain);
            bars.setBars(p, s::coef, k -> s.featureNames().get(k));
            bars.setMarked(marked, before);
            bars.setOverlay(pen -> {
                String title = marked >= 0 ? "updated: " + s.featureNames().get(marked)
                        : s.step() > 0 ? "all at once (closed form)" : "w = 0 at the start";
                text(pen, List.of(title), pen.transform().left() + 12 * pen.scale());
            });
        });
    }

    static String penaltyName(RegularizationSnapshot s) {
        String alpha = number(s.alpha());
        return switch (s.penalty()) {
            case "ridge" -> "Ridge (L2), α = " + alpha;
            case "lasso" -> "Lasso (L1), α = " + alpha;
            default -> "Elastic net, α = " + alpha + ", l1Ratio = " + number(s.l1Ratio());
        };
    }

    /** 0.1 rather than 0.1000: the number as the learner typed it. */
    static String number(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static void caption(OverlayPen pen, RegularizationSnapshot s, boolean oneFeature) {
        String model = oneFeature
                ? String.format(Locale.ROOT, "ŷ = %.3g %s %.3g·%s", s.intercept(), s.coef(0) < 0 ? "−" : "+",
                        Math.abs(s.coef(0)), s.featureNames().get(0))
                : String.format(Locale.ROOT, "ŷ from %d features, %d at zero", s.featureCount(), zeros(s));
        String fit = String.format(Locale.ROOT, "R² %.3f   n_iter %d", s.r2(), s.nIter());
        text(pen, List.of(penaltyName(s), model, fit), pen.transform().left() + 12 * pen.scale());
    }

    private static int zeros(RegularizationSnapshot s) {
        int count = 0;
        for (int j = 0; j < s.featureCount(); j++) {
            count += s.coef(j) == 0 ? 1 : 0;
        }
        return count;
    }

    /** Lines of bold text with a halo, from the plot's top-left corner. */
    private static void text(OverlayPen pen, List<String> lines, double x) {
        GraphicsContext g = pen.graphics();
        double size = 17 * pen.scale();
        g.setFont(Font.font(null, FontWeight.BOLD, size));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        Color halo = PlotInk.halo(pen.ink());
        double y = pen.transform().top() + 10 * pen.scale();
        for (String line : lines) {
            org.stepwise.viz.view.TextPlates.write(g, line, x, y, pen.ink(), halo, 4 * pen.scale());
            y += size * 1.35;
        }
    }

    @Override
    public void setDark(boolean dark) {
        ink = PlotInk.ink(dark);
        for (PlotView plot : List.of(data, bars, path.plot())) {
            plot.setDark(dark);
        }
        contours.setInk(ink);
        // The race's muted surface: the staircase and the penalty region stand out on it in either theme.
        contours.setSurfaceMap(SurfaceMap.muted(dark));
        drawRegion();
    }

    @Override
    public void setPointEditListener(PointEditListener listener) { data.setPointEditListener(listener); }

    @Override
    public void setDraft(boolean draft) { contours.setDraft(draft); }

    @Override
    public void drawNow() {
        path.drawNow();
        if (contours.isVisible()) {
            contours.drawNow();
            drawRegion();
        }
    }

    CurvePlotView dataPlot() { return data; }

    BarView barPlot() { return bars; }

    ContourPathView contourPlot() { return contours; }

    CoefficientPathPlot pathPlot() { return path; }

    /** The coefficients visited, as the contour view reads them; the arrow points down the data term. */
    private static final class CoefficientStaircase implements ContourPathView.Path {
        private final RegularizationSnapshot snapshot;
        private final double[] gradient = new double[2];

        CoefficientStaircase(RegularizationSnapshot snapshot) {
            this.snapshot = snapshot;
            snapshot.bowl().gradient(snapshot.coef(0), snapshot.coef(1), gradient);
        }

        @Override public String name() { return snapshot.penalty().equals("ridge") ? "closed form" : "coordinate descent"; }

        @Override public int colorIndex() { return 3; }

        @Override public int length() { return snapshot.pathLength(); }

        @Override public double x(int index) { return snapshot.pathW1(index); }

        @Override public double y(int index) { return snapshot.pathW2(index); }

        @Override public double gradientX() { return gradient[0]; }

        @Override public double gradientY() { return gradient[1]; }

        @Override public boolean diverged() { return false; }
    }
}
