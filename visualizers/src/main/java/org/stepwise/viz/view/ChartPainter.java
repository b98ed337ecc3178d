package org.stepwise.viz.view;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.Range;

/**
 * Draws one {@link ChartFrame} with JFreeChart into pixels, with Java2D. The JFreeChart objects
 * (dataset, plot, renderer: JFreeChart's own split) live here and are touched by one thread at
 * a time, the one holding this painter's lock; {@link MetricChart} only ever hands it frames.
 * Drawing to a BufferedImage instead of through FXGraphics2D onto a Canvas takes the chart's
 * 20 to 50 ms off the FX thread, and leaves the renderer a plain image to copy.
 */
final class ChartPainter {

    private final ChartFrameDataset dataset;
    /** The scores' own axis (accuracy, R²) on the right, when the chart also plots a loss. */
    private final ChartFrameDataset scoreDataset;
    private final NumberAxis scoreAxis = new NumberAxis();
    private final boolean[] onScoreAxis;
    private final boolean[] onValueAxis;
    private final boolean split;
    private final ValueMarker marker = new ValueMarker(0);
    private final JFreeChart chart;
    private final XYLineAndShapeRenderer renderer;
    private final NumberAxis linearAxis = new NumberAxis();
    private final LogAxis logAxis = new OneTwoFiveLogAxis();
    private final TickLabels tickLabels = new TickLabels();
    private BufferedImage image;
    private Boolean dark;
    private double typeScale;
    /** The newest picture drawn: an older frame that arrives late is not drawn over it. */
    private int drawnSequence;

    /**
     * @param legendLabels what the legend calls each series, in order (distinct)
     * @param scores       which series are scores, drawn against their own axis on the right when
     *                     the others are not (null or all false: one axis for all)
     */
    ChartPainter(List<String> legendLabels, boolean[] scores) {
        dataset = new ChartFrameDataset(legendLabels);
        scoreDataset = new ChartFrameDataset(legendLabels);
        split = splits(scores);
        onScoreAxis = split ? scores.clone() : new boolean[legendLabels.size()];
        onValueAxis = new boolean[legendLabels.size()];
        for (int i = 0; i < onValueAxis.length; i++) {
            onValueAxis[i] = !onScoreAxis[i];
        }
        NumberAxis stepAxis = new NumberAxis("step");
        stepAxis.setAutoRangeIncludesZero(true);
        // Before the first steps the range would be a few billionths wide.
        stepAxis.setAutoRangeMinimumSize(10);
        stepAxis.setRangeType(org.jfree.data.RangeType.POSITIVE);
        // Steps are whole: ticks at 0, 2, 4 rather than 0.0, 0.5, 1.0.
        stepAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        linearAxis.setAutoRangeIncludesZero(false);
        linearAxis.setAutoRangeMinimumSize(1e-6);
        logAxis.setSmallestValue(1e-12);
        // Ticks at whole powers of ten, labelled as plain numbers (0.01, 0.1, 1), not 10^-0.5, and
        // far from 1 as short powers (1e-6, 1e9) rather than a row of zeros.
        logAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        logAxis.setNumberFormatOverride(tickLabels);
        renderer = new XYLineAndShapeRenderer(true, false) {
            /** What the value axis's auto range fits: the series not set aside. */
            @Override
            public Range findRangeBounds(org.jfree.data.xy.XYDataset ignored) {
                return dataset.fittedBounds(false);
            }
        };
        // One path per series instead of one line per segment: a fraction of the drawing calls.
        renderer.setDrawSeriesLineAsPath(true);
        for (int i = 0; i < legendLabels.size(); i++) {
            renderer.setSeriesPaint(i, new java.awt.Color(ColorMaps.seriesArgb(i, false), false));
            renderer.setSeriesStroke(i, new BasicStroke(2.5f));
        }
        XYPlot plot = new XYPlot(dataset, stepAxis, linearAxis, renderer);
        if (hasScoreAxis()) {
            XYLineAndShapeRenderer scoreRenderer = new XYLineAndShapeRenderer(true, false);
            scoreRenderer.setDrawSeriesLineAsPath(true);
            for (int i = 0; i < legendLabels.size(); i++) {
                scoreRenderer.setSeriesPaint(i, renderer.getSeriesPaint(i));
                scoreRenderer.setSeriesStroke(i, renderer.getSeriesStroke(i));
                // Each series once in the legend: from the renderer of its own axis.
                scoreRenderer.setSeriesVisibleInLegend(i, onScoreAxis[i], false);
            }
            scoreAxis.setAutoRangeIncludesZero(false);
            scoreAxis.setTickLabelInsets(new RectangleInsets(7, 6, 7, 6));
            plot.setDataset(1, scoreDataset);
            plot.setRenderer(1, scoreRenderer);
            plot.setRangeAxis(1, scoreAxis, false);
            plot.setRangeAxisLocation(1, org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
            plot.mapDatasetToRangeAxis(1, 1);
        }
        marker.setPaint(new java.awt.Color(120, 120, 120));
        marker.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1, new float[] {6, 4}, 0));
        plot.addDomainMarker(marker);
        chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setNotify(false);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.RIGHT);
        for (ValueAxis axis : List.of(stepAxis, linearAxis, logAxis)) {
            // Room around each label makes JFreeChart pick fewer, rounder ticks: less clutter on a projector.
            axis.setTickLabelInsets(new RectangleInsets(7, 6, 7, 6));
        }
        type(1);
    }

    /** Legend and axis type at this multiple of their usual 15 and 14 px. */
    private void type(double scale) {
        typeScale = scale;
        // Room above the plot for half a tick label: a tick at the very top (1e10 on a logarithmic
        // axis) is labelled across the plot's edge, and was cut in half by the picture's.
        chart.setPadding(new RectangleInsets(8 * scale, 0, 0, 0));
        chart.getLegend().setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(15 * scale)));
        legendMargin();
        Font axisFont = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(14 * scale));
        for (ValueAxis axis : List.of(chart.getXYPlot().getDomainAxis(), linearAxis, logAxis, scoreAxis)) {
            axis.setTickLabelFont(axisFont);
            axis.setLabelFont(axisFont);
        }
    }

    /**
     * Right of the plot, or under it when the chart is higher than wide (beside the view in
     * presentation mode), where a legend on the right would leave the plot a narrow strip.
     */
    private void placeLegend(double width, double height) {
        RectangleEdge edge = height > width ? RectangleEdge.BOTTOM : RectangleEdge.RIGHT;
        if (chart.getLegend().getPosition() != edge) {
            chart.getLegend().setPosition(edge);
            legendMargin();
        }
    }

    private void legendMargin() {
        double scale = typeScale;
        boolean below = chart.getLegend().getPosition() == RectangleEdge.BOTTOM;
        chart.getLegend().setMargin(below
                ? new RectangleInsets(8 * scale, 0, 0, 0)
                // The step axis's last label is centred on the plot's right edge: room for half of it
                // ("20000" at the presentation size) between the plot and the legend.
                : new RectangleInsets(0, 24 * scale, 0, 4 * scale));
        // Side by side, the items need a gap between one's text and the next one's line.
        chart.getLegend().setItemLabelPadding(new RectangleInsets(2, 2, 2, below ? 16 * scale : 2));
    }

    /** Where the legend stood in the last frame (tests). */
    synchronized RectangleEdge legendEdge() { return chart.getLegend().getPosition(); }

    /**
     * Draws the frame; returns the pixels (premultiplied ARGB, {@code frame.pixelWidth()} per
     * row), which stay valid until the next call, or null when a newer frame was drawn already.
     */
    synchronized int[] paint(ChartFrame frame) {
        if (frame.sequence() < drawnSequence) {
            return null;
        }
        drawnSequence = frame.sequence();
        apply(frame);
        placeLegend(frame.width(), frame.height());
        int width = frame.pixelWidth();
        int height = frame.pixelHeight();
        if (image == null || image.getWidth() != width || image.getHeight() != height) {
            image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
        }
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(frame.scale(), frame.scale());
            org.jfree.chart.ChartRenderingInfo info = new org.jfree.chart.ChartRenderingInfo();
            chart.draw(g, new Rectangle2D.Double(0, 0, frame.width(), frame.height()), info);
            Rectangle2D area = info.getPlotInfo().getDataArea();
            Range steps = chart.getXYPlot().getDomainAxis().getRange();
            stepScale = new StepScale(area.getX(), area.getWidth(), steps.getLowerBound(), steps.getUpperBound());
        } finally {
            g.dispose();
        }
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }

    /**
     * Where the steps lie across the last picture: the plot's data area, left edge and width in
     * the chart's logical pixels, and the step axis's range over it.
     */
    record StepScale(double left, double width, double lowest, double highest) {

        /** The step under a pixel's x, or -1 outside the plot. */
        int stepAt(double x) {
            if (width <= 0 || x < left - 4 || x > left + width + 4) {
                return -1;
            }
            double fraction = Math.max(0, Math.min(1, (x - left) / width));
            return (int) Math.round(lowest + fraction * (highest - lowest));
        }
    }

    private volatile StepScale stepScale;

    /** The steps across the last picture drawn, or null before the first. */
    StepScale stepScale() { return stepScale; }

    /** The step axis (tests). */
    synchronized ValueAxis domainAxis() { return chart.getXYPlot().getDomainAxis(); }

    /** What the legend calls series {@code index} (tests). */
    synchronized String legendLabel(int index) { return (String) dataset.getSeriesKey(index); }

    /** The range axis the last frame used (tests). */
    synchronized ValueAxis rangeAxis() { return chart.getXYPlot().getRangeAxis(); }

    /** The scores' axis, or null when the chart has one axis (tests). */
    synchronized ValueAxis scoreAxis() { return hasScoreAxis() ? scoreAxis : null; }

    private boolean hasScoreAxis() { return split; }

    /** Two axes only when some series are scores and some are not. */
    private static boolean splits(boolean[] scores) {
        if (scores == null) {
            return false;
        }
        int count = 0;
        for (boolean score : scores) {
            count += score ? 1 : 0;
        }
        return count > 0 && count < scores.length;
    }

    private void apply(ChartFrame frame) {
        dataset.show(frame, split ? onValueAxis : null);
        if (split) {
            scoreDataset.show(frame, onScoreAxis);
            fitScores();
        }
        for (int i = 0; i < frame.series().size(); i++) {
            // Metrics the run does not produce (an optimizer left out) stay out of the legend.
            boolean drawn = frame.series().get(i).count() > 0;
            renderer.setSeriesVisibleInLegend(i, drawn && !onScoreAxis[i], false);
            if (split) {
                chart.getXYPlot().getRenderer(1).setSeriesVisibleInLegend(i, drawn && onScoreAxis[i], false);
            }
        }
        marker.setValue(frame.markedStep());
        XYPlot plot = chart.getXYPlot();
        ValueAxis range = frame.logScale() ? logAxis : linearAxis;
        if (plot.getRangeAxis() != range) {
            // Fitted first: the plot configures an axis it is given, which fails on a flat range.
            fitValueRange(range);
            plot.setRangeAxis(0, range, false);
        }
        if (frame.typeScale() != typeScale) {
            type(frame.typeScale());
        }
        if (dark == null || dark != frame.dark()) {
            dark = frame.dark();
            colour(frame.dark());
        }
        // Axes fit the new data (notification is off, so configure by hand).
        plot.getDomainAxis().configure();
        fitValueRange(range);
        if (range == linearAxis) {
            // JFreeChart's own labels (0.5, 1.0) in the usual range; 4e12 rather than 4E12 beside 0E0 outside it.
            linearAxis.setNumberFormatOverride(TickLabels.suit(range.getRange()) ? tickLabels : null);
        }
    }

    /**
     * Fits the value axis to the values of the series not set aside (the renderer tells the axis
     * the same). A run's first point, or a metric that has not moved, spans no range: JFreeChart
     * would label a window a millionth wide in scientific notation ("2.114351E1" twice), or,
     * where its minimum width is below the values' precision (a logarithmic axis at 3.7e8, a loss
     * that ran away to 1e20), fail on a range of length 0. Show 5 % around the value instead
     * (half a decade either side on a logarithmic axis); the axis fits the data again as soon as
     * it spreads.
     */
    private void fitValueRange(ValueAxis axis) {
        boolean log = axis instanceof LogAxis;
        Range values = dataset.fittedBounds(log);
        if (values != null && values.getLength() < 1e-3 * Math.max(Math.abs(values.getLowerBound()),
                Math.abs(values.getUpperBound()))) {
            double centre = values.getCentralValue();
            double half = Math.max(0.05 * Math.abs(centre), 1e-6);
            // Turns the axis's auto range off, until the values spread again.
            axis.setRange(log ? new Range(centre / Math.sqrt(10), centre * Math.sqrt(10))
                    : new Range(centre - half, centre + half), true, false);
        } else if (axis.isAutoRange()) {
            axis.configure();
        } else {
            axis.setAutoRange(true);
        }
    }

    /**
     * Scores between 0 and 1 (accuracy, and R² once the fit beats the mean) against the whole
     * range 0 to 1, so their height reads as a fraction; others (R² below 0) as they fall.
     */
    private void fitScores() {
        Range values = scoreDataset.fittedBounds(false);
        if (values != null && values.getLowerBound() >= 0 && values.getUpperBound() <= 1) {
            scoreAxis.setRange(new Range(0, 1.02), true, false);
        } else if (!scoreAxis.isAutoRange()) {
            scoreAxis.setAutoRange(true);
        } else {
            scoreAxis.configure();
        }
    }

    private void colour(boolean isDark) {
        java.awt.Color background = isDark ? new java.awt.Color(0x0D, 0x11, 0x17) : java.awt.Color.WHITE;
        java.awt.Color text = isDark ? new java.awt.Color(0xE6, 0xED, 0xF3) : new java.awt.Color(0x24, 0x29, 0x2F);
        java.awt.Color grid = isDark ? new java.awt.Color(0x30, 0x36, 0x3D) : new java.awt.Color(0xD0, 0xD7, 0xDE);
        chart.setBackgroundPaint(background);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(background);
        plot.setDomainGridlinePaint(grid);
        plot.setRangeGridlinePaint(grid);
        plot.setOutlineVisible(false);
        for (ValueAxis axis : List.of(linearAxis, logAxis, scoreAxis, plot.getDomainAxis())) {
            axis.setTickLabelPaint(text);
            axis.setLabelPaint(text);
            axis.setAxisLinePaint(text);
            axis.setTickMarkPaint(text);
        }
        chart.getLegend().setBackgroundPaint(background);
        chart.getLegend().setItemPaint(text);
        // The series in the theme's colours: Okabe-Ito's blue is 3.6:1 on the dark chart, its yellow 1.3:1 on white.
        for (int r = 0; r < plot.getRendererCount(); r++) {
            var seriesRenderer = plot.getRenderer(r);
            for (int i = 0; seriesRenderer != null && i < dataset.getSeriesCount(); i++) {
                seriesRenderer.setSeriesPaint(i, new java.awt.Color(ColorMaps.seriesArgb(i, isDark), false), false);
            }
        }
    }

    /** The colour series {@code index} is drawn in now (for tests). */
    synchronized java.awt.Color seriesPaint(int index) {
        return (java.awt.Color) renderer.getSeriesPaint(index);
    }
}
