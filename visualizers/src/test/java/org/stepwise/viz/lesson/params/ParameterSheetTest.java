package org.stepwise.viz.lesson.params;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
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
    /** The least width a slider gets in the side panel of a 1440 × 900 window: usable, unlike the old 60 pixels. */
    private static final double MIN_SLIDER = 160;

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
        return WaitForAsyncUtils.waitForAsyncFx(20_000, () -> {
            ParameterSheet sheet = new ParameterSheet(params, 7);
            // Every row on screen, whatever a section's remembered state.
            sheet.headings().forEach(heading -> sheet.setOpen(heading, true));
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
        // ControlsFX's property sheet, which the sheet used to be, coloured itself with Modena's
        // names, which the Primer theme lacks: JavaFX logged a ClassCastException per rule.
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

    @Test
    void headingsComeInDeclarationOrderAndFoldTheirRowsAwayAsRemembered() {
        ParameterSheet sheet = show(optimizerDefaults(), WIDE);
        assertThat(sheet.headings()).containsExactly("Surface", "Learning rates", "Optimizers raced",
                "Optimizer settings", "Stopping");
        List<Button> headings = WaitForAsyncUtils.waitForAsyncFx(2000, () -> nodes(sheet,
                node -> node.getStyleClass().contains("param-heading")).stream().map(Button.class::cast).toList());
        assertThat(headings).extracting(Button::getText).containsExactlyElementsOf(sheet.headings());
        List<Double> tops = WaitForAsyncUtils.waitForAsyncFx(2000,
                () -> headings.stream().map(heading -> heading.localToScene(0, 0).getY()).toList());
        assertThat(tops).isSorted();
        assertThat(labelNamed(sheet, "Conditioning")).isPresent();

        try {
            WaitForAsyncUtils.waitForAsyncFx(2000, () -> headings.get(0).fire());
            assertThat(sheet.isOpen("Surface")).isFalse();
            assertThat(labelNamed(sheet, "Conditioning")).as("folded away").isEmpty();
            assertThat(labelNamed(sheet, "Learning rate")).isPresent();
            // A new sheet for the lesson (a restart, a return to it) shows the section as it was left.
            ParameterSheet again = WaitForAsyncUtils.waitForAsyncFx(2000, () -> new ParameterSheet(optimizerDefaults(), 7));
            assertThat(again.isOpen("Surface")).isFalse();
            WaitForAsyncUtils.waitForAsyncFx(2000, () -> headings.get(0).fire());
            assertThat(labelNamed(sheet, "Conditioning")).isPresent();
        } finally {
            WaitForAsyncUtils.waitForAsyncFx(2000, () -> sheet.setOpen("Surface", true));
        }
    }

    @Test
    void theOptimizersFineTuningStartsClosedAndALessonWithoutGroupsHasNoHeadings() {
        SheetSections.forgetAll();
        ParameterSheet fresh = WaitForAsyncUtils.waitForAsyncFx(2000, () -> new ParameterSheet(optimizerDefaults(), 7));
        assertThat(fresh.isOpen("Optimizer settings")).isFalse();
        assertThat(fresh.isOpen("Surface")).isTrue();
        ParameterSheet perceptron = show(LessonCatalog.load().require("perceptron").factory().defaults(), WIDE);
        assertThat(perceptron.headings()).isEmpty();
        assertThat(nodes(perceptron, node -> node.getStyleClass().contains("param-heading"))).isEmpty();
    }

    @Test
    void slidersAreUsablyWideAndEveryValueIncludingTheSeedStandsInOneColumn() {
        for (Lesson<?> lesson : LessonCatalog.load().lessons()) {
            ParameterSheet sheet = show(lesson.factory().defaults(), WIDE);
            List<Double> widths = WaitForAsyncUtils.waitForAsyncFx(2000, () -> nodes(sheet,
                    node -> node instanceof Slider).stream().map(node -> node.getLayoutBounds().getWidth()).toList());
            assertThat(widths).as(lesson.info().id() + ": slider widths").allSatisfy(width ->
                    assertThat(width).isGreaterThanOrEqualTo(MIN_SLIDER));
            List<Double> lefts = WaitForAsyncUtils.waitForAsyncFx(2000, () -> nodes(sheet,
                    node -> node instanceof TextField || node instanceof ComboBox<?> || node instanceof CheckBox)
                    .stream().map(node -> Math.rint(node.localToScene(node.getLayoutBounds()).getMinX())).distinct()
                    .toList());
            assertThat(lefts).as(lesson.info().id() + ": the values' x, the seed's among them").hasSize(1);
            Button next = (Button) nodes(sheet, node -> node instanceof Button button && "Next".equals(button.getText()))
                    .get(0);
            assertThat(WaitForAsyncUtils.waitForAsyncFx(2000, () -> ((Text) next.lookup(".text")).getText()))
                    .as(lesson.info().id() + ": the seed's button").isEqualTo("Next");
        }
    }

    @Test
    void aParameterThatDoesNotApplyIsDisabledSayingWhyAndComesBack() {
        ParameterSheet sheet = show(optimizerDefaults(), WIDE);
        TextField conditioning = fieldOf(sheet, "Conditioning");
        Label name = labelNamed(sheet, "Conditioning").orElseThrow();
        assertThat(conditioning.isDisabled()).isFalse();
        ComboBox<String> surface = surfaceBox(sheet);
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> surface.getSelectionModel().select("rosenbrock"));
        assertThat(conditioning.isDisabled()).isTrue();
        assertThat(fieldOf(sheet, "Rotation (°)").isDisabled()).isTrue();
        assertThat(sliderBeneath(sheet, conditioning).isDisabled()).isTrue();
        assertThat(name.getTooltip().getText()).startsWith("conditioning: Only for the quadratic bowl.");
        assertThat(name.getStyleClass()).contains("param-inapplicable");
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> surface.getSelectionModel().select("bowl"));
        assertThat(conditioning.isDisabled()).isFalse();
        assertThat(name.getStyleClass()).doesNotContain("param-inapplicable");
        assertThat(name.getTooltip().getText()).doesNotContain("Only");

        // An optimizer's own settings apply while it races.
        TextField decay = fieldOf(sheet, "Weight decay λ");
        assertThat(decay.isDisabled()).isTrue();
        CheckBox adamw = (CheckBox) labelNamed(sheet, "AdamW").orElseThrow().getLabelFor();
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> adamw.setSelected(true));
        assertThat(decay.isDisabled()).isFalse();
        assertThat(sheet.params().flag("useAdamw")).isTrue();
    }

    @Test
    void eachSurfaceBringsItsRatesAndStartButTheLearnersOwnValueStays() {
        ParameterSheet sheet = show(optimizerDefaults(), WIDE);
        List<Params> changes = new ArrayList<>();
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> sheet.setOnChange(changes::add));
        ComboBox<String> surface = surfaceBox(sheet);
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> surface.getSelectionModel().select("rosenbrock"));
        assertThat(fieldOf(sheet, "Learning rate").getText()).isEqualTo("0.001");
        assertThat(fieldOf(sheet, "Adaptive rate").getText()).isEqualTo("0.05");
        assertThat(fieldOf(sheet, "Start x").getText()).isEqualTo("-1.2");
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).real("learningRate")).isEqualTo(0.001);

        enter(fieldOf(sheet, "Adaptive rate"), "0.3");
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> surface.getSelectionModel().select("beale"));
        assertThat(fieldOf(sheet, "Learning rate").getText()).as("still Rosenbrock's default: follows").isEqualTo("0.01");
        assertThat(fieldOf(sheet, "Adaptive rate").getText()).as("the learner's own: kept").isEqualTo("0.3");
        assertThat(sheet.params().real("adaptiveLearningRate")).isEqualTo(0.3);
        assertThat(changes.get(changes.size() - 1)).isEqualTo(sheet.params());
    }

    private static Optional<Label> labelNamed(ParameterSheet sheet, String name) {
        return WaitForAsyncUtils.waitForAsyncFx(2000, () -> nodes(sheet,
                node -> node instanceof Label label && name.equals(label.getText())).stream().map(Label.class::cast)
                .findFirst());
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> surfaceBox(ParameterSheet sheet) {
        return (ComboBox<String>) labelNamed(sheet, "Surface").orElseThrow().getLabelFor();
    }

    /** The slider on the line beneath a field's name. */
    private static Slider sliderBeneath(ParameterSheet sheet, TextField field) {
        return WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            double bottom = field.localToScene(field.getLayoutBounds()).getMaxY();
            return nodes(sheet, node -> node instanceof Slider).stream().map(Slider.class::cast)
                    .filter(slider -> slider.localToScene(slider.getLayoutBounds()).getMinY() >= bottom - 1)
                    .min(java.util.Comparator.comparingDouble(slider -> slider.localToScene(0, 0).getY()))
                    .orElseThrow();
        });
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
