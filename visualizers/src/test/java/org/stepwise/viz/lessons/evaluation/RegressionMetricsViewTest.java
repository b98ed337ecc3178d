package org.stepwise.viz.lessons.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.algo.Params;
import org.stepwise.algo.evaluation.RegressionMetricsSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.view.MetricTableView;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class RegressionMetricsViewTest {

    private final RegressionMetricsLesson lesson = new RegressionMetricsLesson();
    private final Dataset data = lesson.defaultData();
    private RegressionMetricsView view;

    @Start
    void start(Stage stage) {
        view = (RegressionMetricsView) lesson.createView();
        stage.setScene(new Scene(new StackPane(view.node()), 1000, 600));
        stage.show();
    }

    private List<RegressionMetricsSnapshot> run(Params params) {
        return Runs.every(lesson.factory().create(data, params, 0));
    }

    private static MetricTableView.Line line(MetricTableView table, String name) {
        return table.lines().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theTableWritesEachMetricWithItsSums() {
        RegressionMetricsSnapshot s = run(lesson.factory().defaults()).get(4);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(s, data));
        MetricTableView table = view.table();
        assertThat(line(table, "MSE").formula()).isEqualTo("Σr²/n = " + RegressionMetricLines.number(s.mse() * 40) + "/40");
        assertThat(line(table, "MSE").value()).isEqualTo(RegressionMetricLines.number(s.mse()));
        assertThat(line(table, "median AE").value()).isEqualTo(RegressionMetricLines.number(s.medianAbsoluteError()));
        assertThat(line(table, "R²").value()).isEqualTo(RegressionMetricLines.number(s.r2().value()));
        assertThat(line(table, "  share of Σr²").value())
                .isEqualTo(String.format(java.util.Locale.ROOT, "%.0f%%", 100 * s.outlierShareSquared()));
    }

    @Test
    void theDataPlotDrawsTheMovedOutlierAndThePlotsBelowItsResiduals() {
        RegressionMetricsSnapshot s = run(lesson.factory().defaults()).get(6);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(s, data));
        int o = s.outlier();
        assertThat(view.plot().points().y(o)).isEqualTo(s.outlierY()).isNotEqualTo(data.targets()[o]);
        assertThat(view.residuals().residualPlot().points().y(o)).isEqualTo(s.residual(o));
        assertThat(view.residuals().residualPlot().points().x(o)).isEqualTo(s.prediction(o));
        assertThat(view.residuals().qqPlot().points().y(s.size() - 1)).as("the largest residual last")
                .isEqualTo(s.qq().ordered(s.size() - 1));
        assertThat(view.residuals().histogramPlot().count()).isEqualTo(10);
    }
}
