package org.stepwise.viz.view;

import java.util.List;
import org.jfree.data.Range;
import org.jfree.data.xy.AbstractXYDataset;

/**
 * The metric chart's points as JFreeChart reads them: each series read in place from the arrays
 * of the frame being drawn, so a picture makes no object per point (an {@code XYSeries} made two
 * boxed numbers and a cloned item for each). A new frame notifies no one: JFreeChart's own
 * datasets reconfigure the plot's axes at every change, seven times a picture in a race, and on
 * a flat range fail; {@link ChartPainter} fits the axes itself, once per picture, to the
 * {@link #fittedBounds series not set aside}.
 */
final class ChartFrameDataset extends AbstractXYDataset {

    /** Marks a series set aside in the legend, as the race's own legend marks an optimizer that diverged. */
    static final String ASIDE_MARK = " \u2717";

    private final List<String> keys;
    private final List<String> asideKeys;
    private final double[][] x;
    private final double[][] y;
    private final boolean[] aside;

    /** @param keys what the legend calls each series, in order (distinct) */
    ChartFrameDataset(List<String> keys) {
        this.keys = List.copyOf(keys);
        this.asideKeys = keys.stream().map(key -> key + ASIDE_MARK).toList();
        x = new double[keys.size()][0];
        y = new double[keys.size()][0];
        aside = new boolean[keys.size()];
    }

    /** Shows the frame's points from now on; its arrays are its own copies, which this keeps. */
    void show(ChartFrame frame) {
        show(frame, null);
    }

    /**
     * Shows the frame's points of the series {@code included} marks (all when null), and none of
     * the others: a chart with two value axes has one dataset per axis over the same series, so
     * each series keeps its colour and its place in the legend.
     */
    void show(ChartFrame frame, boolean[] included) {
        for (int series = 0; series < x.length; series++) {
            ChartFrame.Points points = frame.series().get(series);
            boolean shown = included == null || included[series];
            x[series] = shown ? points.x() : NONE;
            y[series] = shown ? points.y() : NONE;
            aside[series] = points.aside();
        }
    }

    private static final double[] NONE = new double[0];

    /**
     * The lowest and highest value of the series not set aside (of all of them when every series
     * with points is aside), only positive ones if {@code positiveOnly}; null when there is none.
     */
    Range fittedBounds(boolean positiveOnly) {
        boolean anyKept = false;
        for (int series = 0; series < x.length; series++) {
            anyKept |= !aside[series] && y[series].length > 0;
        }
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int series = 0; series < x.length; series++) {
            if (anyKept && aside[series]) {
                continue;
            }
            for (double value : y[series]) {
                if (!positiveOnly || value > 0) {
                    low = Math.min(low, value);
                    high = Math.max(high, value);
                }
            }
        }
        return low <= high ? new Range(low, high) : null;
    }

    @Override
    public int getSeriesCount() { return keys.size(); }

    @Override
    public Comparable<String> getSeriesKey(int series) { return (aside[series] ? asideKeys : keys).get(series); }

    @Override
    public int getItemCount(int series) { return x[series].length; }

    @Override
    public double getXValue(int series, int item) { return x[series][item]; }

    @Override
    public double getYValue(int series, int item) { return y[series][item]; }

    @Override
    public Number getX(int series, int item) { return getXValue(series, item); }

    @Override
    public Number getY(int series, int item) { return getYValue(series, item); }
}
