package org.stepwise.viz.lessons.linear;

import java.util.Arrays;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.stepwise.algo.Domain;
import org.stepwise.algo.StepResult;
import org.stepwise.algo.linear.LinearRegressionSnapshot;
import org.stepwise.algo.evaluation.NormalQuantile;
import org.stepwise.algo.linear.MseBowl;
import org.stepwise.viz.view.PlotInk;
import org.stepwise.viz.view.SurfaceMap;
import org.stepwise.viz.view.ContourPathView;
import org.stepwise.viz.view.BarView;
import org.stepwise.viz.view.PlotView;
import org.stepwise.viz.view.XYChartView;

/**
 * The plot beside the data, one at a time as the learner picks it: the MSE bowl over (β₀, β₁)
 * with the path the run took down it (a straight line on one feature only), the residuals
 * against the fitted values (a pattern there is a missing term), or the normal Q-Q plot of the
 * standardized residuals (points off the diagonal: errors that are not normal), or the
 * coefficients as bars (blue above zero, vermillion below). Only the plot shown is drawn.
 */
final class DiagnosticPlots {

    /** Standardized residuals and normal quantiles mostly lie within this. */
    private static final Domain QQ_DOMAIN = new Domain(-3.2, 3.2, -3.2, 3.2);

    private final ContourPathView bowl = new ContourPathView();
    private final XYChartView residuals = new XYChartView();
    private final XYChartView qq = new XYChartView();
    private final BarView coefficients = BarView.named();
    private final ToggleGroup choice = new ToggleGroup();
    private final ToggleButton bowlButton = button("MSE bowl", bowl);
    private final ToggleButton residualsButton = button("Residuals", residuals);
    private final ToggleButton qqButton = button("Q-Q", qq);
    private final ToggleButton coefficientsButton = button("Coefficients", coefficients);
    private final BorderPane node = new BorderPane();
    private MseBowl shownBowl;
    private List<double[]> bowlMinimum = List.of();
    private LinearRegressionSnapshot snapshot;
    private double[] fitted = new double[0];
    private double[] residualValues = new double[0];
    private double[] sorted = new double[0];
    private double[] quantiles = new double[0];
    private double[] actual = new double[0];

    DiagnosticPlots() {
        bowl.setAxisNames("β₀ (intercept)", "β₁ (slope)");
        bowl.setSurfaceMap(SurfaceMap.muted(false));
        residuals.setCurves(x -> 0, null);
        qq.setCurves(x -> x, null);
        qq.setDomain(QQ_DOMAIN);
        coefficients.setAxisNames("column", "coefficient β");
        // Wrapped, not cut, where the column is narrow and the type large (presentation mode).
        FlowPane buttons = new FlowPane(6, 6, bowlButton, residualsButton, qqButton, coefficientsButton);
        buttons.setPadding(new Insets(0, 0, 6, 8));
        StackPane plots = new StackPane(bowl, residuals, qq, coefficients);
        node.setTop(buttons);
        node.setCenter(plots);
        node.setMinSize(0, 0);
        choice.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
                return;
            }
            for (ToggleButton each : List.of(bowlButton, residualsButton, qqButton, coefficientsButton)) {
                ((Node) each.getUserData()).setVisible(each == now);
            }
            redraw();
        });
        residualsButton.setSelected(true);
        bowlButton.setDisable(true);
    }

    private ToggleButton button(String text, Node plot) {
        ToggleButton button = new ToggleButton(text);
        button.setToggleGroup(choice);
        button.setUserData(plot);
        button.setFocusTraversable(false);
        button.setMinWidth(Region.USE_PREF_SIZE);
        plot.setVisible(false);
        return button;
    }

    Node node() { return node; }

    /**
     * Shows a snapshot's diagnostics, given the data's targets and the snapshot's fitted values
     * (read here, not kept beyond the next call).
     */
    void show(LinearRegressionSnapshot newSnapshot, double[] targets, double[] newFitted) {
        snapshot = newSnapshot;
        actual = targets;
        fitted = newFitted;
        boolean hasBowl = newSnapshot.bowl() != null;
        if (hasBowl != !bowlButton.isDisable()) {
            bowlButton.setDisable(!hasBowl);
            // The bowl is the first thing to watch when there is one; else the residuals.
            (hasBowl ? bowlButton : residualsButton).setSelected(true);
        }
        redraw();
    }

    private void redraw() {
        if (snapshot == null) {
            return;
        }
        if (bowl.isVisible()) {
            showBowl();
        } else if (residuals.isVisible()) {
            residuals.change(() -> {
                residuals.setPoints(fitted, residuals(), "fitted ŷ", "residual y − ŷ");
                if (shrunk(residuals)) {
                    residuals.setDomain(null);
                }
            });
        } else if (qq.isVisible()) {
            qq.setPoints(quantiles(), sorted, "normal quantile", "standardized residual");
        } else {
            showCoefficients();
        }
    }

    /** A bar from 0 to each βₖ at k = 1 .. p, named by its column; the intercept is in the caption. */
    private void showCoefficients() {
        LinearRegressionSnapshot s = snapshot;
        coefficients.setBars(s.columnCount(), s::coef, k -> LinearRegressionView.powers(s.columnNames().get(k)));
    }

    /**
     * Whether the points now fill less than a third of the plot's height or width: fitted anew
     * then (gradient descent shrinks the residuals step by step), not on every frame, so the axes
     * hold still while the points settle.
     */
    private boolean shrunk(XYChartView plot) {
        Domain now = plot.domain();
        Domain needed = XYChartView.domainOf(fitted, residualValues);
        return needed.height() < now.height() / 3 || needed.width() < now.width() / 3;
    }

    private double[] residuals() {
        if (residualValues.length != fitted.length) {
            residualValues = new double[fitted.length];
        }
        for (int i = 0; i < fitted.length; i++) {
            residualValues[i] = actual[i] - fitted[i];
        }
        return residualValues;
    }

    /** Sorts the standardized residuals into {@link #sorted}; returns the normal quantiles at (i − ½)/n. */
    private double[] quantiles() {
        int n = fitted.length;
        double[] r = residuals();
        if (sorted.length != n) {
            sorted = new double[n];
            quantiles = new double[n];
            for (int i = 0; i < n; i++) {
                quantiles[i] = NormalQuantile.of((i + 0.5) / n);
            }
        }
        double mean = 0;
        for (double v : r) {
            mean += v;
        }
        mean /= n;
        double squares = 0;
        for (double v : r) {
            squares += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(squares / Math.max(1, n - 1));
        for (int i = 0; i < n; i++) {
            sorted[i] = sd > 0 ? (r[i] - mean) / sd : 0;
        }
        Arrays.sort(sorted);
        return quantiles;
    }

    private void showBowl() {
        MseBowl surface = snapshot.bowl();
        if (surface == null) {
            return;
        }
        if (surface != shownBowl) {
            shownBowl = surface;
            bowlMinimum = List.of(surface.minimum());
        }
        bowl.show(surface, bowlMinimum, List.of(new CoefficientPathOf(snapshot)));
    }

    void setDark(boolean dark) {
        bowl.setInk(PlotInk.ink(dark));
        // The race's muted surface: the path stands out on it in either theme (viridis stayed bright on dark).
        bowl.setSurfaceMap(SurfaceMap.muted(dark));
        for (PlotView plot : List.of(residuals, qq, coefficients)) {
            plot.setDark(dark);
        }
    }

    void setDraft(boolean draft) { bowl.setDraft(draft); }

    void drawNow() { bowl.drawNow(); }

    /** Which plot is shown (tests): "bowl", "residuals", "qq" or "coefficients". */
    String shown() {
        return bowl.isVisible() ? "bowl" : residuals.isVisible() ? "residuals" : qq.isVisible() ? "qq" : "coefficients";
    }

    void choose(String plot) {
        (switch (plot) {
            case "bowl" -> bowlButton;
            case "qq" -> qqButton;
            case "coefficients" -> coefficientsButton;
            default -> residualsButton;
        }).setSelected(true);
    }

    BarView coefficientPlot() { return coefficients; }

    XYChartView residualPlot() { return residuals; }

    XYChartView qqPlot() { return qq; }

    ContourPathView bowlView() { return bowl; }

    /** The run's (β₀, β₁) path as the contour view reads it; the arrow points down the bowl at the last point. */
    private static final class CoefficientPathOf implements ContourPathView.Path {
        private final LinearRegressionSnapshot snapshot;
        private final double[] gradient = new double[2];

        CoefficientPathOf(LinearRegressionSnapshot snapshot) {
            this.snapshot = snapshot;
            snapshot.bowl().gradient(snapshot.intercept(), snapshot.coef(0), gradient);
        }

        @Override public String name() { return snapshot.isNormal() ? "QR step" : "GD path"; }

        @Override public int colorIndex() { return 3; }

        @Override public int length() { return snapshot.pathLength(); }

        @Override public double x(int index) { return snapshot.pathIntercept(index); }

        @Override public double y(int index) { return snapshot.pathSlope(index); }

        @Override public double gradientX() { return gradient[0]; }

        @Override public double gradientY() { return gradient[1]; }

        @Override
        public boolean diverged() {
            return snapshot.status().status() == StepResult.Status.STOPPED
                    && snapshot.status().reason().startsWith("the loss diverged");
        }
    }
}
