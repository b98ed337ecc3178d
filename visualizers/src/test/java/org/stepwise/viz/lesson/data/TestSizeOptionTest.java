package org.stepwise.viz.lesson.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.scene.control.ChoiceBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.algo.DataKind;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.data.Generators;
import org.stepwise.data.TrainTestSplit;
import org.stepwise.viz.lesson.FxErrors;
import org.stepwise.viz.lesson.ThemedScenes;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The data picker's "Hold out for testing": a seeded, stratified share of the rows held out. */
@ExtendWith(ApplicationExtension.class)
class TestSizeOptionTest {

    private static final long SEED = 5;

    private final FxErrors fxErrors = new FxErrors();
    private final List<Dataset> emitted = new CopyOnWriteArrayList<>();
    private final Dataset initial = Generators.generate("blobs", new GeneratorOptions(30, 0.5, 3, 0));
    private DataPicker picker;

    @Start
    void start(Stage stage) {
        fxErrors.install();
        picker = new DataPicker(DataKind.CLASSIFICATION, 2);
        picker.setSplitSeed(() -> SEED);
        picker.setData(initial);
        picker.setOnDataChanged(emitted::add);
        StackPane root = new StackPane(picker);
        root.setStyle("-fx-font-size: 15px;");
        stage.setScene(ThemedScenes.of(root, 420, 760));
        stage.show();
    }

    private void onFx(Runnable action) {
        WaitForAsyncUtils.waitForAsyncFx(5000, action);
    }

    private Dataset awaitEmitted(Predicate<Dataset> wanted) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> !emitted.isEmpty() && wanted.test(emitted.get(emitted.size() - 1)) && !picker.isBusy());
        WaitForAsyncUtils.waitForFxEvents();
        return emitted.get(emitted.size() - 1);
    }

    @SuppressWarnings("unchecked")
    private ChoiceBox<Double> box() {
        return (ChoiceBox<Double>) picker.lookup("#data-test-size");
    }

    @Test
    void aShareMarksTheSeededStratifiedSplitOfTheSameRowsAsOneUndoableStep() throws Exception {
        onFx(() -> picker.setTestSize(0.2));

        Dataset held = awaitEmitted(data -> data.heldOutCount() > 0);
        // The split the command line makes with --test-size 0.2 --seed 5: 2 of each class of 10.
        assertThat(held).isEqualTo(TrainTestSplit.holdOut(initial, 0.2, SEED));
        assertThat(held.heldOutCount()).isEqualTo(6);
        assertThat(held.heldOut().labels()).containsExactlyInAnyOrder(0, 0, 1, 1, 2, 2);
        assertThat(box().getValue()).isEqualTo(0.2);
        assertThat(box().getConverter().toString(0.2)).isEqualTo("20 %");
        assertThat(box().getConverter().fromString("20 %")).isEqualTo(0.2);
        assertThat(box().getConverter().fromString("none")).isZero();
        assertThat(picker.canUndo()).isTrue();

        onFx(picker::undo);

        assertThat(awaitEmitted(data -> data.heldOutCount() == 0)).isEqualTo(initial);
        assertThat(box().getValue()).isEqualTo(0.0);
        assertThat(fxErrors.errors()).isEmpty();
    }

    @Test
    void newDataGetsTheSameShareAndAnAddedPointIsATrainingPoint() throws Exception {
        onFx(() -> picker.setTestSize(0.25));
        awaitEmitted(data -> data.heldOutCount() > 0);

        onFx(() -> picker.choose("iris"));
        Dataset iris = awaitEmitted(data -> data.name().equals("iris"));
        assertThat(iris.heldOutCount()).isEqualTo(38);

        onFx(() -> picker.addPoint(5.0, 3.0));
        Dataset added = awaitEmitted(data -> data.size() == 151);
        assertThat(added.heldOutCount()).isEqualTo(38);
        assertThat(added.isHeldOut(150)).isFalse();
        assertThat(fxErrors.errors()).isEmpty();
    }

    @Test
    void aShareTheDataIsTooSmallForIsRefusedAndChangesNothing() throws Exception {
        Dataset tiny = Dataset.classification("tiny", new double[][] {{0, 0}, {1, 1}, {2, 2}}, new int[] {0, 0, 1},
                List.of("x1", "x2"), List.of("a", "b"));
        onFx(() -> picker.setData(tiny));
        awaitEmitted(data -> data.name().equals("tiny"));
        int before = emitted.size();

        onFx(() -> picker.setTestSize(0.5));

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !picker.message().isEmpty());
        assertThat(picker.message()).contains("at least 2 rows of every class");
        assertThat(picker.raw()).isEqualTo(tiny);
        assertThat(emitted).hasSize(before);
        assertThat(box().getValue()).isEqualTo(0.0);
    }
}
