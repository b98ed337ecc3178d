package org.stepwise.viz.lesson.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.stepwise.algo.DataKind;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.data.Generators;
import org.stepwise.data.csv.ImportChoice;
import org.stepwise.viz.lesson.FxErrors;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class DataPickerTest {

    @TempDir
    Path folder;

    private final FxErrors fxErrors = new FxErrors();
    private final List<Dataset> emitted = new CopyOnWriteArrayList<>();
    private DataPicker picker;
    private final Dataset initial = Generators.generate("blobs", new GeneratorOptions(30, 0.5, 3, 0));

    @Start
    void start(Stage stage) {
        fxErrors.install();
        picker = new DataPicker(DataKind.CLASSIFICATION, true);
        picker.setData(initial);
        picker.setOnDataChanged(emitted::add);
        stage.setScene(new Scene(new StackPane(picker), 420, 600));
        stage.show();
    }

    private void awaitIdle() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !picker.isBusy());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void choosingGeneratorsAndBuiltInsEmitsTwoFeatures() throws Exception {
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> picker.choose("moons"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !emitted.isEmpty());
        awaitIdle();
        Dataset moons = emitted.get(emitted.size() - 1);
        assertThat(moons.name()).isEqualTo("moons");
        assertThat(moons.size()).isEqualTo(200);
        assertThat(moons.featureCount()).isEqualTo(2);

        WaitForAsyncUtils.waitForAsyncFx(2000, () -> picker.choose("iris"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> emitted.get(emitted.size() - 1).name().equals("iris"));
        Dataset iris = emitted.get(emitted.size() - 1);
        assertThat(iris.featureNames()).containsExactly("sepal length (cm)", "sepal width (cm)");
        assertThat(fxErrors.errors()).isEmpty();
    }

    @Test
    void malformedCsvShowsTheMessageAndKeepsTheData(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "a,b,c\n1,2,x\n1,oops,y\n");
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> picker.importFile(bad, ImportChoice.lastColumnTarget(3)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !picker.message().isEmpty());
        assertThat(picker.message()).contains("line 3, column 'b': 'oops' is not a number").contains("unchanged");
        assertThat(emitted).isEmpty();
        assertThat(picker.current()).isEqualTo(initial);

        Path good = dir.resolve("good.csv");
        Files.writeString(good, "a,b,c\n1,2,x\n3,4,y\n5,6,x\n");
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> picker.importFile(good, ImportChoice.lastColumnTarget(3)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !emitted.isEmpty());
        assertThat(emitted.get(0).name()).isEqualTo("good");
        assertThat(emitted.get(0).classNames()).containsExactly("x", "y");
        assertThat(fxErrors.errors()).isEmpty();
    }

    @Test
    void pointEditsUndoAndRedoExactly() throws Exception {
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            picker.setEditClass(2);
            picker.addPoint(0.5, -0.5);
            picker.movePoint(0, 9, 9);
            picker.removePoint(1);
        });
        assertThat(emitted).hasSize(3);
        Dataset added = emitted.get(0);
        assertThat(added.size()).isEqualTo(31);
        assertThat(added.label(30)).isEqualTo(2);
        assertThat(emitted.get(1).row(0)).containsExactly(9, 9);
        assertThat(emitted.get(2).size()).isEqualTo(30);
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            picker.undo();
            picker.undo();
            picker.undo();
        });
        assertThat(picker.current()).isEqualTo(initial);
        WaitForAsyncUtils.waitForAsyncFx(2000, picker::redo);
        assertThat(picker.current()).isEqualTo(added);
        assertThat(fxErrors.errors()).isEmpty();
    }
}
