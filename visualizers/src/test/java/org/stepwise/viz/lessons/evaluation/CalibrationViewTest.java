package org.stepwise.viz.lessons.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.algo.Params;
import org.stepwise.algo.evaluation.CalibrationSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.view.MetricTableView;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class CalibrationViewTest {

    private final CalibrationLesson lesson = new CalibrationLesson();
    private final Dataset data = lesson.defaultData();
    private CalibrationView view;

    @Start
    void start(Stage stage) {
        view = (CalibrationView) lesson.createView();
        stage.setScene(new Scene(new StackPane(view.node()), 1000, 600));
        stage.show();
    }

    private List<CalibrationSnapshot> run(Params params) {
        return Runs.every(lesson.factory().create(data, params, 0));
    }

    private static MetricTableView.Line line(MetricTableView table, String name, int nth) {
        return table.lines().stream().filter(l -> l.name().equals(name)).skip(nth).findFirst().orElseThrow();
    }

    @Test
    void theHistogramFillsOneBinAStep() {
        List<CalibrationSnapshot> run = run(lesson.factory().defaults());
        CalibrationSnapshot third = run.get(3);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(third, data));
        long[] nonEmpty = third.raw().curve().counts();
        assertThat(java.util.Arrays.stream(view.histogram().counts()).filter(c -> c > 0).toArray())
                .containsExactly(nonEmpty);
        assertThat(line(view.table(), "Brier score", 0).value())
                .isEqualTo(String.format(Locale.ROOT, "%.4f", third.scalar("brier_score")));
        assertThat(view.table().lines()).noneMatch(l -> l.formula().startsWith("after"));
    }

    @Test
    void theEndShowsTheScoresAfterEachCalibrator() {
        List<CalibrationSnapshot> run = run(lesson.factory().defaults());
        CalibrationSnapshot last = run.get(run.size() - 1);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(last, data));
        assertThat(view.table().lines()).filteredOn(l -> l.formula().equals("after Platt")).hasSize(2);
        assertThat(line(view.table(), "  Brier score", 1).value())
                .isEqualTo(String.format(Locale.ROOT, "%.4f", last.scalar("isotonic_brier_score")));
        assertThat(line(view.table(), "Platt A, B", 0).value())
                .isEqualTo(String.format(Locale.ROOT, "%.3f, %.3f", last.scalar("a"), last.scalar("b")));
    }
}
