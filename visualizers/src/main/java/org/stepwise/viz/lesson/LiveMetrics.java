package org.stepwise.viz.lesson;

import java.util.List;
import javafx.scene.layout.Region;
import org.stepwise.algo.Snapshot;
import org.stepwise.viz.view.MetricChart;

/**
 * Feeds a lesson's live metrics chart from the snapshot history, once per frame. At full speed
 * hundreds of snapshots arrive per frame; at most {@link #CHARTED_PER_FRAME} of them, evenly
 * spaced and always the newest, are charted: still about a thousand points a second, more than
 * the chart's width in pixels over a run of a few seconds, and its own thinning (to
 * {@code MetricChart.MAX_POINTS}) would drop the rest. Each is read through
 * {@link Snapshot#scalar(String)}, which builds nothing. While the lesson plays, the chart
 * is redrawn at most every {@link #REDRAW_INTERVAL_NANOS}:
 * a chart picture is drawn on a painter thread, but it still costs a core for 20 to 50 ms.
 */
final class LiveMetrics {

    static final int CHARTED_PER_FRAME = 16;
    static final long REDRAW_INTERVAL_NANOS = 250_000_000L;

    private final MetricChart chart;
    private final List<String> metrics;
    private int chartedStep = -1;
    private long lastRedrawNanos;

    /** @param labels what the legend calls each metric, in the same order */
    LiveMetrics(List<String> metrics, List<String> labels) {
        this.metrics = List.copyOf(metrics);
        this.chart = new MetricChart(metrics, labels);
        chart.node().getStyleClass().add("lesson-chart");
    }

    Region node() { return chart.node(); }

    /** Charts what the history holds beyond the last charted step. */
    void update(SnapshotHistory<? extends Snapshot> history, int newestStep) {
        if (newestStep <= chartedStep) {
            return;
        }
        for (Snapshot snapshot : history.sampleSince(chartedStep, CHARTED_PER_FRAME)) {
            for (String metric : metrics) {
                // NaN for a metric the run does not produce: the chart skips it.
                chart.add(metric, snapshot.step(), snapshot.scalar(metric));
            }
        }
        chartedStep = newestStep;
    }

    /** Marks the step on screen. */
    void showStep(int step) {
        chart.setCurrentStep(step);
    }

    /** Redraws if due: always when paused, at most every REDRAW_INTERVAL while playing. */
    void redraw(long now, boolean playing) {
        if (!playing || now - lastRedrawNanos >= REDRAW_INTERVAL_NANOS) {
            chart.flush();
            lastRedrawNanos = now;
        }
    }

    /** Draws the chart now, on the FX thread (snapshots and exports). */
    void redrawNow() {
        chart.flushNow();
    }

    /** Empties the chart for a new run, whose values it plots on a logarithmic axis or a linear one. */
    void reset(boolean logScale) {
        chartedStep = -1;
        chart.reset();
        chart.setLogScale(logScale);
    }

    boolean isLogScale() { return chart.isLogScale(); }

    void setDark(boolean dark) {
        chart.setDark(dark);
    }
}
