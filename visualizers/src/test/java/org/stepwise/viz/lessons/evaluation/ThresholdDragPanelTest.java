package org.stepwise.viz.lessons.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.algo.evaluation.ConfusionMatrixSnapshot;
import org.stepwise.algo.evaluation.RocCurve;
import org.stepwise.algo.evaluation.RocPrSnapshot;
import org.stepwise.viz.lesson.LessonCatalog;
import org.stepwise.viz.lesson.LessonPanel;
import org.stepwise.viz.lesson.ThemedScenes;
import org.stepwise.viz.view.PlotTransform;
import org.stepwise.viz.view.XYChartView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A threshold dragged in the confusion-matrix lesson's panel agrees with the engine: let go of, it
 * is the {@code threshold} parameter, the panel shows the run that stops there at its end (what a
 * session saves and restores), and Left and Right on the focused strip move it rather than step
 * the lesson.
 */
@ExtendWith(ApplicationExtension.class)
class ThresholdDragPanelTest {

    private StackPane root;
    private LessonPanel<?> panel;

    @Start
    void start(Stage stage) {
        root = new StackPane();
        stage.setScene(ThemedScenes.of(root, 1280, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        if (panel != null) {
            WaitForAsyncUtils.asyncFx(panel::dispose);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private void open(String id, double end) {
        panel = WaitForAsyncUtils.waitForAsyncFx(30_000, () -> {
            LessonPanel<?> opened = new LessonPanel<>(LessonCatalog.load().require(id), lesson -> { });
            root.getChildren().setAll(opened);
            return opened;
        });
        // Generous: a new panel typesets its card on the FX thread, slow on a busy machine.
        WaitForAsyncUtils.waitForAsyncFx(30_000, panel::runToEnd);
        awaitEnd(end);
    }

    private void open() { open("confusion-matrix", 0.5); }

    private ConfusionMatrixSnapshot newest() { return (ConfusionMatrixSnapshot) panel.newestSnapshot(); }

    private void awaitEnd(double threshold) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> panel.newestSnapshot().status().isFinal()
                    && panel.newestSnapshot().scalar("threshold") == threshold
                    && panel.shownStep() == panel.newestSnapshot().step());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the run never ended at threshold " + threshold + "; newest "
                    + panel.newestSnapshot().scalar("threshold") + " at step " + panel.newestSnapshot().step());
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private XYChartView strip() { return ((ConfusionMatrixView) panel.view()).strip().plot(); }

    private Point2D onScreen(double x) {
        PlotTransform t = strip().transform();
        return strip().localToScreen(t.toPixelX(x), t.toPixelY(0.5));
    }

    @Test
    void aDraggedThresholdBecomesTheParameterAndTheRunThatEndsThereIsShown(FxRobot robot) {
        open();
        robot.drag(onScreen(0.5), MouseButton.PRIMARY).moveTo(onScreen(0.3)).drop();
        WaitForAsyncUtils.waitForFxEvents();
        double t = panel.params().real("threshold");
        assertThat(t).isCloseTo(0.3, org.assertj.core.data.Offset.offset(0.006));
        awaitEnd(t);
        ConfusionMatrixSnapshot end = newest();
        ConfusionMatrixView view = (ConfusionMatrixView) panel.view();
        assertThat(view.matrix().value(1, 1)).isEqualTo(end.matrix().truePositives(1));
        assertThat(view.table().title()).endsWith(String.format(java.util.Locale.ROOT, "t = %.3f", t));

        // A session is (data, parameters, seed, step): restored, it shows the same threshold.
        var params = panel.params();
        int step = panel.shownStep();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> panel.restore(panel.rawData(), params, 0, step));
        awaitEnd(t);
        assertThat(newest().matrix().counts()).isDeepEqualTo(end.matrix().counts());
    }

    @Test
    void leftAndRightOnTheFocusedStripMoveTheThresholdInsteadOfSteppingTheLesson(FxRobot robot) {
        open();
        int step = panel.shownStep();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> strip().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(panel.params().real("threshold")).isEqualTo(0.49);
        awaitEnd(0.49);
        assertThat(panel.shownStep()).as("the run that stops at 0.49 has as many steps").isEqualTo(step);
    }

    @Test
    void aRocPointDraggedAlongTheCurveBecomesItsExactThresholdAndTheRunThatEndsThere(FxRobot robot) {
        open("roc-pr", 0.0);
        RocPrSnapshot whole = (RocPrSnapshot) panel.newestSnapshot();
        RocCurve roc = whole.curves().roc();
        int target = roc.fpr().length / 2;
        XYChartView plot = ((RocPrView) panel.view()).roc().plot();
        PlotTransform t = plot.transform();
        robot.drag(plot.localToScreen(t.toPixelX(whole.point().fpr()), t.toPixelY(whole.point().tpr())), MouseButton.PRIMARY)
                .moveTo(plot.localToScreen(t.toPixelX(roc.fpr()[target]), t.toPixelY(roc.tpr()[target]))).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(panel.params().real("threshold")).as("the curve point's own threshold, exactly")
                .isEqualTo(roc.thresholds()[target]);
        awaitEnd(roc.thresholds()[target]);
        RocPrSnapshot end = (RocPrSnapshot) panel.newestSnapshot();
        assertThat(end.point().fpr()).isEqualTo(roc.fpr()[target]);
        assertThat(end.point().tpr()).isEqualTo(roc.tpr()[target]);
    }
}
