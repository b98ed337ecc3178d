package org.stepwise.viz.view;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.jfree.chart.axis.ValueAxis;

/**
 * The live metrics chart of a lesson: one line per metric against the step, and a vertical
 * marker at the step shown. The FX thread keeps the points (each series at most
 * {@link #MAX_POINTS}: when full it keeps every other point and from then on only every
 * second new one, so a long run stays cheap to draw) and, on {@link #flush()}, hands a copy to
 * a painter thread that draws it with JFreeChart into an image ({@link ChartPainter}); the
 * image replaces the one on screen when it is ready. So the FX thread never waits for
 * JFreeChart, which takes 20 to 50 ms per picture on a software pipeline. Losses that fall
 * over decades read better with {@link #setLogScale(boolean) a logarithmic value axis}.
 */
public final class MetricChart {

    public static final int MAX_POINTS = 1500;

    /** One thread draws every chart; only the newest request of each chart is drawn. */
    private static final ExecutorService PAINTERS = Executors.newSingleThreadExecutor(
            BackgroundThreads.behindFrames("stepwise-chart-painter"));

    private final Map<String, Series> series = new LinkedHashMap<>();
    private final ChartPainter painter;
    private final View view = new View();
    private final BackgroundPainter<ChartFrame> background;
    /** FX thread: the number of the picture on screen. */
    private int shown;
    private int requested;
    private boolean logScale;
    private boolean dark;
    private boolean dirty = true;
    private int markedStep;

    /** One series' points, thinned as it grows. */
    private static final class Series {
        double[] x = new double[64];
        double[] y = new double[64];
        int count;
        int stride = 1;
        long added;
        boolean aside;

        void add(double step, double value) {
            if (count == x.length) {
                x = Arrays.copyOf(x, Math.min(MAX_POINTS, count * 2));
                y = Arrays.copyOf(y, x.length);
            }
            x[count] = step;
            y[count] = value;
            count++;
        }

        /** Keeps every other point. */
        void thin() {
            int kept = 0;
            for (int i = 0; i < count; i += 2, kept++) {
                x[kept] = x[i];
                y[kept] = y[i];
            }
            count = kept;
            stride *= 2;
        }

        ChartFrame.Points copy() {
            return new ChartFrame.Points(Arrays.copyOf(x, count), Arrays.copyOf(y, count), aside);
        }
    }

    /** The node: the last picture, redrawn at the new size when the layout changes it. */
    private final class View extends Region {
        /** Painted at the screen's pixel size: shown pixel for pixel, copied in without conversion. */
        private final ScreenImage picture = new ScreenImage();
        private final PlotType type;

        View() {
            picture.view().setVisible(true);
            getChildren().add(picture.view());
            type = new PlotType(getChildren(), () -> {
                dirty = true;
                flush();
            });
            setMinHeight(140);
            setPrefSize(600, 200);
        }

        /** The size last asked of the painter: a layout pass at that size asks for nothing new. */
        private double askedWidth;
        private double askedHeight;

        @Override
        protected void layoutChildren() {
            if (getWidth() != askedWidth || getHeight() != askedHeight) {
                dirty = true;
                flush();
            }
        }

        double scale() {
            Window window = getScene() == null ? null : getScene().getWindow();
            return window == null ? 1 : Math.max(1, window.getOutputScaleX());
        }

        void show(int[] pixels, ChartFrame frame) {
            picture.place(0, 0, frame.width(), frame.height(), frame.scale());
            picture.showScaled(pixels, frame.pixelWidth(), frame.pixelHeight());
        }
    }

    /** A chart whose legend names each metric as it is called. */
    public MetricChart(List<String> metricNames) {
        this(metricNames, metricNames);
    }

    /** A chart whose legend gives each metric the label at the same position, e.g. "GD loss" for "loss_gd". */
    public MetricChart(List<String> metricNames, List<String> legendLabels) {
        if (legendLabels.size() != metricNames.size() || new HashSet<>(legendLabels).size() != legendLabels.size()) {
            throw new IllegalArgumentException("each metric needs a label of its own; got " + legendLabels + " for "
                    + metricNames);
        }
        for (String name : metricNames) {
            series.put(name, new Series());
        }
        boolean[] scores = new boolean[metricNames.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = isScore(metricNames.get(i));
        }
        painter = new ChartPainter(legendLabels, scores);
        background = new BackgroundPainter<>(PAINTERS, painter::paint, (frame, pixels) -> {
            show(pixels, frame);
            return true;
        });
    }

    public Region node() { return view; }

    /**
     * Clicking or dragging across the plot tells {@code onStep} the step under the pointer, so the
     * learner can jump to the moment a curve turned (the panel moves the timeline there).
     */
    public void setOnSeek(java.util.function.IntConsumer onStep) {
        javafx.event.EventHandler<javafx.scene.input.MouseEvent> seek = event -> {
            ChartPainter.StepScale scale = painter.stepScale();
            int step = scale == null ? -1 : scale.stepAt(event.getX());
            if (step >= 0 && event.isPrimaryButtonDown()) {
                onStep.accept(step);
                event.consume();
            }
        };
        view.setOnMousePressed(seek);
        view.setOnMouseDragged(seek);
        view.setCursor(javafx.scene.Cursor.HAND);
    }

    /** The step under a pixel of the chart's last picture, or -1 outside its plot (tests). */
    int stepAt(double x) {
        ChartPainter.StepScale scale = painter.stepScale();
        return scale == null ? -1 : scale.stepAt(x);
    }

    /**
     * Whether a metric is a score that runs from 0 to 1 (accuracy, R², on the training or the
     * held-out rows, or out of bag). Charted with a loss, scores get their own axis on the right: on the loss's
     * axis an accuracy of 0.9 lay flat along the bottom beside a loss of 12.
     */
    public static boolean isScore(String metric) {
        String name = metric.startsWith("test_") ? metric.substring(5) : metric;
        return name.equals("r2") || name.equals("accuracy") || name.endsWith("_accuracy") || name.equals("oob_score");
    }

    /**
     * Adds a point; non-finite values, and values that are not positive on a log scale, are
     * skipped. Does not redraw until {@link #flush()}.
     */
    public void add(String metric, double step, double value) {
        Series s = series.get(metric);
        if (s == null || !Double.isFinite(value) || (logScale && value <= 0)) {
            return;
        }
        if (s.added++ % s.stride != 0) {
            return;
        }
        if (s.count >= MAX_POINTS) {
            s.thin();
        }
        s.add(step, value);
        dirty = true;
    }

    /** Asks for a new picture if anything changed since the last one; does not wait for it. */
    public void flush() {
        ChartFrame frame = frame(false);
        if (frame == null) {
            return;
        }
        background.paintLater(frame);
    }

    /** Draws the current state now, on this (FX) thread, and shows it: for snapshots and exports. */
    public void flushNow() {
        ChartFrame frame = frame(true);
        if (frame != null) {
            background.shownNow();
            show(painter.paint(frame), frame);
        }
    }

    private void show(int[] pixels, ChartFrame frame) {
        view.show(pixels, frame);
        shown = frame.sequence();
    }

    private ChartFrame frame(boolean evenIfUnchanged) {
        if ((!dirty && !evenIfUnchanged) || view.getWidth() <= 0 || view.getHeight() <= 0) {
            return null;
        }
        dirty = false;
        List<ChartFrame.Points> points = new ArrayList<>(series.size());
        for (Series s : series.values()) {
            points.add(s.copy());
        }
        view.askedWidth = view.getWidth();
        view.askedHeight = view.getHeight();
        return new ChartFrame(++requested, points, markedStep, logScale, dark, view.getWidth(), view.getHeight(), view.scale(),
                view.type.scale());
    }

    /**
     * Sets a series aside, or takes it back: a series set aside is still drawn, but the value
     * axis is fitted to the others (to all of them when every one is aside), so it may run off
     * the plot, and the legend marks it "✗". An optimizer that diverged has a loss of 1e9 and
     * more, which would squeeze the others' curves into a line.
     */
    public void setAside(String metric, boolean aside) {
        Series s = series.get(metric);
        if (s != null && s.aside != aside) {
            s.aside = aside;
            dirty = true;
        }
    }

    public boolean isAside(String metric) { return series.get(metric).aside; }

    /** Empties every series and takes them back from aside (a new run). */
    public void reset() {
        for (Series s : series.values()) {
            s.count = 0;
            s.stride = 1;
            s.added = 0;
            s.aside = false;
        }
        dirty = true;
    }

    /** Moves the marker to the step on screen. */
    public void setCurrentStep(int step) {
        if (step != markedStep) {
            markedStep = step;
            dirty = true;
        }
    }

    public int pointCount(String metric) { return series.get(metric).count; }

    /**
     * A logarithmic value axis (for losses) or a linear one. Set it before adding points:
     * values that are not positive are skipped while it is on.
     */
    public void setLogScale(boolean log) {
        if (log != logScale) {
            logScale = log;
            dirty = true;
        }
    }

    public boolean isLogScale() { return logScale; }

    /** Chart colours for a light or dark theme. */
    public void setDark(boolean isDark) {
        if (isDark != dark) {
            dark = isDark;
            dirty = true;
        }
    }

    /** Pictures asked for so far (tests: one per flush that had something new). */
    int requestedPictures() { return requested; }

    /**
     * The number of the picture on screen. Requests that come while one is being drawn are
     * merged (only the newest is drawn), so this catches up with {@link #requestedPictures()}
     * without passing through every number.
     */
    int shownPicture() { return shown; }

    /** The value axis of the last picture (tests). */
    ValueAxis rangeAxis() { return painter.rangeAxis(); }

    /** The scores' axis on the right, or null when the chart has one axis (tests). */
    ValueAxis scoreAxis() { return painter.scoreAxis(); }

    /** The step axis of the last picture (tests). */
    ValueAxis domainAxis() { return painter.domainAxis(); }

    /** Where the legend stood in the last picture (tests). */
    org.jfree.chart.ui.RectangleEdge legendEdge() { return painter.legendEdge(); }

    /** What the legend calls series {@code index} (tests). */
    String legendLabel(int index) { return painter.legendLabel(index); }

    /** The colour of series {@code index} in the last picture (tests). */
    java.awt.Color seriesPaint(int index) { return painter.seriesPaint(index); }
}
