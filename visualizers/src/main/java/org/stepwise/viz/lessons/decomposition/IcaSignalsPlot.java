package org.stepwise.viz.lessons.decomposition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.paint.Color;
import org.stepwise.algo.Domain;
import org.stepwise.algo.decomposition.IcaSignals;
import org.stepwise.algo.decomposition.IcaSnapshot;
import org.stepwise.algo.decomposition.IcaUnmixing;
import org.stepwise.data.Dataset;
import org.stepwise.viz.view.OverlayPen;
import org.stepwise.viz.view.XYChartView;

/**
 * The signals stacked over time, top to bottom: the true sources (on the lesson's own data, where
 * they are known; ICA never sees them), the mixtures (the data's columns, each scaled to unit
 * variance for the picture) and the current estimates (unit variance, as FastICA's transform gives
 * them). Each estimate is named after the source it is most correlated with and that correlation,
 * since ICA finds sources only up to sign and order. On data of many columns, the first
 * {@value IcaColors#MOST_DRAWN} of each. Long signals are drawn through every m-th sample (at most
 * {@value #MOST_VERTICES} a trace), and only the estimates are drawn again at a step (over the
 * still sources and mixtures), which keeps a step's redraw cheap.
 */
final class IcaSignalsPlot {

    static final int MOST_VERTICES = 300;
    /** The vertical distance between two traces' zero lines, in units of standard deviation. */
    static final double SPACING = 6;

    private final XYChartView view = new XYChartView();
    private Dataset shownData;
    private double[] times = new double[0];
    private double[][] sources;
    /** Every sample of the true sources (n × sources), where known: what the estimates are compared with. */
    private double[][] truth;
    private final List<double[]> mixtures = new ArrayList<>();
    private final List<String> stillLabels = new ArrayList<>();
    private final List<Color> stillColors = new ArrayList<>();
    /** How many estimates the axes hold room for (-1 before the first drawing). */
    private int estimateRows = -1;
    private boolean dark;

    IcaSignalsPlot() {
        view.showTicks(true, false);
    }

    XYChartView node() { return view; }

    void setDark(boolean value) {
        dark = value;
        // The still traces take the theme's colours at the next drawing.
        shownData = null;
        view.setDark(value);
    }

    void show(IcaSnapshot snapshot, Dataset data) {
        view.change(() -> draw(snapshot, data));
    }

    private void draw(IcaSnapshot snapshot, Dataset data) {
        int drawnEstimates = snapshot.result() == null ? 0 : Math.min(snapshot.components(), IcaColors.MOST_DRAWN);
        if (data != shownData || drawnEstimates != estimateRows) {
            readData(data);
            estimateRows = drawnEstimates;
            drawStill(data);
        }
        IcaUnmixing result = snapshot.result();
        int still = stillLabels.size();
        List<double[]> estimates = new ArrayList<>();
        List<String> labels = new ArrayList<>(stillLabels);
        List<Color> colors = new ArrayList<>(stillColors);
        int step = stride(data.size());
        for (int a = 0; a < drawnEstimates; a++) {
            double offset = -SPACING * (still + a);
            double[] trace = new double[times.length];
            for (int v = 0; v < times.length; v++) {
                trace[v] = result.source(v * step, a) + offset;
            }
            estimates.add(trace);
            labels.add(estimateName(result, a) + (snapshot.started(a) ? "" : ", waiting (w_init)"));
            colors.add(IcaColors.estimate(a, dark));
        }
        double left = times.length == 0 ? 0 : times[0];
        // The estimates change at every step: drawn over the still traces, so a step redraws only them.
        view.setOverlay(pen -> {
            for (int a = 0; a < estimates.size(); a++) {
                pen.path(times, estimates.get(a), times.length, colors.get(still + a), 2);
            }
            labels(pen, labels, colors, left);
        });
    }

    /** The sources and mixtures, which do not change during a run, as the plot's lines; the axes hold room for the estimates. */
    private void drawStill(Dataset data) {
        List<XYChartView.Line> lines = new ArrayList<>();
        stillLabels.clear();
        stillColors.clear();
        Color ink = view.ink();
        if (sources != null) {
            for (int j = 0; j < sources.length; j++) {
                add(lines, sources[j], "source: " + IcaSignals.SOURCE_NAMES.get(j), IcaColors.source(ink));
            }
        }
        for (int f = 0; f < mixtures.size(); f++) {
            add(lines, mixtures.get(f), data.featureNames().get(f), IcaColors.mixture(dark));
        }
        view.setPoints(new double[0], new double[0], sources != null ? "time" : "row", "");
        view.setLines(lines);
        double left = times.length == 0 ? 0 : times[0];
        double right = times.length == 0 ? 1 : times[times.length - 1];
        int rows = Math.max(1, lines.size() + estimateRows);
        view.setDomain(new Domain(left, right, -SPACING * (rows - 0.5), SPACING * 0.8));
    }

    private void add(List<XYChartView.Line> lines, double[] trace, String name, Color color) {
        double offset = -SPACING * lines.size();
        double[] ys = new double[trace.length];
        for (int v = 0; v < trace.length; v++) {
            ys[v] = trace[v] + offset;
        }
        lines.add(new XYChartView.Line(times, ys, times.length, color, 2, ""));
        stillLabels.add(name);
        stillColors.add(color);
    }

    /** Each trace's name above its zero line, at the left. */
    private static void labels(OverlayPen pen, List<String> labels, List<Color> colors, double left) {
        for (int r = 0; r < labels.size(); r++) {
            pen.label(left, -SPACING * r + 0.36 * SPACING, labels.get(r), colors.get(r), 14);
        }
    }

    private String estimateName(IcaUnmixing result, int a) {
        if (truth == null) {
            return "estimate " + (a + 1);
        }
        int best = 0;
        double bestR = 0;
        for (int j = 0; j < truth[0].length; j++) {
            double r = result.correlation(a, truth, j);
            if (Math.abs(r) > Math.abs(bestR)) {
                bestR = r;
                best = j;
            }
        }
        return String.format(Locale.ROOT, "estimate %d: %s%s (r = %+.2f)", a + 1, bestR < 0 ? "−" : "",
                IcaSignals.SOURCE_NAMES.get(best), bestR);
    }

    private static int stride(int n) {
        return Math.max(1, (n + MOST_VERTICES - 1) / MOST_VERTICES);
    }

    /** The time axis, the sources where known and the mixtures scaled to unit variance, through every stride-th row. */
    private void readData(Dataset data) {
        shownData = data;
        int n = data.size();
        int step = stride(n);
        int count = (n + step - 1) / step;
        boolean ownSignals = IcaSignals.NAME.equals(data.name()) && n == IcaSignals.SAMPLES;
        times = new double[count];
        for (int v = 0; v < count; v++) {
            times[v] = ownSignals ? IcaSignals.time(v * step) : v * step;
        }
        sources = null;
        truth = ownSignals ? IcaSignals.sources() : null;
        if (ownSignals) {
            sources = new double[truth[0].length][count];
            for (int j = 0; j < sources.length; j++) {
                for (int v = 0; v < count; v++) {
                    sources[j][v] = truth[v * step][j];
                }
            }
        }
        mixtures.clear();
        for (int f = 0; f < Math.min(data.featureCount(), IcaColors.MOST_DRAWN); f++) {
            double mean = 0;
            for (int i = 0; i < n; i++) {
                mean += data.feature(i, f);
            }
            mean /= n;
            double squares = 0;
            for (int i = 0; i < n; i++) {
                squares += (data.feature(i, f) - mean) * (data.feature(i, f) - mean);
            }
            double deviation = squares > 0 ? Math.sqrt(squares / n) : 1;
            double[] trace = new double[count];
            for (int v = 0; v < count; v++) {
                trace[v] = (data.feature(v * step, f) - mean) / deviation;
            }
            mixtures.add(trace);
        }
    }
}
