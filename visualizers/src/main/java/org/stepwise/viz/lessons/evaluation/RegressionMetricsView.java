package org.stepwise.viz.lessons.evaluation;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.RowConstraints;
import org.stepwise.algo.evaluation.RegressionMetricsSnapshot;
import org.stepwise.algo.linear.LinearRegressionSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.EditablePoints;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.view.CurvePlotView;
import org.stepwise.viz.view.MetricTableView;
import org.stepwise.viz.view.OverlayPen;
import org.stepwise.viz.view.PointEditListener;

/**
 * The regression-metrics lesson's picture: the data with the fitted line, each point's residual
 * and the outlier ringed (the learner drags any point: the data picker makes new data and every
 * metric and plot follows in the same frame), the line before any move dashed beneath a refitted
 * one; beside it the table of every metric with its formula and sums ({@link RegressionMetricLines});
 * below, the residuals against the fitted values, their histogram and their Q-Q plot
 * ({@link ResidualPlots}).
 */
final class RegressionMetricsView implements LessonView<RegressionMetricsSnapshot>, EditablePoints {

    private final CurvePlotView plot = new CurvePlotView();
    private final ResidualPlots residuals = new ResidualPlots();
    private final MetricTableView table = new MetricTableView();
    private final GridPane pane = new GridPane();
    private double[] xs = new double[0];
    private double[] ys = new double[0];

    RegressionMetricsView() {
        plot.setResiduals(true);
        plot.setEditable(true);
        // Six sixths: the data and the table half each above, the three residual plots a third each below.
        for (int c = 0; c < 6; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / 6);
            pane.getColumnConstraints().add(column);
        }
        RowConstraints upper = new RowConstraints();
        upper.setPercentHeight(60);
        RowConstraints lower = new RowConstraints();
        lower.setPercentHeight(40);
        pane.getRowConstraints().addAll(upper, lower);
        pane.add(plot, 0, 0, 3, 1);
        pane.add(table, 3, 0, 3, 1);
        for (int c = 0; c < 3; c++) {
            pane.add(residuals.views().get(c), 2 * c, 1, 2, 1);
        }
        pane.setMinSize(240, 200);
        pane.setPrefSize(960, 560);
    }

    @Override
    public Node node() { return pane; }

    @Override
    public void show(RegressionMetricsSnapshot s, Dataset data) {
        plot.change(() -> drawData(s, data));
        residuals.show(s);
        table.setTable(String.format(Locale.ROOT, "%d points · move %d · %s · r = y − ŷ", s.size(), s.step(),
                s.refit() ? "line refitted" : "first line kept"),
                RegressionMetricLines.of(s));
    }

    private void drawData(RegressionMetricsSnapshot s, Dataset data) {
        int n = s.size();
        if (xs.length != n) {
            xs = new double[n];
            ys = new double[n];
        }
        for (int i = 0; i < n; i++) {
            xs[i] = s.x(i);
            ys[i] = s.y(i);
        }
        plot.setPoints(xs, ys, data.featureNames().get(0), data.targetName());
        LinearRegressionSnapshot model = s.model();
        boolean line = model.inputFeatures() == 1;
        // The line before any move, dashed, while a refitted line has moved away from it.
        LinearRegressionSnapshot before = s.firstModel() != model ? s.firstModel() : null;
        plot.setCurves(line ? model::predict : null, line && before != null ? before::predict : null);
        int outlier = s.outlier();
        plot.setOverlay(pen -> caption(pen, s, xs[outlier], ys[outlier]));
    }

    private static void caption(OverlayPen pen, RegressionMetricsSnapshot s, double x, double y) {
        pen.ring(x, y, 12, ResidualPlots.OUTLIER, 3);
        LinearRegressionSnapshot m = s.model();
        String model = m.inputFeatures() == 1
                ? String.format(Locale.ROOT, "ŷ = %.3g %s %.3g·x", m.intercept(), m.coef(0) < 0 ? "−" : "+",
                        Math.abs(m.coef(0)))
                : String.format(Locale.ROOT, "ŷ from %d features", m.inputFeatures());
        // Short lines: the table beside has every metric; the caption must not cover the points.
        pen.caption(17, model, String.format(Locale.ROOT, "MSE %.4g   R² %.3f", s.mse(), s.r2().value()));
    }

    @Override
    public void setDark(boolean dark) {
        plot.setDark(dark);
        residuals.setDark(dark);
        table.setDark(dark);
    }

    @Override
    public void drawNow() {
        plot.drawNow();
        residuals.drawNow();
        table.draw();
    }

    @Override
    public void setPointEditListener(PointEditListener listener) { plot.setPointEditListener(listener); }

    /** The parts, for tests. */
    CurvePlotView plot() { return plot; }

    ResidualPlots residuals() { return residuals; }

    MetricTableView table() { return table; }
}
