package org.stepwise.viz.lessons.cluster;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Cursor;
import org.stepwise.algo.Domain;
import org.stepwise.algo.cluster.DbscanSnapshot;
import org.stepwise.algo.cluster.KDistances;
import org.stepwise.viz.view.BackgroundThreads;
import org.stepwise.viz.view.ColorMaps;
import org.stepwise.viz.view.OverlayPen;
import org.stepwise.viz.view.PlotTransform;
import org.stepwise.viz.view.XYChartView;

/**
 * The k-distance plot: every point's distance to its k-th nearest point (k = minSamples, itself
 * counted), sorted, with ε as a horizontal line; the points under the line are the core points.
 * Dragging the line sets ε (asked of the panel when the button is released, which starts the run
 * again). The distances are measured once per data set, k and metric, on a thread of their own
 * (every pair: tens of milliseconds for a thousand points), and drawn when ready.
 */
final class KDistancePlot {

    private static final ExecutorService MEASURER = Executors.newSingleThreadExecutor(
            BackgroundThreads.behindFrames("dbscan-k-distances"));

    private final XYChartView plot = new XYChartView();
    private Consumer<Map<String, Object>> requests;
    private double[] xs;
    private double[] ys = new double[0];
    private Object measuredFor;
    private Future<double[]> pending;
    private DbscanSnapshot shown;
    private double dragged = Double.NaN;

    /** What the distances were measured for: the same points, k and metric give the same curve. */
    private record Key(double[] x, int k, String metric) {
    }

    KDistancePlot() {
        plot.setPoints(new double[0], new double[0], "points, by k-distance", "k-distance (k = minSamples)");
        plot.setOnMousePressed(e -> drag(e.getY()));
        plot.setOnMouseDragged(e -> drag(e.getY()));
        plot.setOnMouseReleased(e -> release());
        plot.setCursor(Cursor.V_RESIZE);
    }

    XYChartView plot() { return plot; }

    void setRequests(Consumer<Map<String, Object>> listener) { requests = listener; }

    void show(DbscanSnapshot s, double[] rows) {
        shown = s;
        Key key = new Key(rows, s.minSamples(), s.metric());
        if (!key.equals(measuredFor)) {
            measure(key, s.size(), s.featureCount());
        }
        redraw();
    }

    private void measure(Key key, int n, int d) {
        measuredFor = key;
        ys = new double[0];
        if (pending != null) {
            pending.cancel(false);
        }
        if (n > KDistances.LARGEST || key.k() > n) {
            pending = null;
            return;
        }
        Future<double[]> job = MEASURER.submit(() -> KDistances.sorted(key.x(), n, d, key.k(), key.metric()));
        pending = job;
        MEASURER.execute(() -> Platform.runLater(() -> {
            if (job == pending && job.isDone() && !job.isCancelled()) {
                drawNow();
            }
        }));
    }

    /** Waits for distances being measured and shows them: before a picture is taken. */
    void drawNow() {
        if (pending == null) {
            return;
        }
        try {
            ys = pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (ExecutionException e) {
            throw new IllegalStateException("the k-distances could not be measured", e.getCause());
        }
        pending = null;
        xs = new double[ys.length];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = i + 1;
        }
        redraw();
    }

    private void redraw() {
        DbscanSnapshot s = shown;
        if (s == null) {
            return;
        }
        double eps = Double.isNaN(dragged) ? s.eps() : dragged;
        plot.change(() -> {
            if (ys.length > 0) {
                double top = Math.max(ys[ys.length - 1], eps) * 1.08;
                plot.setDomain(new Domain(0, ys.length + 1, 0, top));
                plot.setLines(List.of(new XYChartView.Line(xs, ys, ys.length, ColorMaps.classColor(0), 2.5, "")));
            } else {
                plot.setDomain(new Domain(0, s.size() + 1, 0, eps * 2));
                plot.setLines(List.of());
            }
            plot.setCurves(x -> eps, null);
            plot.setOverlay(pen -> label(pen, s, eps));
        });
    }

    private void label(OverlayPen pen, DbscanSnapshot s, double eps) {
        String below;
        if (ys.length == 0) {
            below = s.size() > KDistances.LARGEST ? "drawn for up to " + KDistances.LARGEST + " points" : "measuring…";
        } else {
            int cores = 0;
            while (cores < ys.length && ys[cores] <= eps) {
                cores++;
            }
            below = String.format(Locale.ROOT, "%d core point%s", cores, cores == 1 ? "" : "s");
        }
        // Two short labels, above and below the line: one long one ran off a narrow plot.
        PlotTransform t = pen.transform();
        double under = t.toDataY(t.toPixelY(eps) + 24 * pen.scale());
        pen.label(t.domain().xMin(), eps, "eps " + DbscanOverlay.number(eps), pen.ink(), 14);
        pen.label(t.domain().xMin(), under, below, pen.ink(), 14);
    }

    private void drag(double pixelY) {
        PlotTransform t = plot.transform();
        if (t == null || shown == null) {
            return;
        }
        dragged = Math.max(t.toDataY(pixelY), 1e-9);
        redraw();
    }

    private void release() {
        if (Double.isNaN(dragged)) {
            return;
        }
        double eps = Double.parseDouble(String.format(Locale.ROOT, "%.3g", dragged));
        dragged = Double.NaN;
        if (requests != null) {
            requests.accept(Map.of("eps", eps));
        }
        redraw();
    }

    void setDark(boolean dark) { plot.setDark(dark); }
}
