package org.stepwise.viz.lesson.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.algo.DataKind;
import org.stepwise.algo.Params;
import org.stepwise.algo.TaskFactory;
import org.stepwise.algo.neighbors.KnnFactory;
import org.stepwise.algo.neighbors.KnnRegressionFactory;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.data.Generators;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The picker of a lesson whose data kind follows a parameter: it checks each data set by the
 * lesson's one rule (its factory's {@code requireFits}) and switches between kinds, each kind
 * keeping its own data and undo history.
 */
@ExtendWith(ApplicationExtension.class)
class DataPickerKindTest {

    private final TaskFactory factory = new TaskFactory(new KnnFactory(), new KnnRegressionFactory());
    private final Dataset moons = Generators.generate("moons", new GeneratorOptions(40, 0.2, 2, 0));
    private static final GeneratorOptions SINE_OPTIONS = new GeneratorOptions(30, 0.2, 2, 0);
    private final Dataset sine = Generators.generate("sine", SINE_OPTIONS);
    private final List<Dataset> emitted = new CopyOnWriteArrayList<>();
    private Params params = factory.defaults();
    private DataPicker picker;

    @Start
    void start(Stage stage) {
        picker = new DataPicker(DataKind.CLASSIFICATION, 2);
        picker.setKindRule(data -> factory.requireFits(data, params));
        picker.setData(moons);
        picker.setOnDataChanged(emitted::add);
        // In the app's theme, whose colour names the picker's stylesheet uses.
        stage.setScene(org.stepwise.viz.lesson.ThemedScenes.of(new StackPane(picker), 420, 760));
        stage.show();
    }

    private static <T> T fx(Callable<T> call) {
        return WaitForAsyncUtils.waitForAsyncFx(5000, call);
    }

    private List<String> offered() {
        return fx(() -> ((ComboBox<?>) picker.lookup("#data-source")).getItems().stream().map(String::valueOf)
                .toList());
    }

    @Test
    void eachKindKeepsItsDataAndHistoryAndTheRuleIsTheFactorys() {
        fx(() -> {
            picker.addPoint(0.1, 0.2);
            return null;
        });
        assertThat(picker.current().size()).isEqualTo(41);
        emitted.clear();

        params = params.with("task", "regress");
        GeneratorOptions classifyOptions = fx(() -> picker.shownGeneratorOptions());
        Dataset switched = fx(() -> picker.switchKind(DataKind.REGRESSION, 1, () -> sine, SINE_OPTIONS));
        assertThat(fx(() -> picker.shownGeneratorOptions())).isEqualTo(SINE_OPTIONS);
        assertThat(switched).isEqualTo(sine);
        assertThat(emitted).as("a switch tells no listener: the panel starts the run with it").isEmpty();
        assertThat(picker.kind()).isEqualTo(DataKind.REGRESSION);
        assertThat(picker.drawnFeatures()).isEqualTo(1);
        assertThat(picker.canUndo()).as("the sine's own history starts here").isFalse();
        assertThat(offered()).containsExactly("diabetes", "linear", "sine");
        // Caught on the FX thread: an exception through waitForAsyncFx is also printed to the log.
        Throwable refused = fx(() -> {
            try {
                picker.setData(moons);
                return null;
            } catch (IllegalArgumentException expected) {
                return expected;
            }
        });
        assertThat(refused).hasMessageContaining("With task=regress this lesson needs data with a real-valued target, and moons has"
                + " classes").hasMessageEndingWith("or set the task to Classify.");
        assertThat(picker.current()).isEqualTo(sine);

        params = params.with("task", "classify");
        Dataset back = fx(() -> picker.switchKind(DataKind.CLASSIFICATION, 2, () -> {
            throw new AssertionError("the moons are kept; no default is asked for");
        }, SINE_OPTIONS));
        assertThat(fx(() -> picker.shownGeneratorOptions())).as("the moons' options as left")
                .isEqualTo(classifyOptions);
        assertThat(back.size()).as("the point added before the switch").isEqualTo(41);
        assertThat(picker.canUndo()).isTrue();
        assertThat(offered()).contains("iris", "moons").doesNotContain("diabetes", "sine");
        fx(() -> {
            picker.undo();
            return null;
        });
        assertThat(picker.current()).isEqualTo(moons);
    }
}
