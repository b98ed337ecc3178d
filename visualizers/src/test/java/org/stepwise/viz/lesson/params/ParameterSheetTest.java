package org.stepwise.viz.lesson.params;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.LessonCatalog;
import org.stepwise.viz.lesson.LoggedRecords;
import org.stepwise.viz.lesson.ThemedScenes;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The parameter sheet: what it accepts and refuses, the seed, and that nothing in it is cut short. */
@ExtendWith(ApplicationExtension.class)
class ParameterSheetTest {

    /**
     * The sheet's width in the side panel of a 1440 × 900 window, and at the side panel's
     * narrowest (320 pixels, less its scroll bar), as in a 1024 × 768 window.
     */
    private static final double WIDE = 340;
    private static final double NARROW = 300;

    private StackPane root;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        root = new StackPane();
        stage.setScene(ThemedScenes.of(root, WIDE, 900));
        stage.show();
    }

    private static Params optimizerDefaults() {
        return LessonCatalog.load().require("optimizers").factory().defaults();
    }

    private ParameterSheet show(Params params, double width) {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            ParameterSheet sheet = new ParameterSheet(params, 7);
            root.getChildren().setAll(sheet);
            stage.setWidth(width);
            root.applyCss();
            root.layout();
            return sheet;
        });
    }

    @Test
    void anAcceptedValueIsHandedOnAndARefusedOneIsExplainedAndChangesNothing() {
        ParameterSheet sheet = show(optimizerDefaults(), WIDE);
        List<Params> changes = new ArrayList<>();
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> sheet.setOnChange(changes::add));
        TextField rate = fieldOf(sheet, "Learning rate");
        enter(rate, "0.05");
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).real("learningRate")).isEqualTo(0.05);
        assertThat(sheet.message()).isEmpty();

        enter(rate, "-3");
        assertThat(changes).hasSize(1);
        assertThat(sheet.params().real("learningRate")).isEqualTo(0.05);
        assertThat(sheet.message()).contains("learningRate").contains("-3");
        assertThat(rate.getText()).isEqualTo("0.05");

        enter(rate, "fast");
        assertThat(changes).hasSize(1);
        assertThat(sheet.message()).contains("fast");
    }

    @Test
    void aChoiceShowsItsLabelsAndHandsOnItsWord() {
        ParameterSheet sheet = show(optimizerDefaults(), WIDE);
        List<Params> changes = new ArrayList<>();
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> sheet.setOnChange(changes::add));
        @SuppressWarnings("unchecked")
        ComboBox<String> surface = (ComboBox<String>) nodes(sheet, node -> node instanceof ComboBox<?>).get(0);
        // The learner reads "Quadratic bowl", not the command line's 'bowl'.
        List<String> shown = WaitForAsyncUtils.waitForAsyncFx(2000, () -> surface.lookupAll(".list-cell").stream()
                .map(cell -> ((javafx.scene.control.ListCell<?>) cell).getText()).toList());
        assertThat(shown).as("the button's cell").contains("Quadratic bowl").doesNotContain("bowl");
        assertThat(WaitForAsyncUtils.waitForAsyncFx(2000, () -> surface.getConverter().toString("rosenbrock")))
                .isEqualTo("Rosenbrock");

        WaitForAsyncUtils.waitForAsyncFx(2000, () -> surface.getSelectionModel().select("rosenbrock"));
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).choice("surface")).isEqualTo("rosenbrock");
    }

    @Test
    void theSeedTakesWholeNumbersOnlyAndNextCountsOn() {
        ParameterSheet sheet = show(optimizerDefaults(), WIDE);
        List<Long> seeds = new ArrayList<>();
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> sheet.setOnSeedChange(seeds::add));
        TextField seed = (TextField) nodes(sheet, node -> node instanceof TextField field && "7".equals(field.getText()))
                .get(0);
        enter(seed, "1.5");
        assertThat(seeds).isEmpty();
        assertThat(sheet.message()).contains("whole number").contains("1.5");
        assertThat(seed.getText()).isEqualTo("7");

        WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            ((Button) nodes(sheet, node -> node instanceof Button button && "Next".equals(button.getText())).get(0)).fire();
            return null;
        });
        assertThat(seeds).containsExactly(8L);
        assertThat(sheet.seed()).isEqualTo(8);
        assertThat(sheet.message()).isEmpty();
    }

    @Test
    void showingRestoredValuesTellsNobody() {
        ParameterSheet sheet = show(optimizerDefaults(), WIDE);
        List<Object> told = new ArrayList<>();
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            sheet.setOnChange(told::add);
            sheet.setOnSeedChange(told::add);
            sheet.show(sheet.params().with("learningRate", 0.3), 99);
            return null;
        });
        assertThat(told).isEmpty();
        assertThat(fieldOf(sheet, "Learning rate").getText()).isEqualTo("0.3");
        assertThat(sheet.seed()).isEqualTo(99);
    }

    @Test
    void onItsOwnInTheAppsThemeTheSheetIsStyledWithoutACssWarning() {
        // ControlsFX's stylesheets colour the sheet with Modena's names, which the Primer theme
        // lacks: unresolved, JavaFX logged a ClassCastException per rule (parameter-sheet.css).
        try (LoggedRecords css = LoggedRecords.of("javafx.css")) {
            show(optimizerDefaults(), WIDE);
            assertThat(css.messages()).isEmpty();
        }
    }

    @Test
    void inTheSidePanelOfAWideWindowEveryNameAndValueShowsWhole() {
        for (Lesson<?> lesson : LessonCatalog.load().lessons()) {
            ParameterSheet sheet = show(lesson.factory().defaults(), WIDE);
            Set<String> names = lesson.factory().params().stream().map(ParamSpec::label).collect(Collectors.toSet());
            List<Label> labels = WaitForAsyncUtils.waitForAsyncFx(2000, () -> nodes(sheet,
                    node -> node instanceof Label label && names.contains(label.getText())).stream().map(Label.class::cast).toList());
            assertThat(labels).as(lesson.info().id()).hasSize(names.size());
            for (Label label : labels) {
                assertThat(WaitForAsyncUtils.waitForAsyncFx(2000, () -> shown(label))).as(lesson.info().id())
                        .isEqualTo(label.getText());
                // The name the card and the command line use, for when a narrower panel cuts the row.
                assertThat(label.getTooltip().getText()).matches("[a-zA-Z0-9]+: .+");
            }
            assertValuesWhole(sheet, lesson.info().id());
        }
    }

    @Test
    void inANarrowWindowEveryValueStillShowsWhole() {
        for (Lesson<?> lesson : LessonCatalog.load().lessons()) {
            assertValuesWhole(show(lesson.factory().defaults(), NARROW), lesson.info().id());
        }
    }

    private static void assertValuesWhole(ParameterSheet sheet, String lessonId) {
        List<Node> fields = WaitForAsyncUtils.waitForAsyncFx(2000,
                () -> nodes(sheet, node -> node.getStyleClass().contains("param-field")));
        assertThat(fields).as(lessonId).isNotEmpty();
        List<String> cut = WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            List<String> found = new ArrayList<>();
            for (Node node : fields) {
                TextField field = (TextField) node;
                Text text = new Text(field.getText());
                text.setFont(field.getFont());
                double room = field.getWidth() - field.getInsets().getLeft() - field.getInsets().getRight();
                double right = field.localToScene(field.getLayoutBounds()).getMaxX();
                if (text.getLayoutBounds().getWidth() > room || right > sheet.localToScene(sheet.getLayoutBounds()).getMaxX()) {
                    found.add(field.getText());
                }
            }
            return found;
        });
        assertThat(cut).as(lessonId + ": values cut short or out of sight").isEmpty();
    }

    /** The text a label draws: its own, or that with an ellipsis when it does not fit. */
    private static String shown(Label label) {
        return ((Text) label.lookup(".text")).getText();
    }

    /** Types text into a field and presses Enter. */
    private static void enter(TextField field, String text) {
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            field.setText(text);
            field.getOnAction().handle(null);
            return null;
        });
    }

    private static List<Node> nodes(Node from, Predicate<Node> wanted) {
        List<Node> found = new ArrayList<>();
        if (wanted.test(from)) {
            found.add(from);
        }
        if (from instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                found.addAll(nodes(child, wanted));
            }
        }
        return found;
    }

    private static TextField fieldOf(ParameterSheet sheet, String name) {
        Label label = (Label) nodes(sheet, node -> node instanceof Label l && name.equals(l.getText())).get(0);
        return (TextField) nodes(label.getLabelFor(), node -> node.getStyleClass().contains("param-field")).get(0);
    }
}
