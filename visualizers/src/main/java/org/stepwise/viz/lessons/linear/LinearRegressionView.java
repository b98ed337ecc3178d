package org.stepwise.viz.lessons.linear;

import java.util.Locale;
import javafx.scene.Node;
import org.stepwise.algo.Domain;
import org.stepwise.algo.linear.LinearRegressionSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.DraftDrawing;
import org.stepwise.viz.lesson.EditablePoints;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.view.CurvePlotView;
import org.stepwise.viz.view.OverlayPen;
import org.stepwise.viz.view.PointEditListener;
import org.stepwise.viz.view.SecondaryViews;

/**
 * One feature: the points, the fitted line or polynomial, each point's residual, and a dashed
 * ghost of the curve before the step. More features: each point's prediction against its actual
 * value, with the diagonal ŷ = y where a perfect fit would put them. The fitted equation and the
 * MSE are written in the plot's corner. Beside it, the learner's pick of the MSE bowl with the
 * run's path, the residuals against the fitted values, or their normal Q-Q plot
 * ({@link DiagnosticPlots}).
 */
final class LinearRegressionView implements LessonView<LinearRegressionSnapshot>, EditablePoints, DraftDrawing {

    private final CurvePlotView view = new CurvePlotView();
    private final DiagnosticPlots side = new DiagnosticPlots();
    private final SecondaryViews pane = new SecondaryViews(view, side.node());
    private Dataset shownData;
    private double[] actual = new double[0];
    private double[] predicted = new double[0];
    private double[] rows = new double[0];

    LinearRegressionView() {
        view.setResiduals(true);
    }

    @Override
    public Node node() { return pane; }

    @Override
    public void show(LinearRegressionSnapshot snapshot, Dataset data) {
        view.change(() -> draw(snapshot, data));
        side.show(snapshot, actual, predicted);
    }

    private void draw(LinearRegressionSnapshot snapshot, Dataset data) {
        boolean oneFeature = data.featureCount() == 1;
        boolean newData = data != shownData;
        int d = data.featureCount();
        if (newData) {
            shownData = data;
            view.setEditable(oneFeature);
            actual = data.targets();
            predicted = new double[data.size()];
            rows = data.featuresRowMajor();
            view.setHeldOut(data.heldOutCount() > 0 ? data.heldOutMask() : null);
            if (oneFeature) {
                view.setPoints(rows, actual, data.featureNames().get(0), data.targetName());
            }
        }
        for (int i = 0; i < predicted.length; i++) {
            predicted[i] = snapshot.predict(rows, i * d);
        }
        view.setOverlay(pen -> caption(pen, snapshot, oneFeature));
        if (oneFeature) {
            view.setCurves(snapshot::predict, snapshot.step() > 0 ? snapshot::predictBefore : null);
            return;
        }
        // The diagonal ŷ = y: a point's residual is its vertical distance to it.
        view.setCurves(x -> x, null);
        view.setPoints(actual, predicted, "actual " + data.targetName(), "predicted " + data.targetName());
        if (newData) {
            // Equal ranges on both axes, so the diagonal runs corner to corner and a perfect fit lies on it.
            double low = Double.POSITIVE_INFINITY;
            double high = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < actual.length; i++) {
                low = Math.min(low, Math.min(actual[i], predicted[i]));
                high = Math.max(high, Math.max(actual[i], predicted[i]));
            }
            double margin = Math.max(high - low, 1e-9) * 0.08;
            view.setDomain(new Domain(low - margin, high + margin, low - margin, high + margin));
        }
    }

    /** "ŷ = 1.03 + 2.04·x" (or the number of columns) and the MSE, in the plot's top-left corner. */
    private static void caption(OverlayPen pen, LinearRegressionSnapshot snapshot, boolean oneFeature) {
        String model = oneFeature ? equation(snapshot)
                : String.format(Locale.ROOT, "ŷ from %d columns (degree %d)", snapshot.columnCount(), snapshot.degree());
        pen.caption(17, model, String.format(Locale.ROOT, "MSE %.4g   R² %.3f", snapshot.mse(), snapshot.r2()));
    }

    /** ŷ = β₀ + β₁x + β₂x² ..., at most four terms written out. */
    static String equation(LinearRegressionSnapshot snapshot) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "ŷ = %.3g", snapshot.intercept()));
        int shown = Math.min(snapshot.columnCount(), 4);
        for (int k = 0; k < shown; k++) {
            double c = snapshot.coef(k);
            text.append(c < 0 ? " − " : " + ").append(String.format(Locale.ROOT, "%.3g", Math.abs(c)))
                    .append('·').append(powers(snapshot.columnNames().get(k)));
        }
        if (snapshot.columnCount() > shown) {
            text.append(" + …");
        }
        return text.toString();
    }

    /** "x^2" as "x²": PolynomialFeatures' names with superscript powers, for the plots. */
    static String powers(String column) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < column.length(); i++) {
            char c = column.charAt(i);
            if (c == '^') {
                continue;
            }
            boolean power = Character.isDigit(c) && column.lastIndexOf('^', i) >= 0
                    && column.substring(column.lastIndexOf('^', i) + 1, i + 1).chars().allMatch(Character::isDigit);
            text.append(power ? "⁰¹²³⁴⁵⁶⁷⁸⁹".charAt(c - '0') : c);
        }
        return text.toString();
    }

    @Override
    public void setDark(boolean dark) {
        view.setDark(dark);
        side.setDark(dark);
    }

    @Override
    public void setPointEditListener(PointEditListener listener) { view.setPointEditListener(listener); }

    @Override
    public void setDraft(boolean draft) { side.setDraft(draft); }

    @Override
    public void drawNow() { side.drawNow(); }

    /** The underlying plot, for tests. */
    CurvePlotView plot() { return view; }

    /** The plots beside it, for tests. */
    DiagnosticPlots side() { return side; }
}
