package org.stepwise.viz.lessons.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.algo.Engine;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.evaluation.Average;
import org.stepwise.algo.evaluation.ClassificationMetrics;
import org.stepwise.algo.evaluation.ConfusionMatrix;
import org.stepwise.algo.evaluation.ConfusionMatrixSnapshot;
import org.stepwise.algo.evaluation.RocCurve;
import org.stepwise.algo.evaluation.RocPrSnapshot;
import org.stepwise.algo.evaluation.ScoredRows;
import org.stepwise.data.Dataset;
import org.stepwise.viz.view.MetricTableView;
import org.stepwise.viz.view.PlotTransform;
import org.stepwise.viz.view.XYChartView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Dragging the threshold with the mouse (and moving it with the arrow keys) in the
 * confusion-matrix and ROC/PR views: while dragging and after, the matrix, every metric and the
 * curves' points are the metrics library's at the threshold under the pointer, counted here by
 * brute force (every row predicted and counted), and the threshold let go of is asked for as the
 * {@code threshold} parameter.
 */
@ExtendWith(ApplicationExtension.class)
class ThresholdDragViewTest {

    private final ConfusionMatrixLesson matrixLesson = new ConfusionMatrixLesson();
    private final RocPrLesson curvesLesson = new RocPrLesson();
    private final Dataset data = matrixLesson.defaultData();
    private ConfusionMatrixView matrixView;
    private RocPrView curvesView;

    @Start
    void start(Stage stage) {
        matrixView = (ConfusionMatrixView) matrixLesson.createView();
        curvesView = (RocPrView) curvesLesson.createView();
        HBox both = new HBox(matrixView.node(), curvesView.node());
        HBox.setHgrow(matrixView.node(), Priority.ALWAYS);
        HBox.setHgrow(curvesView.node(), Priority.ALWAYS);
        stage.setScene(new Scene(both, 1500, 600));
        stage.show();
    }

    private static <S extends Snapshot> S last(Engine<S> engine) {
        while (!engine.step().isFinal()) {
            // to the run's end
        }
        return engine.snapshot();
    }

    private static ConfusionMatrix bruteForce(ScoredRows rows, double t) {
        int[] predicted = new int[rows.size()];
        for (int i = 0; i < predicted.length; i++) {
            predicted[i] = rows.score(i) >= t ? rows.positiveClass() : 1 - rows.positiveClass();
        }
        return ConfusionMatrix.of(rows.labels(), predicted, 2);
    }

    private static String number(double value) { return String.format(Locale.ROOT, "%.3f", value); }

    private static MetricTableView.Line line(MetricTableView table, String name) {
        return table.lines().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
    }

    private Point2D onScreen(XYChartView plot, double x, double y) {
        PlotTransform t = plot.transform();
        return plot.localToScreen(t.toPixelX(x), t.toPixelY(y));
    }

    /** The matrix view's matrix, table and strip show brute force's numbers at threshold t. */
    private void assertMatrixViewShows(ScoredRows rows, double t) {
        ConfusionMatrix expected = bruteForce(rows, t);
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                assertThat(matrixView.matrix().value(i, j)).as("cell (%d, %d) at t = %s", i, j, t)
                        .isEqualTo(expected.count(i, j));
            }
        }
        long tp = expected.truePositives(1);
        long fp = expected.falsePositives(1);
        MetricTableView table = matrixView.table();
        assertThat(line(table, "precision").formula()).isEqualTo("TP/(TP+FP) = " + tp + "/(" + tp + "+" + fp + ")");
        assertThat(line(table, "precision").value())
                .isEqualTo(number(ClassificationMetrics.precision(expected, Average.BINARY, 1).value()));
        assertThat(line(table, "F1").value()).isEqualTo(number(ClassificationMetrics.f1(expected, Average.BINARY, 1).value()));
        assertThat(line(table, "MCC").value()).isEqualTo(number(ClassificationMetrics.matthewsCorrcoef(expected).value()));
        assertThat(table.title()).endsWith("t = " + number(t));
    }

    @Test
    void draggingTheThresholdLineShowsTheMatrixAndMetricsAtThePointerLiveAndAsksForIt(FxRobot robot) {
        List<Map<String, Object>> asked = new ArrayList<>();
        matrixView.setParameterRequestListener(asked::add);
        ConfusionMatrixSnapshot s = last(matrixLesson.factory().create(data, matrixLesson.factory().defaults(), 0));
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            matrixView.show(s, data);
            matrixView.drawNow();
        });
        WaitForAsyncUtils.waitForFxEvents();
        XYChartView strip = matrixView.strip().plot();
        robot.drag(onScreen(strip, 0.5, 0.5), MouseButton.PRIMARY).moveTo(onScreen(strip, 0.42, 0.5))
                .moveTo(onScreen(strip, 0.3, 0.5));
        WaitForAsyncUtils.waitForFxEvents();
        // Still dragging: the threshold under the pointer is shown and nothing is asked for yet.
        assertThat(asked).isEmpty();
        String title = matrixView.table().title();
        double dragging = Double.parseDouble(title.substring(title.lastIndexOf("= ") + 2));
        assertThat(dragging).isCloseTo(0.3, org.assertj.core.data.Offset.offset(0.006));
        assertMatrixViewShows(s.rows(), dragging);
        robot.drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(asked).hasSize(1);
        double t = (Double) asked.get(0).get("threshold");
        assertThat(t).isEqualTo(dragging);
        assertMatrixViewShows(s.rows(), t);
    }

    @Test
    void theArrowKeysMoveTheFocusedThresholdAHundredthAndAskForIt(FxRobot robot) {
        List<Map<String, Object>> asked = new ArrayList<>();
        matrixView.setParameterRequestListener(asked::add);
        ConfusionMatrixSnapshot s = last(matrixLesson.factory().create(data,
                matrixLesson.factory().defaults().with("threshold", 0.4), 0));
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            matrixView.show(s, data);
            matrixView.strip().plot().requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(matrixView.strip().plot().getBorder()).as("the focused strip is outlined").isNotNull();
        robot.type(KeyCode.RIGHT, 3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(asked).extracting(m -> (Double) m.get("threshold")).containsExactly(0.41, 0.42, 0.43);
        assertMatrixViewShows(s.rows(), 0.43);
        robot.type(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(asked.get(asked.size() - 1).get("threshold")).isEqualTo(0.42);
    }

    @Test
    void draggingTheRocPointSnapsToTheCurvePointUnderThePointerAndMovesBothCurvesPoints(FxRobot robot) {
        List<Map<String, Object>> asked = new ArrayList<>();
        curvesView.setParameterRequestListener(asked::add);
        RocPrSnapshot s = last(curvesLesson.factory().create(data, curvesLesson.factory().defaults(), 0));
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            curvesView.show(s, data);
            curvesView.drawNow();
        });
        WaitForAsyncUtils.waitForFxEvents();
        RocCurve roc = s.curves().roc();
        int target = roc.fpr().length / 2;
        XYChartView plot = curvesView.roc().plot();
        // From the current point (threshold 0: the curve's top right end) to a little off the target point.
        robot.drag(onScreen(plot, s.point().fpr(), s.point().tpr()), MouseButton.PRIMARY)
                .moveTo(onScreen(plot, roc.fpr()[target] + 0.004, roc.tpr()[target] - 0.004));
        WaitForAsyncUtils.waitForFxEvents();
        assertCurvesViewShows(s, roc.thresholds()[target], roc.fpr()[target], roc.tpr()[target]);
        robot.drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(asked).hasSize(1);
        assertThat((Double) asked.get(0).get("threshold")).isEqualTo(roc.thresholds()[target]);
    }

    /** Both tables at threshold t: the first classifier's point is (fpr, tpr), the library's counts. */
    private void assertCurvesViewShows(RocPrSnapshot s, double t, double fpr, double tpr) {
        ConfusionMatrix expected = bruteForce(s.curves().rows(), t);
        MetricTableView first = curvesView.firstTable();
        assertThat(first.title()).endsWith("t = " + number(t));
        assertThat(line(first, "FPR").value()).isEqualTo(number(fpr));
        assertThat(line(first, "TPR = recall").value()).isEqualTo(number(tpr))
                .isEqualTo(number(ClassificationMetrics.recall(expected, Average.BINARY, 1).value()));
        assertThat(line(first, "precision").value())
                .isEqualTo(number(ClassificationMetrics.precision(expected, Average.BINARY, 1).value()));
        ConfusionMatrix compared = bruteForce(s.comparedCurves().orElseThrow().rows(), t);
        assertThat(line(curvesView.secondTable(), "TPR = recall").value())
                .isEqualTo(number(ClassificationMetrics.recall(compared, Average.BINARY, 1).value()));
    }
}
