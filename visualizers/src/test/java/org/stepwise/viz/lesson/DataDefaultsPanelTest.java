package org.stepwise.viz.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.viz.lesson.card.TryIt;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Defaults that follow the data, on the sheet: picking Iris makes Newton's method logistic
 * regression's solver and says why; Standardize gives gradient descent back; a solver the
 * learner chose, or an experiment declares, stays whatever the data.
 */
@ExtendWith(ApplicationExtension.class)
class DataDefaultsPanelTest {

    private final FxErrors fxErrors = new FxErrors();
    private StackPane root;
    private LessonPanel<?> panel;

    @Start
    void start(Stage stage) {
        fxErrors.install();
        root = PanelStage.show(stage);
    }

    @AfterEach
    void closePanel() {
        PanelStage.close(panel);
        assertThat(fxErrors.errors()).isEmpty();
    }

    private <T> T fx(Callable<T> call) {
        return WaitForAsyncUtils.waitForAsyncFx(5000, call);
    }

    private void choose(String dataset) {
        fx(() -> { panel.dataPicker().choose(dataset); return null; });
        PanelStage.await(() -> !fx(() -> panel.dataPicker().isBusy()) && fx(() -> panel.data().name()).startsWith(dataset),
                dataset + " is loaded");
    }

    private String solver() {
        String run = fx(() -> panel.params().choice("solver"));
        assertThat(fx(() -> panel.parameterSheet().params().choice("solver"))).as("the sheet shows the run's").isEqualTo(run);
        assertThat(fx(() -> solverBox().getValue())).as("the drop-down").isEqualTo(run);
        return run;
    }

    @SuppressWarnings("unchecked")
    private ComboBox<String> solverBox() {
        for (Node node : panel.parameterSheet().lookupAll(".combo-box")) {
            if (((ComboBox<String>) node).getItems().contains("newton")) {
                return (ComboBox<String>) node;
            }
        }
        throw new AssertionError("no solver drop-down on the sheet");
    }

    /** The line under the solver saying why the data chose it; empty when none is on the sheet. */
    private String why() {
        return fx(() -> panel.parameterSheet().lookupAll(".param-why").stream()
                .filter(node -> node.getParent() != null && node.isVisible())
                .map(node -> ((Label) node).getText()).findFirst().orElse(""));
    }

    @Test
    void pickingIrisMakesNewtonTheSolverAndTheSheetSaysWhy() {
        panel = PanelStage.open(root, "logistic-regression");
        assertThat(solver()).as("the moons: gradient descent").isEqualTo("gd");
        assertThat(why()).isEmpty();

        choose("iris");
        assertThat(solver()).isEqualTo("newton");
        assertThat(why()).startsWith("Newton's method by default here: the features are on very different scales")
                .contains("Standardize");

        fx(() -> { panel.dataPicker().setStandardized(true); return null; });
        PanelStage.await(() -> fx(panel::standardized), "the features are standardized");
        assertThat(solver()).as("standardized columns: gradient descent again").isEqualTo("gd");
        assertThat(why()).isEmpty();
    }

    @Test
    void aSolverTheLearnerChoseSurvivesAChangeOfData() {
        panel = PanelStage.open(root, "logistic-regression");
        choose("iris");
        assertThat(solver()).isEqualTo("newton");
        fx(() -> { solverBox().getSelectionModel().select("gd"); return null; });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(solver()).as("the learner's own").isEqualTo("gd");
        assertThat(why()).isEmpty();

        choose("wine");
        assertThat(solver()).as("kept on Wine, whose columns would make Newton the default").isEqualTo("gd");
        assertThat(fx(panel::problem)).isEmpty();
    }

    @Test
    void anExperimentsSolverStandsOnItsData() {
        panel = PanelStage.open(root, "logistic-regression");
        assertThat(fx(() -> panel.tryIt(TryIt.parse("try:data=iris;solver=gd")))).isTrue();
        PanelStage.await(() -> !fx(() -> panel.dataPicker().isBusy()) && fx(() -> panel.data().name()).startsWith("iris"),
                "Iris is loaded");
        assertThat(solver()).isEqualTo("gd");

        assertThat(fx(() -> panel.tryIt(TryIt.parse("try:data=iris")))).isTrue();
        PanelStage.await(() -> "newton".equals(fx(() -> panel.params().choice("solver"))), "Newton on Iris");
        assertThat(solver()).isEqualTo("newton");
    }
}
