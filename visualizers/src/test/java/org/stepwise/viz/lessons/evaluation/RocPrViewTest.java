package org.stepwise.viz.lessons.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.algo.Params;
import org.stepwise.algo.evaluation.ModelCurves;
import org.stepwise.algo.evaluation.PrecisionRecallCurve;
import org.stepwise.algo.evaluation.RocPrSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.view.MetricTableView;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class RocPrViewTest {

    private final RocPrLesson lesson = new RocPrLesson();
    private final Dataset data = lesson.defaultData();
    private RocPrView view;

    @Start
    void start(Stage stage) {
        view = (RocPrView) lesson.createView();
        stage.setScene(new Scene(new StackPane(view.node()), 1000, 600));
        stage.show();
    }

    private List<RocPrSnapshot> run(Params params) {
        return Runs.every(lesson.factory().create(data, params, 0));
    }

    private static MetricTableView.Line line(MetricTableView table, String name) {
        return table.lines().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void eachTableWritesItsClassifiersPointWithTheCounts() {
        RocPrSnapshot s = run(lesson.factory().defaults().with("threshold", 0.6)).get(8);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(s, data));
        long tp = (long) s.point().truePositives();
        assertThat(line(view.firstTable(), "TPR = recall").formula()).isEqualTo("TP/P = " + tp + "/30");
        assertThat(line(view.firstTable(), "ROC AUC").value())
                .isEqualTo(String.format(java.util.Locale.ROOT, "%.3f", s.scalar("roc_auc")));
        assertThat(line(view.secondTable(), "FPR").value())
                .isEqualTo(String.format(java.util.Locale.ROOT, "%.3f", s.scalar("compared_fpr")));
    }

    @Test
    void withoutASecondClassifierTheSecondTableDescribesTheRows() {
        RocPrSnapshot s = run(lesson.factory().defaults().with("compareWith", "none")).get(0);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(s, data));
        assertThat(line(view.secondTable(), "prevalence").value()).isEqualTo("0.500");
        assertThat(line(view.firstTable(), "precision").illDefined()).as("nothing predicted positive at t = 1").isTrue();
        assertThat(view.roc().polylines()).hasSize(1);
    }

    @Test
    void theStepDrawnPrecisionRecallCurveEnclosesTheAveragePrecision() {
        RocPrSnapshot s = run(lesson.factory().defaults().with("model", "knn")).get(0);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(s, data));
        CurvePolyline steps = view.precisionRecall().polylines().get(0);
        double area = 0;
        for (int i = 1; i < steps.xs().length; i++) {
            area += (steps.xs()[i] - steps.xs()[i - 1]) * steps.ys()[i];
        }
        assertThat(area).isCloseTo(s.scalar("average_precision"), org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void theTracedPartEndsAtTheCurrentPointOnTheStepCurve() {
        for (RocPrSnapshot s : run(lesson.factory().defaults().with("model", "naive-bayes"))) {
            ModelCurves curves = s.curves();
            CurvePolyline steps = CurvePolyline.of(TracedCurvePlot.Kind.PRECISION_RECALL, curves);
            int count = steps.tracedCount(s.threshold());
            if (s.point().precision().isWellDefined()) {
                assertThat(steps.xs()[count - 1]).isEqualTo(s.point().recall());
                assertThat(steps.ys()[count - 1]).isEqualTo(s.point().precision().value());
            } else {
                assertThat(count).isEqualTo(1);
            }
            CurvePolyline roc = CurvePolyline.of(TracedCurvePlot.Kind.ROC, curves);
            int traced = roc.tracedCount(s.threshold());
            assertThat(roc.xs()[traced - 1]).isLessThanOrEqualTo(s.point().fpr());
            assertThat(roc.ys()[traced - 1]).isLessThanOrEqualTo(s.point().tpr());
        }
        PrecisionRecallCurve pr = run(lesson.factory().defaults()).get(0).curves().precisionRecall();
        assertThat(CurvePolyline.of(TracedCurvePlot.Kind.PRECISION_RECALL, run(lesson.factory().defaults()).get(0).curves())
                .xs()).hasSize(2 * pr.thresholds().length + 1);
    }
}
