package org.stepwise.viz.view;

import java.util.List;
import org.jfree.data.xy.AbstractXYDataset;

/**
 * The metric chart's points as JFreeChart reads them: each series read in place from the arrays
 * of the frame being drawn, so a picture makes no object per point (an {@code XYSeries} made two
 * boxed numbers and a cloned item for each). A new frame notifies no one: JFreeChart's own
 * datasets reconfigure the plot's axes at every change, seven times a picture in a race, and on
 * a flat range fail; {@link ChartPainter} fits the axes itself, once per picture.
 */
final class ChartFrameDataset extends AbstractXYDataset {

    private final List<String> keys;
    private final double[][] x;
    private final double[][] y;

    /** @param keys what the legend calls each series, in order (distinct) */
    ChartFrameDataset(List<String> keys) {
        this.keys = List.copyOf(keys);
        x = new double[keys.size()][0];
        y = new double[keys.size()][0];
    }

    /** Shows the frame's points from now on; its arrays are its own copies, which this keeps. */
    void show(ChartFrame frame) {
        for (int series = 0; series < x.length; series++) {
            ChartFrame.Points points = frame.series().get(series);
            x[series] = points.x();
            y[series] = points.y();
        }
    }

    @Override
    public int getSeriesCount() { return keys.size(); }

    @Override
    public Comparable<String> getSeriesKey(int series) { return keys.get(series); }

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
