package org.stepwise.viz.lesson.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.algo.DataKind;
import org.stepwise.data.csv.CsvPreview;
import org.stepwise.data.csv.ImportChoice;
import org.stepwise.data.csv.ImportChoice.TargetKind;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class CsvImportDialogTest {

    private final CsvPreview preview = new CsvPreview(List.of("height", "weight", "age", "species"),
            List.of(List.of("1.5", "60", "30", "a"), List.of("1.7", "70", "40", "b")), 2);

    @Start
    void start(Stage stage) {
        // The dialogs are built on the FX thread below; nothing to show first.
    }

    @Test
    void aPlaneLessonStartsWithTheFirstTwoFeaturesAndTheLastColumnAsTarget() throws Exception {
        ImportChoice choice = WaitForAsyncUtils.asyncFx(() -> {
            CsvImportDialog dialog = new CsvImportDialog("animals.csv", preview, 2, DataKind.CLASSIFICATION);
            assertThat(dialog.refusal()).isEmpty();
            return dialog.choice();
        }).get();
        assertThat(choice.featureColumns()).containsExactly(0, 1);
        assertThat(choice.targetColumn()).isEqualTo(3);
        assertThat(choice.targetKind()).isEqualTo(TargetKind.CLASSIFICATION);
    }

    @Test
    void aPlaneLessonNeedsExactlyTwoTickedFeatures() throws Exception {
        List<String> refusals = WaitForAsyncUtils.asyncFx(() -> {
            CsvImportDialog dialog = new CsvImportDialog("animals.csv", preview, 2, DataKind.CLASSIFICATION);
            dialog.tick(2, true);
            String three = dialog.refusal().orElse("");
            dialog.tick(0, false);
            dialog.tick(1, false);
            String one = dialog.refusal().orElse("");
            dialog.tick(2, false);
            String none = dialog.refusal().orElse("");
            dialog.tick(1, true);
            dialog.tick(2, true);
            String two = dialog.refusal().orElse("");
            return List.of(three, one, none, two);
        }).get();
        assertThat(refusals.get(0)).contains("tick exactly 2").contains("you ticked 3");
        assertThat(refusals.get(1)).contains("you ticked 1");
        assertThat(refusals.get(2)).contains("at least one feature");
        assertThat(refusals.get(3)).isEmpty();
    }

    @Test
    void theTargetColumnCannotBeTickedAsAFeature() throws Exception {
        ImportChoice choice = WaitForAsyncUtils.asyncFx(() -> {
            CsvImportDialog dialog = new CsvImportDialog("animals.csv", preview, 0, DataKind.REGRESSION);
            dialog.chooseTarget(1);
            dialog.tick(1, true);
            dialog.tick(3, false);
            return dialog.choice();
        }).get();
        assertThat(choice.targetColumn()).isEqualTo(1);
        assertThat(choice.featureColumns()).containsExactly(0, 2);
        assertThat(choice.targetKind()).isEqualTo(TargetKind.REGRESSION);
    }

    @Test
    void withoutAPlaneEveryOtherColumnIsAFeatureAtFirst() throws Exception {
        ImportChoice choice = WaitForAsyncUtils.asyncFx(() -> {
            CsvImportDialog dialog = new CsvImportDialog("animals.csv", preview, 0, DataKind.UNLABELLED);
            return dialog.choice();
        }).get();
        assertThat(choice.featureColumns()).containsExactly(0, 1, 2);
        assertThat(choice.targetKind()).isEqualTo(TargetKind.AUTO);
    }

    /**
     * Shown as in the app (Primer, 15 px type), every header of the preview and every name in
     * the form reads whole: the preview cut "x1" to "…" and the form "Target colu…".
     */
    @Test
    void everyColumnHeaderAndNameInTheFormIsShownWhole() throws Exception {
        CsvPreview points = new CsvPreview(List.of("x1", "x2", "label"),
                List.of(List.of("0.25", "-1.5", "a"), List.of("1.75", "0.5", "b")), 2);
        String userAgent = javafx.application.Application.getUserAgentStylesheet();
        try {
            List<String> cut = WaitForAsyncUtils.asyncFx(() -> {
                javafx.application.Application.setUserAgentStylesheet(
                        new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
                CsvImportDialog dialog = new CsvImportDialog("points.csv", points, 2, DataKind.CLASSIFICATION);
                dialog.show();
                javafx.scene.Parent content = dialog.getDialogPane();
                content.applyCss();
                content.layout();
                NodePng.write(content, "csv-import");
                List<String> shortened = new java.util.ArrayList<>();
                for (javafx.scene.Node node : content.lookupAll(".label")) {
                    javafx.scene.control.Label label = (javafx.scene.control.Label) node;
                    String shown = label.getChildrenUnmodifiable().stream()
                            .filter(javafx.scene.text.Text.class::isInstance)
                            .map(text -> ((javafx.scene.text.Text) text).getText()).findFirst().orElse("");
                    if (label.isVisible() && !label.getText().isEmpty() && !label.isWrapText()
                            && !shown.equals(label.getText())) {
                        shortened.add(label.getText() + " shown as " + shown);
                    }
                }
                dialog.close();
                return shortened;
            }).get();
            assertThat(cut).isEmpty();
        } finally {
            WaitForAsyncUtils.asyncFx(() -> javafx.application.Application.setUserAgentStylesheet(userAgent)).get();
        }
    }
}
