package org.stepwise.viz.lessons.evaluation;

import java.util.List;
import java.util.Locale;
import javafx.scene.paint.Color;
import org.stepwise.algo.evaluation.Histogram;
import org.stepwise.algo.evaluation.ProbabilityPlot;
import org.stepwise.algo.evaluation.RegressionMetricsSnapshot;
import org.stepwise.viz.view.BarView;
import org.stepwise.viz.view.ColorMaps;
import org.stepwise.viz.view.OverlayPen;
import org.stepwise.viz.view.PlotView;
import org.stepwise.viz.view.XYChartView;

/**
 * The residual diagnostics of a move, the outlier ringed on each: residuals against the fitted
 * values (a line's errors should scatter evenly about 0), their histogram (ten bins, as
 * {@code np.histogram}) and their normal Q-Q plot (SciPy's {@code probplot}: ordered residuals
 * against normal quantiles, with its least-squares line; a point far off the line is an error
 * the normal law does not expect). The arrays are refilled in place each frame.
 */
final class ResidualPlots {

    /** The outlier's ring: vermillion, as the metric table's warnings. */
    static final Color OUTLIER = ColorMaps.classColor(3);

    private final XYChartView residuals = new XYChartView();
    private final BarView histogram = new BarView();
    private final XYChartView qq = new XYChartView();
    private double[] fitted = new double[0];
    private double[] errors = new double[0];
    private double[] quantiles = new double[0];
    private double[] ordered = new double[0];

    ResidualPlots() {
        residuals.setCurves(x -> 0, null);
    }

    List<PlotView> views() { return List.of(residuals, histogram, qq); }

    void show(RegressionMetricsSnapshot s) {
        int n = s.size();
        if (fitted.length != n) {
            fitted = new double[n];
            errors = new double[n];
            quantiles = new double[n];
            ordered = new double[n];
        }
        ProbabilityPlot plot = s.qq();
        for (int i = 0; i < n; i++) {
            fitted[i] = s.prediction(i);
            errors[i] = s.residual(i);
            quantiles[i] = plot.theoretical(i);
            ordered[i] = plot.ordered(i);
        }
        int outlier = s.outlier();
        double outlierResidual = s.residual(outlier);
        residuals.change(() -> {
            residuals.setPoints(fitted, errors, "fitted ŷ", "residual y − ŷ");
            residuals.setOverlay(pen -> ring(pen, fitted[outlier], errors[outlier]));
        });
        qq.change(() -> {
            qq.setPoints(quantiles, ordered, "normal quantile", "ordered residual");
            qq.setCurves(x -> plot.intercept() + plot.slope() * x, null);
            qq.setOverlay(pen -> {
                ring(pen, plot.theoretical(rankOf(plot, outlierResidual)), outlierResidual);
                pen.caption(14, String.format(Locale.ROOT, "r = %.3f", plot.r()));
            });
        });
        Histogram h = s.histogram();
        int outlierBin = binOf(h, outlierResidual);
        histogram.change(() -> {
            histogram.setAxisNames(String.format(Locale.ROOT, "residual: %d bins, %.3g to %.3g", h.bins(), h.edge(0),
                    h.edge(h.bins())), "count");
            histogram.setBars(h.bins(), h::count, bin -> h.count(bin) > 0 ? String.valueOf(h.count(bin)) : "");
            histogram.setColors(bin -> bin == outlierBin ? OUTLIER : ColorMaps.classColor(0));
        });
    }

    private static void ring(OverlayPen pen, double x, double y) {
        pen.ring(x, y, 11, OUTLIER, 3);
    }

    /** Where the outlier's residual stands among the ordered residuals (the last of equals). */
    private static int rankOf(ProbabilityPlot plot, double residual) {
        int at = 0;
        for (int i = 0; i < plot.size(); i++) {
            if (plot.ordered(i) == residual) {
                at = i;
            }
        }
        return at;
    }

    private static int binOf(Histogram h, double residual) {
        for (int bin = h.bins() - 1; bin > 0; bin--) {
            if (residual >= h.edge(bin)) {
                return bin;
            }
        }
        return 0;
    }

    void setDark(boolean dark) {
        for (PlotView view : views()) {
            view.setDark(dark);
        }
    }

    void drawNow() {
        for (PlotView view : views()) {
            view.drawNow();
        }
    }

    XYChartView residualPlot() { return residuals; }

    BarView histogramPlot() { return histogram; }

    XYChartView qqPlot() { return qq; }
}
