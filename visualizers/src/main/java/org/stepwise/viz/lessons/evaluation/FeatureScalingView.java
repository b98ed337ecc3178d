package org.stepwise.viz.lessons.evaluation;

import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.layout.GridPane;
import org.stepwise.algo.Domain;
import org.stepwise.algo.evaluation.FeatureScalingSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.view.ContourPathView;
import org.stepwise.viz.view.DecisionBoundaryView;
import org.stepwise.viz.view.OverlayPen;
import org.stepwise.viz.view.PathData;
import org.stepwise.viz.view.XYChartView;

/**
 * The feature-scaling lesson's picture: k-NN's regions over the rows in the columns as the scaler
 * applied last leaves them, and beside it gradient descent's path on the linear
 * model's loss contours ({@link ContourPathView}: long thin ellipses unscaled, nearly round after)
 * and each column's spread ({@link ColumnSpread}). Each step is a new scaler, so each redraws all
 * three, once.
 */
final class FeatureScalingView implements LessonView<FeatureScalingSnapshot> {

    private final DecisionBoundaryView boundary = new DecisionBoundaryView();
    private final ContourPathView contours = new ContourPathView();
    private final ColumnSpread spread = new ColumnSpread();
    /**
     * Three plots side by side (not {@code SecondaryViews}' column beside the main view, which at a
     * projector's 1024 × 768 in presentation mode moves under it and leaves the contours a thumbnail):
     * each keeps the whole height, the boundary the widest share.
     */
    private final GridPane pane = SideBySide.of(new double[] {40, 31, 29}, boundary, contours, spread.node());
    private FeatureScalingSnapshot shown;

    FeatureScalingView() {
        contours.setLegendInPlot(false);
    }

    @Override
    public Node node() { return pane; }

    @Override
    public void show(FeatureScalingSnapshot s, Dataset data) {
        if (s == shown) {
            return;
        }
        shown = s;
        Dataset scaled = s.scaledData();
        boundary.change(() -> {
            boundary.setData(scaled);
            boundary.setDomain(domainOf(scaled));
            boundary.setModel(s.model());
            boundary.setOverlay(pen -> caption(pen, s));
        });
        List<String> names = data.featureNames();
        contours.change(() -> {
            contours.setAxisNames("w₁ (" + names.get(0) + ")", "w₂ (" + names.get(1) + ")");
            if (s.bowl() == null) {
                contours.show(null, List.of(), List.of());
            } else {
                contours.show(s.bowl(), List.of(s.bowlMinimum()), List.of(path(s)));
            }
            contours.setOverlay(pen -> descentCaption(pen, s));
        });
        spread.show(scaled);
    }

    private static Domain domainOf(Dataset data) {
        double[] xs = new double[data.size()];
        double[] ys = new double[data.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = data.feature(i, 0);
            ys[i] = data.feature(i, 1);
        }
        return XYChartView.domainOf(xs, ys);
    }

    private static PathData path(FeatureScalingSnapshot s) {
        int n = s.pathLength();
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = s.pathX(i);
            ys[i] = s.pathY(i);
        }
        // At convergence the gradient left is rounding noise: no arrow for it.
        boolean done = s.descentConverged();
        return new PathData("GD", 0, xs, ys, done ? 0 : s.endGradient(0), done ? 0 : s.endGradient(1), false);
    }

    private static void caption(OverlayPen pen, FeatureScalingSnapshot s) {
        if (!s.applied()) {
            pen.caption(15, "the columns as given", "step: fit k-NN (k = " + s.nNeighbors() + ") on them");
            return;
        }
        int i = FeatureScalingSnapshot.scalerNames().indexOf(s.scaler());
        pen.caption(15, s.scalerTitle() + ": k-NN, k = " + s.nNeighbors(), String.format(Locale.ROOT,
                "5-fold accuracy %.3f", s.accuracy(i)));
    }

    private static void descentCaption(OverlayPen pen, FeatureScalingSnapshot s) {
        if (!s.applied()) {
            pen.caption(15, "gradient descent:", "after the first step");
            return;
        }
        if (s.bowl() == null) {
            pen.caption(15, "no single bottom:", "a constant column");
            return;
        }
        int i = FeatureScalingSnapshot.scalerNames().indexOf(s.scaler());
        pen.caption(15, String.format(Locale.ROOT, "%s%,.0f GD steps", s.descentConverged() ? "" : "over ",
                s.gdSteps(i)), "κ = " + condition(s.scalar("condition_number")));
    }

    private static String condition(double kappa) {
        return kappa < 100 ? String.format(Locale.ROOT, "%.2f", kappa) : String.format(Locale.ROOT, "%,.0f", kappa);
    }

    @Override
    public void setDark(boolean dark) {
        boundary.setDark(dark);
        contours.setDark(dark);
        spread.setDark(dark);
    }

    @Override
    public void drawNow() {
        boundary.drawNow();
        contours.drawNow();
        spread.plot().drawNow();
    }

    /** The parts, for tests. */
    DecisionBoundaryView boundary() { return boundary; }

    ContourPathView contours() { return contours; }

    ColumnSpread spread() { return spread; }
}
