package org.stepwise.viz.lessons.linear;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javafx.application.Platform;
import javafx.scene.Node;
import org.stepwise.algo.Domain;
import org.stepwise.algo.Engine;
import org.stepwise.algo.Params;
import org.stepwise.algo.linear.RegularizationFactory;
import org.stepwise.algo.linear.RegularizationSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.view.BackgroundThreads;
import org.stepwise.viz.view.ColorMaps;
import org.stepwise.viz.view.XYChartView;
import org.stepwise.viz.view.OverlayPen;
import org.stepwise.viz.view.PlotTransform;

/**
 * The regularization path: each coefficient at convergence against log₁₀ α, one line per feature,
 * on a grid of {@value #GRID} values of α (lasso and elastic net: from scikit-learn's α_max, the
 * smallest α that sets every coefficient to 0, down to α_max/1000, as {@code _alpha_grid} with
 * eps 1e-3; ridge: 1e-3 to 1e3 times the mean of ‖Xⱼ‖²). The grid is fitted with the lesson's
 * own engine once per data set, penalty and l1Ratio; over it the current run's coefficients are
 * dots at the current α, moving as the steps go, so the learner sees where the run is heading.
 */
final class CoefficientPathPlot {

    static final int GRID = 30;
    /**
     * The path is fitted behind the frames, on a thread of its own (Diabetes: tens of
     * milliseconds, once per data set and penalty), and drawn when it is ready; beyond this many
     * values (rows × features) it is not fitted at all, so a large imported set does not keep a
     * core busy for long.
     */
    static final long LARGEST = 100_000;
    private static final ExecutorService FITTER = Executors.newSingleThreadExecutor(
            BackgroundThreads.behindFrames("regularization-path"));
    /** Sweeps per fit of the path: enough for the lines, bounded for the same reason. */
    private static final int PATH_MAX_ITER = 300;

    private final XYChartView plot = new XYChartView();
    private final RegularizationFactory factory = new RegularizationFactory();
    /** What the path shown (or being fitted) is of: the data set, penalty and l1Ratio. */
    private Dataset fitted;
    private String penalty;
    private double l1Ratio = Double.NaN;
    private Future<Path> pending;
    private double[] logAlphas = new double[0];
    private double[][] coefs = new double[0][];
    private List<XYChartView.Line> lines = List.of();
    private RegularizationSnapshot lastSnapshot;
    private Dataset lastData;

    /** The path on its grid: log₁₀ α ascending, and the coefficients at each. */
    private record Path(double[] logAlphas, double[][] coefs) {
    }

    CoefficientPathPlot() {
        plot.setPoints(new double[0], new double[0], "log₁₀ α", "coefficient");
    }

    Node node() { return plot; }

    XYChartView plot() { return plot; }

    /** The grid's log₁₀ α (tests). */
    double[] logAlphas() { return logAlphas.clone(); }

    /** Coefficient j at grid point k (tests). */
    double coefAt(int k, int j) { return coefs[k][j]; }

    void show(RegularizationSnapshot s, Dataset data) {
        if ((long) data.size() * data.featureCount() > LARGEST) {
            plot.change(() -> plot.setOverlay(pen -> pen.label(pen.transform().domain().xMin(),
                    pen.transform().domain().yMin() + pen.transform().domain().height() / 2, "the path is drawn for up to " + LARGEST + " values; this set has "
                            + (long) data.size() * data.featureCount(), pen.ink(), 14)));
            return;
        }
        lastSnapshot = s;
        lastData = data;
        if (data != fitted || !s.penalty().equals(penalty) || s.l1Ratio() != l1Ratio) {
            startFit(data, s.penalty(), s.l1Ratio());
        }
        double logAlpha = Math.log10(Math.max(s.alpha(), 1e-12));
        boolean ready = logAlphas.length == GRID;
        double xMin = (ready ? Math.min(logAlphas[0], logAlpha) : logAlpha - 1.5) - 0.1;
        double xMax = (ready ? Math.max(logAlphas[GRID - 1], logAlpha) : logAlpha + 1.5) + 0.1;
        double low = 0;
        double high = 0;
        for (double[] row : coefs) {
            for (double c : row) {
                low = Math.min(low, c);
                high = Math.max(high, c);
            }
        }
        for (int j = 0; j < s.featureCount(); j++) {
            low = Math.min(low, s.coef(j));
            high = Math.max(high, s.coef(j));
        }
        double span = Math.max(high - low, 1e-9);
        Domain domain = new Domain(xMin, xMax, low - 0.08 * span, high + 0.3 * span);
        if (lines.isEmpty() == ready) {
            lines = ready ? lines(s) : List.of();
        }
        plot.change(() -> {
            plot.setDomain(domain);
            plot.setLines(lines);
            plot.setMarkerX(logAlpha);
            plot.setOverlay(pen -> draw(pen, s, logAlpha));
        });
    }

    /**
     * Waits for a path being fitted and shows it: for a picture taken at once (export,
     * {@code render}), which must not lack it.
     */
    void drawNow() {
        if (pending == null) {
            return;
        }
        try {
            accept(pending, pending.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the regularization path could not be fitted", e.getCause());
        }
    }

    private void startFit(Dataset data, String newPenalty, double newL1Ratio) {
        fitted = data;
        penalty = newPenalty;
        l1Ratio = newL1Ratio;
        logAlphas = new double[0];
        coefs = new double[0][];
        lines = List.of();
        if (pending != null) {
            pending.cancel(false);
        }
        Future<Path> fit = FITTER.submit(() -> fit(data, newPenalty, newL1Ratio));
        pending = fit;
        // Queued behind the fit on the same thread: hands it to the FX thread once it is done,
        // where it is shown unless a newer fit was asked for meanwhile.
        FITTER.execute(() -> Platform.runLater(() -> {
            if (fit == pending && fit.isDone() && !fit.isCancelled()) {
                drawNow();
            }
        }));
    }

    /** Shows a finished fit if it is still the one asked for last. */
    private void accept(Future<Path> fit, Path path) {
        if (fit != pending) {
            return;
        }
        pending = null;
        logAlphas = path.logAlphas();
        coefs = path.coefs();
        if (lastSnapshot != null) {
            show(lastSnapshot, lastData);
        }
    }

    /** One line per coefficient across the grid, in its colour, named at the small-α end (up to 12). */
    private List<XYChartView.Line> lines(RegularizationSnapshot s) {
        int p = s.featureCount();
        List<XYChartView.Line> result = new ArrayList<>();
        for (int j = 0; j < p; j++) {
            double[] ys = new double[GRID];
            for (int k = 0; k < GRID; k++) {
                ys[k] = coefs[k][j];
            }
            // Names at the small-α end, where the coefficients are largest and apart.
            result.add(new XYChartView.Line(logAlphas, ys, GRID, ColorMaps.classColor(j), 2.5,
                    p <= 12 ? s.featureNames().get(j) : ""));
        }
        return result;
    }

    private void draw(OverlayPen pen, RegularizationSnapshot s, double logAlpha) {
        int p = s.featureCount();
        PlotTransform t = pen.transform();
        for (int j = 0; j < p; j++) {
            pen.dot(logAlpha, s.coef(j), 6, ColorMaps.classColor(j));
            if (j == s.updated()) {
                pen.ring(logAlpha, s.coef(j), 10, pen.ink(), 2.5);
            }
        }
        // Beside the marker, on the side with more room.
        javafx.scene.canvas.GraphicsContext g = pen.graphics();
        g.save();
        boolean left = t.toPixelX(logAlpha) > t.left() + t.width() / 2;
        g.setFont(javafx.scene.text.Font.font(null, javafx.scene.text.FontWeight.BOLD, 14 * pen.scale()));
        g.setTextAlign(left ? javafx.scene.text.TextAlignment.RIGHT : javafx.scene.text.TextAlignment.LEFT);
        g.setTextBaseline(javafx.geometry.VPos.TOP);
        g.setFill(pen.ink());
        g.fillText("α = " + RegularizationView.number(s.alpha()),
                t.toPixelX(logAlpha) + (left ? -6 : 6) * pen.scale(), t.top() + 6 * pen.scale());
        g.restore();
    }

    /**
     * Fits the grid with the lesson's engine, from the largest α (all zero) to the smallest; on
     * the fitter's thread, touching nothing of the view.
     */
    private Path fit(Dataset data, String newPenalty, double newL1Ratio) {
        int n = data.size();
        int p = data.featureCount();
        double[] rows = data.featuresRowMajor();
        double[] y = data.targets();
        double yMean = 0;
        for (double v : y) {
            yMean += v;
        }
        yMean /= n;
        double largestCorrelation = 0;
        double meanSquares = 0;
        for (int j = 0; j < p; j++) {
            double mean = 0;
            for (int i = 0; i < n; i++) {
                mean += rows[i * p + j];
            }
            mean /= n;
            double dot = 0;
            double squares = 0;
            for (int i = 0; i < n; i++) {
                double centred = rows[i * p + j] - mean;
                dot += centred * (y[i] - yMean);
                squares += centred * centred;
            }
            largestCorrelation = Math.max(largestCorrelation, Math.abs(dot));
            meanSquares += squares / p;
        }
        boolean ridge = newPenalty.equals("ridge");
        double top = ridge ? 1e3 * meanSquares : largestCorrelation / (n * Math.max(newL1Ratio, 1e-3));
        double bottom = ridge ? 1e-3 * meanSquares : top * 1e-3;
        top = Math.max(top, 1e-12);
        bottom = Math.max(bottom, 1e-15);
        double[] logAlphas = new double[GRID];
        double[][] coefs = new double[GRID][];
        Params params = factory.defaults().with("penalty", newPenalty).with("l1Ratio", newL1Ratio)
                .with("maxIter", PATH_MAX_ITER);
        for (int k = 0; k < GRID; k++) {
            // Ascending log α, the largest α (every coefficient 0 for lasso) last.
            logAlphas[k] = Math.log10(bottom) + (Math.log10(top) - Math.log10(bottom)) * k / (GRID - 1);
            Engine<RegularizationSnapshot> engine = factory.create(data, params.with("alpha", Math.pow(10, logAlphas[k])), 0);
            while (!engine.step().isFinal()) {
                // to convergence (or maxIter, whose coefficients are still drawn)
            }
            coefs[k] = engine.snapshot().coef();
        }
        return new Path(logAlphas, coefs);
    }
}
