package org.stepwise.viz.lesson.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.algo.StepResult;
import org.stepwise.viz.lesson.CountingEngine;
import org.stepwise.viz.lesson.LessonChart;
import org.stepwise.viz.lesson.LessonPanel;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class LiveMetricsTest {

    /** Charts "count"; sets it aside from step {@code asideFrom} on. */
    private static LessonChart<CountingEngine.Count> counting(int asideFrom) {
        return LessonChart.<CountingEngine.Count>of("count").settingAsideWhen((newest, metric) -> newest.step() >= asideFrom);
    }

    private static SnapshotHistory<CountingEngine.Count> counted(int steps) {
        SnapshotHistory<CountingEngine.Count> history = new SnapshotHistory<>(LessonPanel.HISTORY_CAPACITY);
        for (int step = 0; step <= steps; step++) {
            history.append(new CountingEngine.Count(step, StepResult.CONTINUE));
        }
        return history;
    }

    @Test
    void whileTheEngineRunsAFewPerFrameAreChartedAndOnceItRestsTheWholeRunEvenly() {
        LiveMetrics<CountingEngine.Count> metrics = WaitForAsyncUtils.waitForAsyncFx(2000,
                () -> new LiveMetrics<>(counting(Integer.MAX_VALUE)));
        SnapshotHistory<CountingEngine.Count> history = counted(3000);
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            metrics.startRun(history.get(0), null);
            // Three frames while the engine ran: 3000 steps arrived, 16 a frame were charted.
            metrics.update(history, history.get(1000), true);
            metrics.update(history, history.get(2000), true);
            metrics.update(history, history.newest(), true);
        });
        // Step 0 too: a run's chart starts where the run did.
        assertThat(metrics.pointCount("count")).isEqualTo(1 + 3 * LiveMetrics.CHARTED_PER_FRAME);
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> metrics.update(history, history.newest(), false));
        assertThat(metrics.pointCount("count")).as("charted again from step 0, evenly")
                .isBetween(org.stepwise.viz.view.MetricChart.MAX_POINTS / 2, org.stepwise.viz.view.MetricChart.MAX_POINTS);
        int afterRest = metrics.pointCount("count");
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> metrics.update(history, history.newest(), false));
        assertThat(metrics.pointCount("count")).as("nothing new, nothing charted").isEqualTo(afterRest);
    }

    @Test
    void aRunOpenedAtAStepIsChartedFromItsFirstStep() {
        LiveMetrics<CountingEngine.Count> metrics = WaitForAsyncUtils.waitForAsyncFx(2000,
                () -> new LiveMetrics<>(counting(Integer.MAX_VALUE)));
        SnapshotHistory<CountingEngine.Count> history = counted(300);
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            metrics.startRun(history.get(0), null);
            metrics.update(history, history.newest(), false);
        });
        assertThat(metrics.pointCount("count")).isEqualTo(301);

        // 3002 snapshots: every third, counted back from the newest, leaves out step 0; it is charted too.
        SnapshotHistory<CountingEngine.Count> longer = counted(3001);
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            metrics.startRun(longer.get(0), null);
            metrics.update(longer, longer.newest(), false);
        });
        assertThat(longer.sampleSince(-1, org.stepwise.viz.view.MetricChart.MAX_POINTS).get(0).step()).isEqualTo(1);
        assertThat(metrics.pointCount("count")).isEqualTo(1 + 1000 + 1);
    }

    @Test
    void theLessonsChartDecidesWhichMetricsAreSetAsideAsOfTheNewestSnapshot() {
        LiveMetrics<CountingEngine.Count> metrics = WaitForAsyncUtils.waitForAsyncFx(2000,
                () -> new LiveMetrics<>(counting(5)));
        SnapshotHistory<CountingEngine.Count> history = counted(10);
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            metrics.startRun(history.get(0), null);
            metrics.update(history, history.get(4), false);
        });
        assertThat(metrics.isAside("count")).isFalse();
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> metrics.update(history, history.newest(), false));
        assertThat(metrics.isAside("count")).isTrue();
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> metrics.startRun(history.get(0), null));
        assertThat(metrics.isAside("count")).as("a new run").isFalse();
    }
}
