package org.stepwise.viz.lesson.run;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.layout.Region;
import org.stepwise.algo.HeldOutScores;
import org.stepwise.algo.Predictor;
import org.stepwise.algo.Snapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.LessonChart;
import org.stepwise.viz.view.MetricChart;

/**
 * Feeds a lesson's live metrics chart from the snapshot history, once per frame, as its
 * {@link LessonChart} says: which metrics, called what, on which axis, and which are set aside.
 *
 * <p>While the engine runs, hundreds of snapshots may arrive per frame; at most
 * {@link #CHARTED_PER_FRAME} of them, evenly spaced and always the newest, are charted: still
 * about a thousand points a second, more than the chart's width in pixels over a run of a few
 * seconds, and its own thinning (to {@code MetricChart.MAX_POINTS}) would drop the rest. Once
 * the engine rests, a run charted that coarsely is charted again from the whole history, up to
 * {@code MetricChart.MAX_POINTS} snapshots evenly spaced from step 0: what a paused lesson,
 * an opened session or a rendered picture shows is the whole course, not the samples of the
 * frames that happened to pass. Each snapshot is read through {@link Snapshot#scalar(String)},
 * which builds nothing. While the lesson plays, the chart is redrawn at most every
 * {@link #REDRAW_INTERVAL_NANOS}: a chart picture is drawn on a painter thread, but it still
 * costs a core for 20 to 50 ms.
 */
public final class LiveMetrics<S extends Snapshot> {

    static final int CHARTED_PER_FRAME = 16;
    static final long REDRAW_INTERVAL_NANOS = 250_000_000L;

    private final LessonChart<S> settings;
    private final MetricChart chart;
    private final List<String> metrics;
    private int chartedStep = -1;
    /** Whether snapshots were passed over while the engine ran: the run is charted again once it rests. */
    private boolean coarse;
    private long lastRedrawNanos;

    /** The run's held-out rows, taken once a run; null without data. */
    private Dataset heldOut;
    /** The metric they are scored by (test_accuracy or test_r2); null without data. */
    private String heldOutMetric;
    /** The model last scored on the held-out rows, and its score (snapshots may share a model). */
    private Object scoredModel;
    private double heldOutScore;
    /** The model whose held-out loss {@link #heldOutLoss} is, as {@link #scoredModel} for the score. */
    private Object lossModel;
    private double heldOutLoss;

    public LiveMetrics(LessonChart<S> settings) {
        this.settings = settings;
        this.metrics = withHeldOutScores(settings.metrics());
        this.chart = new MetricChart(metrics, metrics.stream().map(this::label).toList());
        chart.node().getStyleClass().add("lesson-chart");
    }

    /**
     * The lesson's metrics, and beside its {@code accuracy} or {@code r2} the same score of the
     * held-out rows ({@code test_accuracy}, {@code test_r2}), and beside {@code loss} the held-out
     * loss ({@code test_loss}, for a lesson whose model reports one): charted when the data holds rows
     * out, left out of the legend otherwise (the chart skips a series without points).
     */
    private static List<String> withHeldOutScores(List<String> charted) {
        List<String> metrics = new ArrayList<>(charted);
        for (String metric : charted) {
            String test = "test_" + metric;
            boolean score = metric.equals("accuracy") || metric.equals("r2") || metric.equals("loss");
            if (score && !metrics.contains(test)) {
                metrics.add(test);
            }
        }
        return List.copyOf(metrics);
    }

    /** The lesson's name for a metric; the held-out scores the chart adds are named here. */
    private String label(String metric) {
        if (settings.metrics().contains(metric)) {
            return settings.labelOf(metric);
        }
        return switch (metric) {
            case HeldOutScores.TEST_ACCURACY -> "held-out accuracy";
            case HeldOutScores.TEST_R2 -> "held-out R²";
            case HeldOutScores.TEST_LOSS -> "held-out loss";
            default -> settings.labelOf(metric);
        };
    }

    private static boolean isHeldOutScore(String metric) {
        return metric.equals(HeldOutScores.TEST_ACCURACY) || metric.equals(HeldOutScores.TEST_R2)
                || metric.equals(HeldOutScores.TEST_LOSS);
    }

    /**
     * A metric of a snapshot: what it reports, or for a held-out score the snapshot's model
     * scored on the held-out rows (NaN when none is held out or the data's kind has the other).
     */
    private double value(S snapshot, String metric) {
        if (!isHeldOutScore(metric)) {
            return snapshot.scalar(metric);
        }
        if (heldOut == null || heldOut.size() == 0 || !(snapshot instanceof Predictor model)) {
            return Double.NaN;
        }
        if (metric.equals(HeldOutScores.TEST_LOSS)) {
            if (model.fittedModel() != lossModel) {
                heldOutLoss = HeldOutScores.loss(model, heldOut);
                lossModel = model.fittedModel();
            }
            return heldOutLoss;
        }
        if (!metric.equals(heldOutMetric)) {
            return Double.NaN;
        }
        if (model.fittedModel() != scoredModel) {
            heldOutScore = HeldOutScores.score(model, heldOut);
            scoredModel = model.fittedModel();
        }
        return heldOutScore;
    }

    public Region node() { return chart.node(); }

    /** A click or drag on the chart names a step; see {@link MetricChart#setOnSeek}. */
    public void setOnSeek(java.util.function.IntConsumer onStep) { chart.setOnSeek(onStep); }

    /**
     * Charts what the history holds beyond the last charted step, a sample of it while the
     * engine {@code running}; all of the run again, evenly spaced, once it rests after that.
     */
    public void update(SnapshotHistory<S> history, S newest, boolean running) {
        if (!running && coarse) {
            coarse = false;
            chartedStep = -1;
            chart.reset();
        }
        if (newest.step() <= chartedStep) {
            return;
        }
        List<S> sample = history.sampleSince(chartedStep, running ? CHARTED_PER_FRAME : MetricChart.MAX_POINTS);
        if (chartedStep < 0 && !sample.isEmpty() && sample.get(0) != history.get(0)) {
            // A sample ends on the newest; a run's chart also starts where the run did.
            sample = new java.util.ArrayList<>(sample);
            sample.add(0, history.get(0));
        }
        coarse |= running;
        for (S snapshot : sample) {
            for (String metric : metrics) {
                // NaN for a metric the run does not produce: the chart skips it.
                chart.add(metric, snapshot.step(), value(snapshot, metric));
            }
        }
        for (String metric : metrics) {
            chart.setAside(metric, settings.setAside().test(newest, metric));
        }
        chartedStep = newest.step();
    }

    /** Marks the step on screen. */
    public void showStep(int step) {
        chart.setCurrentStep(step);
    }

    /** Redraws if due: always when paused, at most every REDRAW_INTERVAL while playing. */
    public void redraw(long now, boolean playing) {
        if (!playing || now - lastRedrawNanos >= REDRAW_INTERVAL_NANOS) {
            chart.flush();
            lastRedrawNanos = now;
        }
    }

    /** Draws the chart now, on the FX thread (snapshots and exports). */
    public void redrawNow() {
        chart.flushNow();
    }

    /**
     * Empties the chart for a new run on {@code runData} (every row, held-out ones marked; null
     * without data), which starts with {@code first}: the lesson's chart says on which axis.
     */
    public void startRun(S first, Dataset runData) {
        heldOut = runData == null ? null : runData.heldOut();
        heldOutMetric = runData == null ? null : HeldOutScores.metricOf(runData);
        scoredModel = null;
        lossModel = null;
        chartedStep = -1;
        coarse = false;
        chart.reset();
        chart.setLogScale(settings.logScale().test(first));
    }

    public boolean isLogScale() { return chart.isLogScale(); }

    /** How many points the chart holds of {@code metric} (tests). */
    public int pointCount(String metric) { return chart.pointCount(metric); }

    /** Whether the chart sets {@code metric} aside now (tests). */
    boolean isAside(String metric) { return chart.isAside(metric); }

    public void setDark(boolean dark) {
        chart.setDark(dark);
    }
}
