package org.stepwise.viz.view;

import java.awt.BasicStroke;
import java.awt.Font;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The live metrics chart of a lesson (JFreeChart-FX): one line per metric against the step,
 * and a vertical marker at the step shown. {@code ChartCanvas} redraws on every change event,
 * so the chart's notification is off while points are added and turned on for one event in
 * {@link #flush()}. Each series keeps at most {@link #MAX_POINTS} points: when full it keeps
 * every other point and from then on only every second new one, so a long run stays cheap to
 * draw. Losses that fall over decades read better with {@link #setLogScale(boolean) a
 * logarithmic value axis}.
 */
public final class MetricChart {

    public static final int MAX_POINTS = 1500;

    private final XYSeriesCollection dataset = new XYSeriesCollection();
    private final Map<String, Series> series = new LinkedHashMap<>();
    private final ValueMarker marker = new ValueMarker(0);
    private final JFreeChart chart;
    private final XYLineAndShapeRenderer renderer;
    private final ChartViewer viewer;
    private final NumberAxis linearAxis;
    private final LogAxis logAxis;
    private boolean logScale;
    private boolean dirty;
    private int markedStep = -1;

    /** Keeps the thinning state of one series. */
    private static final class Series {
        final XYSeries data;
        int stride = 1;
        long added;

        Series(String name) {
            data = new XYSeries(name, false, true);
        }
    }

    public MetricChart(List<String> metricNames) {
        for (String name : metricNames) {
            Series s = new Series(name);
            series.put(name, s);
            dataset.addSeries(s.data);
        }
        NumberAxis stepAxis = new NumberAxis("step");
        stepAxis.setAutoRangeIncludesZero(true);
        // Before the first steps the range would be a few billionths wide.
        stepAxis.setAutoRangeMinimumSize(10);
        stepAxis.setRangeType(org.jfree.data.RangeType.POSITIVE);
        NumberAxis valueAxis = new NumberAxis();
        valueAxis.setAutoRangeIncludesZero(false);
        valueAxis.setAutoRangeMinimumSize(1e-6);
        linearAxis = valueAxis;
        logAxis = new LogAxis();
        logAxis.setSmallestValue(1e-12);
        // Ticks at whole powers of ten, labelled as plain numbers (0.01, 0.1, 1), not 10^-0.5.
        logAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        logAxis.setNumberFormatOverride(new DecimalFormat("0.##########",
                DecimalFormatSymbols.getInstance(Locale.ROOT)));
        renderer = new XYLineAndShapeRenderer(true, false);
        // One path per series instead of one line per segment: a fraction of the drawing calls.
        renderer.setDrawSeriesLineAsPath(true);
        for (int i = 0; i < metricNames.size(); i++) {
            renderer.setSeriesPaint(i, awt(ColorMaps.classArgb(i)));
            renderer.setSeriesStroke(i, new BasicStroke(2.5f));
        }
        XYPlot plot = new XYPlot(dataset, stepAxis, valueAxis, renderer);
        marker.setPaint(new java.awt.Color(120, 120, 120));
        marker.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1, new float[] {6, 4}, 0));
        plot.addDomainMarker(marker);
        chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
        Font axisFont = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
        for (ValueAxis axis : List.of(stepAxis, linearAxis, logAxis)) {
            axis.setTickLabelFont(axisFont);
            axis.setLabelFont(axisFont);
            // Room around each label makes JFreeChart pick fewer, rounder ticks: less clutter on a projector.
            axis.setTickLabelInsets(new RectangleInsets(7, 6, 7, 6));
        }
        setDark(false);
        chart.setNotify(false);
        viewer = new ChartViewer(chart);
        viewer.setMinHeight(140);
    }

    public Node node() { return viewer; }

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
        if (s.data.getItemCount() >= MAX_POINTS) {
            thin(s);
        }
        s.data.add(step, value, false);
        dirty = true;
    }

    /** Redraws once if anything changed since the last flush. */
    public void flush() {
        if (dirty) {
            for (Series s : series.values()) {
                // Metrics the run does not produce (an optimizer left out) stay out of the legend.
                renderer.setSeriesVisibleInLegend(dataset.indexOf(s.data), s.data.getItemCount() > 0, false);
                s.data.fireSeriesChanged();
            }
            chart.setNotify(true);
            chart.setNotify(false);
            dirty = false;
        }
    }

    /** Keeps every other point; XYSeries.remove would notify once per point, so the series is rebuilt. */
    private static void thin(Series s) {
        int count = s.data.getItemCount();
        double[] xs = new double[(count + 1) / 2];
        double[] ys = new double[xs.length];
        for (int i = 0, j = 0; i < count; i += 2, j++) {
            xs[j] = s.data.getX(i).doubleValue();
            ys[j] = s.data.getY(i).doubleValue();
        }
        s.data.clear();
        for (int j = 0; j < xs.length; j++) {
            s.data.add(xs[j], ys[j], false);
        }
        s.stride *= 2;
    }

    /** Empties every series (a new run). */
    public void reset() {
        for (Series s : series.values()) {
            s.data.clear();
            s.stride = 1;
            s.added = 0;
        }
        dirty = true;
    }

    /** Moves the marker to the step on screen. */
    public void setCurrentStep(int step) {
        if (step != markedStep) {
            markedStep = step;
            marker.setValue(step);
            dirty = true;
        }
    }

    public int pointCount(String metric) { return series.get(metric).data.getItemCount(); }

    /**
     * A logarithmic value axis (for losses) or a linear one. Set it before adding points:
     * values that are not positive are skipped while it is on.
     */
    public void setLogScale(boolean log) {
        if (log != logScale) {
            logScale = log;
            chart.getXYPlot().setRangeAxis(0, log ? logAxis : linearAxis, false);
            dirty = true;
        }
    }

    public boolean isLogScale() { return logScale; }

    /** The chart drawn, for tests that listen to its change events. */
    JFreeChart chart() { return chart; }

    /** Chart colours for a light or dark theme. */
    public void setDark(boolean dark) {
        java.awt.Color background = dark ? new java.awt.Color(0x0D, 0x11, 0x17) : java.awt.Color.WHITE;
        java.awt.Color text = dark ? new java.awt.Color(0xE6, 0xED, 0xF3) : new java.awt.Color(0x24, 0x29, 0x2F);
        java.awt.Color grid = dark ? new java.awt.Color(0x30, 0x36, 0x3D) : new java.awt.Color(0xD0, 0xD7, 0xDE);
        chart.setBackgroundPaint(background);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(background);
        plot.setDomainGridlinePaint(grid);
        plot.setRangeGridlinePaint(grid);
        plot.setOutlineVisible(false);
        color(linearAxis, text);
        color(logAxis, text);
        color(plot.getDomainAxis(), text);
        chart.getLegend().setBackgroundPaint(background);
        chart.getLegend().setItemPaint(text);
        dirty = true;
    }

    private static void color(ValueAxis axis, java.awt.Color text) {
        axis.setTickLabelPaint(text);
        axis.setLabelPaint(text);
        axis.setAxisLinePaint(text);
        axis.setTickMarkPaint(text);
    }

    private static java.awt.Color awt(int argb) {
        return new java.awt.Color(argb, false);
    }
}
