package org.stepwise.viz.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.stepwise.algo.DataKind;
import org.stepwise.algo.Params;
import org.stepwise.algo.neighbors.KnnRegressionSnapshot;
import org.stepwise.algo.neighbors.KnnSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.data.csv.ImportChoice;
import org.stepwise.viz.lesson.data.DataPicker;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A lesson whose data kind follows a parameter (k-NN's task): switching the task on the sheet
 * switches what the data picker offers and the data the run gets, keeps each task's points for
 * the way back, refuses with the factory's one sentence, and never throws on the FX thread.
 */
@ExtendWith(ApplicationExtension.class)
class LessonPanelTaskTest {

    private final FxErrors fxErrors = new FxErrors();
    private StackPane root;
    private LessonPanel<?> panel;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        fxErrors.install();
        root = new StackPane();
        stage.setScene(ThemedScenes.of(root, 1280, 800));
        stage.show();
    }

    @AfterEach
    void closePanel() {
        if (panel != null) {
            WaitForAsyncUtils.asyncFx(panel::dispose);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private static void await(BooleanSupplier condition, String what) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T fx(java.util.concurrent.Callable<T> call) {
        return WaitForAsyncUtils.waitForAsyncFx(5000, call);
    }

    /** Chooses a task on the sheet as the learner would, in its drop-down. */
    @SuppressWarnings("unchecked")
    private void chooseTask(String task) {
        fx(() -> {
            ComboBox<String> box = panel.parameterSheet().lookupAll(".combo-box").stream()
                    .map(node -> (ComboBox<String>) node).filter(b -> b.getItems().contains("regress"))
                    .findFirst().orElseThrow();
            box.getSelectionModel().select(task);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private DataPicker picker() { return panel.dataPicker(); }

    @Test
    void switchingTheTaskSwitchesTheDataAndKeepsEachTasksPoints() throws Exception {
        fx(() -> {
            panel = new LessonPanel<>(LessonCatalog.load().require("knn"), id -> { });
            root.getChildren().setAll(panel);
            return null;
        });
        assertThat(fx(() -> picker().kind())).isEqualTo(DataKind.CLASSIFICATION);
        fx(() -> {
            picker().addPoint(0.5, 0.5);
            return null;
        });
        await(() -> panel.data().size() == 101, "a point added to the moons");

        chooseTask("regress");
        await(() -> panel.newestSnapshot() instanceof KnnRegressionSnapshot, "the run regresses");
        Dataset sine = panel.data();
        assertThat(sine.name()).isEqualTo("sine");
        assertThat(sine.isClassification()).isFalse();
        assertThat(sine.featureCount()).isEqualTo(1);
        assertThat(sine.size()).isEqualTo(80);
        assertThat(fx(() -> picker().kind())).isEqualTo(DataKind.REGRESSION);
        assertThat(fx(() -> picker().drawnFeatures())).isEqualTo(1);
        assertThat(fx(() -> picker().lookupAll(".spinner").stream()
                .filter(node -> node instanceof javafx.scene.control.Spinner<?>)
                .map(node -> String.valueOf(((javafx.scene.control.Spinner<?>) node).getValue())).toList()))
                .as("the generator options the sine was made with").contains("80");
        List<String> offered = fx(() -> List.copyOf(((ComboBox<?>) picker().lookup("#data-source")).getItems()
                .stream().map(String::valueOf).toList()));
        assertThat(offered).contains("diabetes", "sine").doesNotContain("moons", "iris");
        assertThat(panel.problem()).isEmpty();

        fx(() -> {
            panel.runToEnd();
            return null;
        });
        await(() -> panel.newestSnapshot().status().isFinal() && panel.shownSnapshot() == panel.newestSnapshot(),
                "the regression ran to its end and is drawn");
        assertThat(panel.newestSnapshot().metrics().scalar("r2")).isBetween(0.5, 1.0);
        fx(() -> {
            picker().addPoint(0, 2);
            return null;
        });
        await(() -> panel.data().size() == 81, "a point added to the sine");

        // Data of the other kind, imported in regress mode, is refused with the factory's sentence.
        Path classes = folder.resolve("classes.csv");
        Files.writeString(classes, "x,label\n1,a\n2,b\n3,a\n");
        fx(() -> {
            picker().importFile(classes, new ImportChoice(List.of(0), 1, ImportChoice.TargetKind.CLASSIFICATION));
            return null;
        });
        await(() -> !picker().message().isEmpty(), "the import was refused");
        assertThat(picker().message()).contains("With task=regress this lesson needs data with a real-valued target",
                "set the task to Classify");
        assertThat(panel.data().size()).isEqualTo(81);

        chooseTask("classify");
        await(() -> panel.newestSnapshot() instanceof KnnSnapshot, "the run classifies again");
        assertThat(panel.data().name()).isEqualTo("moons");
        assertThat(panel.data().size()).as("the point added to the moons is kept").isEqualTo(101);
        assertThat(fx(() -> picker().kind())).isEqualTo(DataKind.CLASSIFICATION);
        assertThat(fx(() -> picker().canUndo())).as("the moons' own undo history").isTrue();

        chooseTask("regress");
        await(() -> panel.newestSnapshot() instanceof KnnRegressionSnapshot, "the run regresses again");
        assertThat(panel.data().size()).as("the point added to the sine is kept").isEqualTo(81);
        assertThat(fxErrors.errors()).isEmpty();
    }

    @Test
    void aSwitchTheDataRefusesChangesNothingAndASessionOfTheOtherTaskOpens() {
        fx(() -> {
            panel = new LessonPanel<>(LessonCatalog.load().require("knn"), id -> { });
            root.getChildren().setAll(panel);
            // k = 90 fits the 100 moons, not the 80 points of the sine.
            panel.restore(panel.rawData(), false, panel.params().with("nNeighbors", 90), 0, 0);
            return null;
        });
        chooseTask("regress");
        await(() -> !panel.problem().isEmpty(), "the switch was refused");
        assertThat(panel.problem()).contains("at most the number of points (80)");
        assertThat(panel.newestSnapshot()).isInstanceOf(KnnSnapshot.class);
        assertThat(panel.data().name()).isEqualTo("moons");
        assertThat(fx(() -> picker().kind())).isEqualTo(DataKind.CLASSIFICATION);
        await(() -> fx(() -> panel.parameterSheet().params().choice("task")).equals("classify"),
                "the sheet shows the task of the run again");

        // A session saved in regress mode opens in it, the picker offering regression sets.
        Dataset sine = LessonCatalog.load().require("knn").defaultData(panel.params().with("task", "regress"));
        Params regress = panel.params().with("task", "regress").with("nNeighbors", 5);
        fx(() -> {
            panel.restore(sine, false, regress, 0, 7);
            return null;
        });
        await(() -> panel.newestSnapshot().step() == 7, "the session's step");
        assertThat(panel.newestSnapshot()).isInstanceOf(KnnRegressionSnapshot.class);
        assertThat(fx(() -> picker().kind())).isEqualTo(DataKind.REGRESSION);
        assertThat(fx(() -> picker().current())).isEqualTo(sine);
        assertThat(fxErrors.errors()).isEmpty();
    }
}
