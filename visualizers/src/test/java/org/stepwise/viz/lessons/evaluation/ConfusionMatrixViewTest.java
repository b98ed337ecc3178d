package org.stepwise.viz.lessons.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.algo.Engine;
import org.stepwise.algo.Params;
import org.stepwise.algo.evaluation.ConfusionMatrixSnapshot;
import org.stepwise.data.BuiltInDatasets;
import org.stepwise.data.Dataset;
import org.stepwise.viz.view.MetricTableView;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ConfusionMatrixViewTest {

    private final ConfusionMatrixLesson lesson = new ConfusionMatrixLesson();
    private final Dataset data = lesson.defaultData();
    private ConfusionMatrixView view;

    @Start
    void start(Stage stage) {
        view = (ConfusionMatrixView) lesson.createView();
        stage.setScene(new Scene(new StackPane(view.node()), 1000, 600));
        stage.show();
    }

    private ConfusionMatrixSnapshot last(Dataset on, Params params) {
        Engine<ConfusionMatrixSnapshot> engine = lesson.factory().create(on, params, 0);
        while (!engine.step().isFinal()) {
            // to the chosen threshold
        }
        return engine.snapshot();
    }

    private MetricTableView.Line line(String name) {
        return view.table().lines().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theTableWritesEachMetricsFormulaWithTheStepsCounts() {
        ConfusionMatrixSnapshot s = last(data, lesson.factory().defaults());
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(s, data));
        long tp = s.matrix().truePositives(1);
        long fp = s.matrix().falsePositives(1);
        assertThat(line("precision").formula()).isEqualTo("TP/(TP+FP) = " + tp + "/(" + tp + "+" + fp + ")");
        assertThat(line("precision").value()).isEqualTo(String.format(java.util.Locale.ROOT, "%.3f", s.scalar("precision")));
        assertThat(line("ROC AUC").value()).isEqualTo(String.format(java.util.Locale.ROOT, "%.3f", s.scalar("roc_auc")));
        assertThat(view.table().lines()).noneMatch(l -> l.name().endsWith("(macro)"));
    }

    @Test
    void nothingPredictedPositiveShowsPrecisionIllDefinedWithItsReason() {
        ConfusionMatrixSnapshot s = last(data, lesson.factory().defaults().with("threshold", 1.0));
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(s, data));
        MetricTableView.Line precision = line("precision");
        assertThat(precision.illDefined()).isTrue();
        assertThat(precision.formula()).startsWith("precision is ill-defined for class 1");
    }

    @Test
    void threeClassesAddEachClassAndTheAverages() {
        Dataset iris = BuiltInDatasets.load("iris");
        ConfusionMatrixSnapshot s = last(iris, lesson.factory().defaults().with("positiveClass", 2));
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(s, iris));
        List<String> names = view.table().lines().stream().map(MetricTableView.Line::name).toList();
        assertThat(names).contains("  setosa", "  versicolor", "  virginica", "precision (macro)", "F1 (weighted)",
                "F1 (micro)");
        assertThat(line("F1 (micro)").value()).isEqualTo(line("accuracy").value());
    }

    @org.junit.jupiter.api.Test
    void columnNamesStayDistinctWhenCut() {
        org.assertj.core.api.Assertions.assertThat(ConfusionMatrixView.columnNames(java.util.List.of("class 0", "class 1")))
                .containsExactly("class 0", "class 1");
        org.assertj.core.api.Assertions.assertThat(ConfusionMatrixView.columnNames(
                java.util.List.of("setosa", "versicolor", "virginica"))).containsExactly("setosa", "versic.", "virgin.");
        org.assertj.core.api.Assertions.assertThat(ConfusionMatrixView.columnNames(
                java.util.List.of("digit class 10", "digit class 11"))).containsExactly("10", "11");
    }
}
