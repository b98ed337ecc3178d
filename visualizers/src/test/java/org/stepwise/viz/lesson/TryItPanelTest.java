package org.stepwise.viz.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.algo.Params;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.card.TryIt;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The card's Try-it buttons set parameters and data through the panel, and Undo puts back what was there. */
@ExtendWith(ApplicationExtension.class)
class TryItPanelTest {

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

    private void open(String id) {
        panel = PanelStage.open(root, id);
    }

    private <T> T fx(java.util.concurrent.Callable<T> call) {
        return WaitForAsyncUtils.waitForAsyncFx(5000, call);
    }

    private void press(Button button) {
        WaitForAsyncUtils.waitForAsyncFx(5000, button::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void await(BooleanSupplier condition, String what) {
        PanelStage.await(condition, what);
    }

    @Test
    void tryItSetsParametersAndDataAndTheSameButtonUndoesIt() {
        open("logistic-regression");
        // The learner's own state: standardized moons, a changed rate, three steps in.
        fx(() -> {
            panel.dataPicker().setStandardized(true);
            panel.restore(panel.rawData(), true, panel.params().withText("learningRate", "0.5"), 3, 0);
            return null;
        });
        fx(() -> { panel.step(); panel.step(); panel.step(); return null; });
        await(() -> fx(panel::shownStep) == 3, "three steps are shown");
        Dataset before = fx(panel::rawData);
        Params paramsBefore = fx(panel::params);

        List<Button> buttons = fx(() -> panel.card().tryButtons());
        assertThat(buttons).hasSize(3);
        Button separable = buttons.get(1);
        assertThat(separable.getText()).isEqualTo("Try it");
        press(separable);
        await(() -> !fx(() -> panel.dataPicker().isBusy()) && fx(() -> panel.data().name()).startsWith("blobs"),
                "the blobs are generated");

        assertThat(fx(() -> panel.params().choice("penalty"))).isEqualTo("none");
        assertThat(fx(() -> panel.params().real("learningRate"))).as("back at its default").isEqualTo(1.0);
        assertThat(fx(() -> panel.parameterSheet().params())).isEqualTo(fx(panel::params));
        assertThat(fx(panel::seed)).isZero();
        assertThat(fx(panel::standardized)).isFalse();
        assertThat(fx(() -> panel.data().size())).isEqualTo(200);
        assertThat(fx(panel::shownStep)).as("the run starts again").isZero();
        assertThat(fx(panel::problem)).isEmpty();
        assertThat(separable.getText()).isEqualTo("Undo");
        assertThat(buttons.get(0).getText()).isEqualTo("Try it");

        press(separable);
        await(() -> fx(panel::shownStep) == 3, "the step before is back");
        assertThat(fx(panel::rawData)).isEqualTo(before);
        assertThat(fx(panel::standardized)).isTrue();
        assertThat(fx(panel::params)).isEqualTo(paramsBefore);
        assertThat(fx(() -> panel.parameterSheet().params())).isEqualTo(paramsBefore);
        assertThat(fx(panel::seed)).isEqualTo(3);
        assertThat(separable.getText()).isEqualTo("Try it");
    }

    @Test
    void undoingAnExperimentPutsBackTheGeneratorsControls() {
        open("logistic-regression");
        var before = fx(() -> panel.dataPicker().shownGeneratorOptions());
        Dataset moons = fx(panel::rawData);
        assertThat(fx(() -> panel.tryIt(TryIt.parse("try:data=blobs;noise=0.9;points=120")))).isTrue();
        await(() -> !fx(() -> panel.dataPicker().isBusy()) && fx(() -> panel.data().name()).startsWith("blobs"), "the blobs are generated");
        assertThat(fx(() -> panel.dataPicker().shownGeneratorOptions().noise())).isEqualTo(0.9);
        assertThat(fx(panel::undoTryIt)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> panel.dataPicker().shownGeneratorOptions())).as("the controls describe the moons again")
                .isEqualTo(before);

        // The same generator with other options: its controls too are put back.
        assertThat(fx(() -> panel.tryIt(TryIt.parse("try:data=moons;noise=0.4")))).isTrue();
        await(() -> !fx(() -> panel.dataPicker().isBusy()) && !fx(panel::rawData).equals(moons), "the noisier moons");
        assertThat(fx(() -> panel.dataPicker().shownGeneratorOptions().noise())).isEqualTo(0.4);
        assertThat(fx(panel::undoTryIt)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> panel.dataPicker().shownGeneratorOptions())).as("the moons' own options again").isEqualTo(before);
    }

    @Test
    void theDataPickersUndoTakesTheExperimentsDataBack() {
        open("logistic-regression");
        Dataset before = fx(panel::rawData);
        press(fx(() -> panel.card().tryButtons()).get(1));
        await(() -> !fx(() -> panel.dataPicker().isBusy()) && fx(() -> panel.data().name()).startsWith("blobs"),
                "the blobs are generated");
        fx(() -> { panel.dataPicker().undo(); return null; });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(panel::rawData)).isEqualTo(before);
        assertThat(fx(panel::data)).isEqualTo(before);
    }

    @Test
    void anExperimentOnTheLessonsOwnDataPutsItBackWithItsHeldOutShare() {
        open("logistic-regression");
        press(fx(() -> panel.card().tryButtons()).get(1));
        await(() -> !fx(() -> panel.dataPicker().isBusy()) && fx(() -> panel.data().name()).startsWith("blobs"),
                "the blobs are generated");
        assertThat(fx(() -> panel.tryIt(TryIt.parse("try:degree=2;testSize=0.2;standardize")))).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        Dataset own = panel.lesson().defaultData();
        assertThat(fx(panel::rawData).name()).isEqualTo(own.name());
        assertThat(fx(panel::rawData).size()).isEqualTo(own.size());
        assertThat(fx(panel::rawData).heldOutCount()).isEqualTo(own.size() / 5);
        assertThat(fx(() -> panel.dataPicker().testSize())).isEqualTo(0.2);
        assertThat(fx(panel::standardized)).isTrue();
        assertThat(fx(() -> panel.params().integer("degree"))).isEqualTo(2);
    }

    @Test
    void parametersThatFollowAChoiceKeepTheValueDeclaredWhateverTheOrder() {
        open("optimizers");
        assertThat(fx(() -> panel.tryIt(TryIt.parse("try:learningRate=0.01;surface=himmelblau")))).isTrue();
        assertThat(fx(() -> panel.params().choice("surface"))).isEqualTo("himmelblau");
        assertThat(fx(() -> panel.params().real("learningRate"))).isEqualTo(0.01);
        press(fx(() -> panel.card().tryButtons()).get(1));
        assertThat(fx(() -> panel.params().choice("surface"))).isEqualTo("rosenbrock");
        assertThat(fx(() -> panel.params().real("learningRate"))).as("Rosenbrock's own rate").isEqualTo(0.001);
    }

    @Test
    void aDeclarationThatDoesNotFitIsRefusedWithTheReasonAndChangesNothing() {
        open("optimizers");
        Params before = fx(panel::params);
        assertThat(fx(() -> panel.tryIt(TryIt.parse("try:nothing=1")))).isFalse();
        assertThat(fx(panel::problem)).contains("There is no parameter 'nothing'");
        assertThat(fx(() -> panel.tryIt(TryIt.parse("try:data=moons")))).isFalse();
        assertThat(fx(panel::problem)).contains("takes no data");
        assertThat(fx(panel::params)).isEqualTo(before);
        assertThat(fx(panel::undoTryIt)).as("nothing to undo").isFalse();
    }
}
