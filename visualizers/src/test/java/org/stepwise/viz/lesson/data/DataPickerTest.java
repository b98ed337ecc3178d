package org.stepwise.viz.lesson.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.stepwise.algo.DataKind;
import org.stepwise.data.BuiltInDatasets;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.data.Standardizer;
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
    private final Dataset initial = Generators.generate("blobs", new GeneratorOptions(30, 0.5, 3, 0));
    private DataPicker picker;
    private StackPane root;

    @Start
    void start(Stage stage) {
        fxErrors.install();
        picker = new DataPicker(DataKind.CLASSIFICATION, 2);
        picker.setData(initial);
        picker.setOnDataChanged(emitted::add);
        root = new StackPane(picker);
        // The lesson panel's type size, which the picker's sizes are relative to.
        root.setStyle("-fx-font-size: 15px;");
        stage.setScene(org.stepwise.viz.lesson.ThemedScenes.of(root, 420, 760));
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

    /** Visible, and so are all its parents. */
    private static boolean shown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private void awaitIdle() throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !picker.isBusy());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private <T extends Node> T lookup(String id) {
        return (T) picker.lookup("#" + id);
    }

    @Test
    void aGeneratorEmitsTwoFeaturesOfTheChosenSize() throws Exception {
        onFx(() -> picker.choose("moons"));
        Dataset moons = awaitEmitted(data -> data.name().equals("moons"));
        assertThat(moons.size()).isEqualTo(200);
        assertThat(moons.featureCount()).isEqualTo(2);
        Spinner<Integer> classes = lookup("data-classes");
        assertThat(shown(classes)).as("moons has two classes, no choice: no field").isFalse();

        Spinner<Integer> points = lookup("data-points");
        onFx(() -> points.getValueFactory().setValue(123));
        Dataset resized = awaitEmitted(data -> data.size() == 123);
        assertThat(resized.featureCount()).isEqualTo(2);
        assertThat(resized).isEqualTo(Generators.generate("moons", new GeneratorOptions(123, 0.1, 2, 0)));

        onFx(() -> picker.choose("blobs"));
        awaitEmitted(data -> data.name().equals("blobs"));
        assertThat(shown(classes)).isTrue();
        assertThat(classes.isDisabled()).isFalse();
        onFx(() -> classes.getValueFactory().setValue(5));
        Dataset fiveBlobs = awaitEmitted(data -> data.name().equals("blobs") && data.classCount() == 5);
        assertThat(fiveBlobs.size()).as("blobs' own number of points, not moons'").isEqualTo(200);
        assertThat(fxErrors.errors()).isEmpty();
    }

    /** Blobs' noise carried over to moons drew a shapeless cloud. */
    @Test
    void eachGeneratorOpensWithItsOwnOptionsAndKeepsTheLearnersChanges() throws Exception {
        onFx(() -> picker.showGeneratorOptions(new GeneratorOptions(30, 0.9, 3, 0)));
        Slider noise = lookup("data-noise");
        Spinner<Integer> points = lookup("data-points");
        onFx(() -> picker.choose("moons"));
        Dataset moons = awaitEmitted(data -> data.name().equals("moons"));
        assertThat(moons).as("the command line's moons").isEqualTo(Generators.generate("moons", GeneratorOptions.defaults()));
        assertThat(noise.getValue()).isEqualTo(GeneratorOptions.defaults().noise());
        onFx(() -> noise.setValue(0.25));
        awaitEmitted(data -> data.name().equals("moons")
                && data.equals(Generators.generate("moons", GeneratorOptions.defaults().withNoise(0.25))));

        onFx(() -> picker.choose("blobs"));
        Dataset blobs = awaitEmitted(data -> data.name().equals("blobs"));
        assertThat(blobs).as("blobs as the lesson opened them").isEqualTo(
                Generators.generate("blobs", new GeneratorOptions(30, 0.9, 3, 0)));
        assertThat(points.getValue()).isEqualTo(30);
        onFx(() -> picker.choose("moons"));
        Dataset again = awaitEmitted(data -> data.name().equals("moons"));
        assertThat(noise.getValue()).as("the learner's noise for moons").isEqualTo(0.25);
        assertThat(again).isEqualTo(Generators.generate("moons", GeneratorOptions.defaults().withNoise(0.25)));
        assertThat(fxErrors.errors()).isEmpty();
    }

    @Test
    void theOpeningDatasOptionsAreShownWithoutMakingNewData() throws Exception {
        onFx(() -> picker.showGeneratorOptions(new GeneratorOptions(30, 0.5, 3, 0)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(emitted).as("showing the options generates nothing").isEmpty();
        Slider noise = lookup("data-noise");
        assertThat(noise.getValue()).isEqualTo(0.5);
        Spinner<Integer> points = lookup("data-points");
        assertThat(points.getValue()).isEqualTo(30);
        // The next change starts from the options on screen, the ones the opening data was made with.
        onFx(() -> points.getValueFactory().setValue(40));
        Dataset more = awaitEmitted(data -> data.size() == 40);
        assertThat(more).isEqualTo(Generators.generate("blobs", new GeneratorOptions(40, 0.5, 3, 0)));
        assertThat(fxErrors.errors()).isEmpty();
    }

    @Test
    void irisOnAPlaneEmitsTheTwoChosenColumns() throws Exception {
        ChoiceBox<String> xColumn = lookup("data-x-column");
        ChoiceBox<String> yColumn = lookup("data-y-column");
        assertThat(shown(xColumn)).as("blobs has only two features").isFalse();

        onFx(() -> picker.choose("iris"));
        Dataset iris = awaitEmitted(data -> data.name().equals("iris"));
        assertThat(shown(lookup("data-points"))).as("a built-in set has no generator options").isFalse();
        assertThat(iris.featureNames()).containsExactly("sepal length (cm)", "sepal width (cm)");
        assertThat(shown(xColumn)).isTrue();

        onFx(() -> {
            xColumn.getSelectionModel().select(2);
            yColumn.getSelectionModel().select(3);
        });
        Dataset petals = awaitEmitted(data -> data.featureNames().get(1).equals("petal width (cm)"));
        assertThat(petals).isEqualTo(BuiltInDatasets.load("iris").selectFeatures(2, 3));

        onFx(picker::undo);
        assertThat(picker.current().featureNames()).containsExactly("petal length (cm)", "sepal width (cm)");
        assertThat(xColumn.getSelectionModel().getSelectedIndex()).isEqualTo(2);
        assertThat(yColumn.getSelectionModel().getSelectedIndex()).as("the choices follow undo").isEqualTo(1);
        assertThat(fxErrors.errors()).isEmpty();
    }

    @Test
    void aMalformedCsvShowsWhyAndKeepsTheData() throws Exception {
        Path bad = folder.resolve("bad.csv");
        Files.writeString(bad, "a,b,c\n1,2,x\n1,oops,y\n");
        onFx(() -> picker.importFile(bad, ImportChoice.lastColumnTarget(3)));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !picker.message().isEmpty());
        awaitIdle();
        assertThat(picker.message()).contains("line 3, column 'b': 'oops' is not a number").contains("unchanged");
        assertThat(shown(lookup("data-message"))).isTrue();
        WritableImage refused = WaitForAsyncUtils.asyncFx(() -> NodePng.write(root, "picker-refused-file")).get();
        assertThat(containsColour(refused, 0xD55E00)).as("the message is drawn in vermilion").isTrue();
        assertThat(emitted).isEmpty();
        assertThat(picker.current()).isEqualTo(initial);
        assertThat(picker.canUndo()).isFalse();
        assertThat(fxErrors.errors()).isEmpty();
    }

    @Test
    void dataOfTheWrongKindIsRefusedLikeAMalformedFile() throws Exception {
        Path real = folder.resolve("heights.csv");
        Files.writeString(real, "x1,x2,height\n1,2,1.52\n3,4,1.87\n5,6,1.60\n");
        onFx(() -> picker.importFile(real,
                new ImportChoice(List.of(0, 1), 2, ImportChoice.TargetKind.REGRESSION)));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !picker.message().isEmpty());
        assertThat(picker.message()).contains("needs data with classes");
        assertThat(emitted).isEmpty();
        assertThat(picker.current()).isEqualTo(initial);
    }

    @Test
    void aValidCsvIsEmittedAndNamedInTheSourceList() throws Exception {
        Path good = folder.resolve("good.csv");
        Files.writeString(good, "a,b,c\n1,2,x\n3,4,y\n5,6,x\n");
        onFx(() -> picker.importFile(good, ImportChoice.lastColumnTarget(3)));
        Dataset imported = awaitEmitted(data -> data.name().equals("good"));
        assertThat(imported.classNames()).containsExactly("x", "y");
        assertThat(imported.row(1)).containsExactly(3, 4);
        assertThat(picker.message()).isEmpty();
        javafx.scene.control.ComboBox<String> source = lookup("data-source");
        assertThat(source.getConverter().toString(source.getValue())).contains("good");

        onFx(() -> picker.choose("moons"));
        awaitEmitted(data -> data.name().equals("moons"));
        onFx(() -> source.setValue(SourceNames.OTHER_SOURCE));
        assertThat(picker.current()).as("choosing the file again brings it back").isEqualTo(imported);

        onFx(picker::undo);
        onFx(picker::undo);
        assertThat(picker.current()).isEqualTo(imported);
        assertThat(source.getConverter().toString(source.getValue())).contains("good");
        onFx(picker::undo);
        assertThat(picker.current()).isEqualTo(initial);
        assertThat(source.getValue()).isEqualTo("blobs");
        assertThat(fxErrors.errors()).isEmpty();
    }

    @Test
    void importingThroughTheColumnPicker() throws Exception {
        Path wide = folder.resolve("wide.csv");
        Files.writeString(wide, "a,b,c,label\n1,2,3,x\n4,5,6,y\n7,8,9,x\n");
        onFx(() -> picker.importFile(wide));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> dialogPane() != null);
        DialogPane pane = dialogPane();
        WritableImage dialog = WaitForAsyncUtils.asyncFx(() -> NodePng.write(pane, "csv-dialog")).get();
        assertThat(dialog.getWidth()).isGreaterThan(400);
        onFx(() -> ((Button) pane.lookupButton(ButtonType.OK)).fire());
        Dataset imported = awaitEmitted(data -> data.name().equals("wide"));
        assertThat(imported.featureNames()).containsExactly("a", "b");
        assertThat(imported.classNames()).containsExactly("x", "y");
        assertThat(fxErrors.errors()).isEmpty();
    }

    private static DialogPane dialogPane() {
        for (Window window : Window.getWindows()) {
            if (window.isShowing() && window.getScene() != null && window.getScene().getRoot() instanceof DialogPane pane) {
                return pane;
            }
        }
        return null;
    }

    @Test
    void pointEditsUndoAndRedoExactly() throws Exception {
        onFx(() -> {
            picker.setEditClass(2);
            picker.addPoint(0.5, -0.5);
        });
        Dataset added = picker.current();
        assertThat(added.size()).isEqualTo(31);
        assertThat(added.row(30)).containsExactly(0.5, -0.5);
        assertThat(added.label(30)).isEqualTo(2);

        onFx(() -> {
            picker.movePoint(0, 1, 1, false);
            picker.movePoint(0, 2, 2, false);
            picker.movePoint(0, 9, 9, true);
        });
        Dataset moved = picker.current();
        assertThat(moved.row(0)).containsExactly(9, 9);
        assertThat(emitted).as("each drag position is shown").hasSize(4);
        assertThat(emitted.get(1).row(0)).containsExactly(1, 1);

        onFx(() -> picker.removePoint(1));
        Dataset removed = picker.current();
        assertThat(removed.size()).isEqualTo(30);

        onFx(picker::undo);
        assertThat(picker.current()).isEqualTo(moved);
        onFx(picker::undo);
        assertThat(picker.current()).as("the whole drag is one undo").isEqualTo(added);
        onFx(picker::undo);
        assertThat(picker.current()).isEqualTo(initial);
        assertThat(picker.canUndo()).isFalse();
        assertThat(this.<Button>lookup("data-undo").isDisabled()).isTrue();

        onFx(picker::redo);
        assertThat(picker.current()).isEqualTo(added);
        onFx(picker::redo);
        onFx(picker::redo);
        assertThat(picker.current()).isEqualTo(removed);
        assertThat(picker.canRedo()).isFalse();
        assertThat(emitted.get(emitted.size() - 1)).isEqualTo(removed);
        assertThat(fxErrors.errors()).isEmpty();
    }

    @Test
    void tickingStandardizeHandsOutStandardScalersDataAndKeepsTheRaw() throws Exception {
        javafx.scene.control.CheckBox box = lookup("data-standardize");
        assertThat(shown(box)).isTrue();
        assertThat(box.isSelected()).isFalse();

        onFx(box::fire);
        Dataset scaled = awaitEmitted(data -> data.featureNames().get(0).endsWith("(standardized)"));
        assertThat(picker.isStandardized()).isTrue();
        assertThat(scaled).isEqualTo(Standardizer.standardized(initial)).isEqualTo(picker.current());
        assertThat(scaled.featureNames()).containsExactly("x1 (standardized)", "x2 (standardized)");
        assertThat(picker.raw()).isEqualTo(initial);
        // Each column now has mean 0 and population standard deviation 1 (StandardScaler's ddof = 0).
        for (int j = 0; j < 2; j++) {
            double sum = 0;
            double squares = 0;
            for (int i = 0; i < scaled.size(); i++) {
                sum += scaled.feature(i, j);
                squares += scaled.feature(i, j) * scaled.feature(i, j);
            }
            assertThat(sum / scaled.size()).isCloseTo(0, org.assertj.core.api.Assertions.within(1e-12));
            assertThat(squares / scaled.size()).isCloseTo(1, org.assertj.core.api.Assertions.within(1e-12));
        }
        assertThat(picker.canUndo()).as("the option is not an edit of the data").isFalse();

        onFx(box::fire);
        assertThat(awaitEmitted(data -> !data.featureNames().get(0).endsWith("(standardized)"))).isEqualTo(initial);
        assertThat(picker.current()).isEqualTo(initial);
        assertThat(emitted).hasSize(2);
        assertThat(fxErrors.errors()).isEmpty();
    }

    @Test
    void aPointClickedOnStandardizedDataEntersTheRawDataMappedBack() throws Exception {
        onFx(() -> picker.setStandardized(true));
        Standardizer shown = Standardizer.fit(initial);
        onFx(() -> {
            picker.setEditClass(1);
            picker.addPoint(0.5, -1.5);
        });
        Dataset raw = picker.raw();
        assertThat(raw.size()).isEqualTo(31);
        double[] expected = {0.5, -1.5};
        shown.inversePoint(expected, expected);
        assertThat(raw.row(30)[0]).isCloseTo(expected[0], org.assertj.core.api.Assertions.within(1e-12));
        assertThat(raw.row(30)[1]).isCloseTo(expected[1], org.assertj.core.api.Assertions.within(1e-12));
        assertThat(raw.label(30)).isEqualTo(1);
        // Refitted on the 31 rows, as StandardScaler would be.
        assertThat(picker.current()).isEqualTo(Standardizer.standardized(raw));
        assertThat(emitted.get(emitted.size() - 1)).isEqualTo(Standardizer.standardized(raw));

        onFx(() -> picker.movePoint(0, 0, 0));
        Standardizer beforeMove = Standardizer.fit(raw);
        double[] centre = {0, 0};
        beforeMove.inversePoint(centre, centre);
        assertThat(picker.raw().row(0)[0]).isCloseTo(centre[0], org.assertj.core.api.Assertions.within(1e-12));

        onFx(picker::undo);
        onFx(picker::undo);
        assertThat(picker.raw()).isEqualTo(initial);
        assertThat(picker.current()).isEqualTo(Standardizer.standardized(initial));
        onFx(picker::redo);
        assertThat(picker.raw()).isEqualTo(raw);
        onFx(() -> picker.setStandardized(false));
        assertThat(picker.current()).as("switched off, the raw data with the point").isEqualTo(raw);
        assertThat(fxErrors.errors()).isEmpty();
    }

    @Test
    void standardizeTickedBeforeAnyDataWaitsForIt() throws Exception {
        List<Dataset> fresh = new CopyOnWriteArrayList<>();
        DataPicker[] empty = new DataPicker[1];
        onFx(() -> {
            empty[0] = new DataPicker(DataKind.CLASSIFICATION, 2);
            empty[0].setOnDataChanged(fresh::add);
            empty[0].setStandardized(true);
            empty[0].addPoint(1, 2);
        });
        assertThat(fresh).isEmpty();
        assertThat(empty[0].current()).isNull();
        onFx(() -> empty[0].setData(initial));
        assertThat(fresh).containsExactly(Standardizer.standardized(initial));
        assertThat(fxErrors.errors()).isEmpty();
    }

    @Test
    void setDataWithTheOptionIsOneChange() throws Exception {
        Dataset session = Generators.generate("xor", new GeneratorOptions(40, 0.1, 2, 7));
        onFx(() -> picker.setData(session, true));
        assertThat(emitted).containsExactly(Standardizer.standardized(session));
        assertThat(this.<javafx.scene.control.CheckBox>lookup("data-standardize").isSelected()).isTrue();
        assertThat(picker.raw()).isEqualTo(session);
        onFx(() -> picker.setData(session, true));
        assertThat(emitted).as("the same data and option: nothing new").hasSize(1);
        assertThat(fxErrors.errors()).isEmpty();
    }

    @Test
    void aRefusedEditSaysWhyAndChangesNothing() throws Exception {
        onFx(() -> picker.addPoint(Double.NaN, 0));
        assertThat(picker.message()).contains("finite");
        onFx(() -> picker.removePoint(99));
        assertThat(picker.message()).contains("99");
        assertThat(picker.current()).isEqualTo(initial);
        assertThat(emitted).isEmpty();
        assertThat(fxErrors.errors()).isEmpty();
    }

    @Test
    void setDataIsOneUndoableStep() throws Exception {
        Dataset session = Generators.generate("xor", new GeneratorOptions(40, 0.1, 2, 7));
        onFx(() -> picker.setData(session));
        assertThat(picker.current()).isEqualTo(session);
        assertThat(emitted).containsExactly(session);
        onFx(picker::undo);
        assertThat(picker.current()).isEqualTo(initial);

        onFx(() -> picker.setData(BuiltInDatasets.load("wine")));
        assertThat(picker.current().featureCount()).as("cut to the plane").isEqualTo(2);
        assertThat(shown(lookup("data-x-column"))).isTrue();
    }

    @Test
    void aRegressionPlaneDrawsOneFeatureAgainstTheTarget() throws Exception {
        List<Dataset> regressionData = new CopyOnWriteArrayList<>();
        DataPicker[] regression = new DataPicker[1];
        onFx(() -> {
            regression[0] = new DataPicker(DataKind.REGRESSION, 1);
            regression[0].setOnDataChanged(regressionData::add);
            root.getChildren().setAll(regression[0]);
            regression[0].choose("diabetes");
        });
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !regressionData.isEmpty());
        assertThat(regressionData.get(0).featureCount()).isEqualTo(1);
        assertThat(regressionData.get(0).isClassification()).isFalse();
        onFx(() -> regression[0].choose("sine"));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> regressionData.get(regressionData.size() - 1).name().equals("sine"));
        onFx(() -> regression[0].addPoint(2, 7));
        Dataset withPoint = regression[0].current();
        assertThat(withPoint.row(withPoint.size() - 1)).containsExactly(2);
        assertThat(withPoint.target(withPoint.size() - 1)).isEqualTo(7);
        // Standardized, only the feature is scaled: x maps back to raw, the target stays y.
        onFx(() -> regression[0].setStandardized(true));
        Standardizer sine = Standardizer.fit(withPoint);
        onFx(() -> regression[0].addPoint(-1, 3));
        Dataset raw = regression[0].raw();
        double[] x = {-1};
        sine.inversePoint(x, x);
        assertThat(raw.row(raw.size() - 1)[0]).isCloseTo(x[0], org.assertj.core.api.Assertions.within(1e-12));
        assertThat(raw.target(raw.size() - 1)).isEqualTo(3);
        assertThat(regression[0].current().targets()).isEqualTo(raw.targets());
        assertThat(regression[0].drawnFeatures()).isEqualTo(1);
        assertThat(fxErrors.errors()).isEmpty();
    }

    @Test
    void typingNonsenseIntoASpinnerReachesNoThread() throws Exception {
        onFx(() -> picker.choose("moons"));
        awaitEmitted(data -> data.name().equals("moons"));
        Spinner<Integer> points = lookup("data-points");
        onFx(() -> {
            points.getEditor().setText("lots");
            points.commitValue();
        });
        assertThat(points.getValue()).isEqualTo(200);
        onFx(() -> {
            points.getEditor().setText("250000");
            points.commitValue();
        });
        awaitIdle();
        assertThat(points.getValue()).as("clamped to the largest size").isEqualTo(GeneratorOptions.MAX_SIZE);
        assertThat(fxErrors.errors()).isEmpty();
    }

    @Test
    void rendersLargeAndInClassColours() throws Exception {
        onFx(() -> picker.choose("iris"));
        awaitEmitted(data -> data.name().equals("iris"));
        WritableImage iris = WaitForAsyncUtils.asyncFx(() -> NodePng.write(root, "picker-iris")).get();
        onFx(() -> picker.choose("spirals"));
        awaitEmitted(data -> data.name().equals("spirals"));
        WritableImage spirals = WaitForAsyncUtils.asyncFx(() -> NodePng.write(root, "picker-spirals")).get();
        assertThat(Files.exists(NodePng.folder().resolve("picker-iris.png"))).isTrue();
        assertThat(containsColour(iris, 0xE69F00)).as("the orange swatch of class 1").isTrue();
        assertThat(containsColour(iris, 0x009E73)).as("the green swatch of class 2").isTrue();
        assertThat(containsColour(spirals, 0x0072B2)).as("the blue swatch of class 0").isTrue();
        onFx(() -> picker.choose("digits"));
        awaitEmitted(data -> data.name().equals("digits"));
        WritableImage digits = WaitForAsyncUtils.asyncFx(() -> NodePng.write(root, "picker-digits")).get();
        assertThat(containsColour(digits, 0x000000)).as("the black swatch of class 7").isTrue();
        assertThat(fxErrors.errors()).isEmpty();
    }

    /** The data-set menu, as wide as its longest entry, opened past the side panel's (and window's) edge. */
    @Test
    void theDataSetMenuOpensInsideTheWindow() throws Exception {
        javafx.scene.control.ComboBox<String> source = lookup("data-source");
        Window stage = root.getScene().getWindow();
        double width = stage.getWidth();
        String userAgent = javafx.application.Application.getUserAgentStylesheet();
        onFx(() -> {
            // The side panel's width in a 1440-pixel window, and the app's theme for the menu's own window.
            javafx.application.Application.setUserAgentStylesheet(
                    new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            stage.setWidth(340);
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.geometry.Bounds[] bounds = WaitForAsyncUtils.asyncFx(() -> {
            source.show();
            Window window = root.getScene().getWindow();
            return new javafx.geometry.Bounds[] {
                new javafx.geometry.BoundingBox(window.getX(), window.getY(), window.getWidth(), window.getHeight()),
                source.localToScreen(source.getLayoutBounds())};
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        javafx.geometry.Bounds menu = WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.Node list = ((javafx.scene.control.skin.ComboBoxListViewSkin<?>) source.getSkin())
                    .getPopupContent();
            return list.localToScreen(list.getLayoutBounds());
        }).get();
        onFx(() -> {
            source.hide();
            stage.setWidth(width);
            javafx.application.Application.setUserAgentStylesheet(userAgent);
        });
        assertThat(bounds[0].contains(menu)).as("the menu " + menu + " inside the window " + bounds[0]
                + " (the box " + bounds[1] + ")").isTrue();
    }

    /** Filled with the accent's blue, the selected button hid class 0's blue swatch. */
    @Test
    void theSelectedClassButtonStillShowsItsSwatch() throws Exception {
        awaitIdle();
        javafx.scene.control.ToggleButton selected = WaitForAsyncUtils.asyncFx(() -> picker.lookupAll(".data-class-toggle")
                .stream().map(javafx.scene.control.ToggleButton.class::cast)
                .filter(javafx.scene.control.ToggleButton::isSelected).findFirst().orElseThrow()).get();
        double distance = WaitForAsyncUtils.asyncFx(() -> {
            WritableImage image = selected.snapshot(null, null);
            javafx.geometry.Bounds swatch = selected.getGraphic().getBoundsInParent();
            javafx.scene.paint.Color centre = image.getPixelReader().getColor(
                    (int) swatch.getCenterX(), (int) swatch.getCenterY());
            javafx.scene.paint.Color face = image.getPixelReader().getColor(
                    (int) image.getWidth() - 5, (int) image.getHeight() / 2);
            return Math.sqrt(Math.pow(centre.getRed() - face.getRed(), 2)
                    + Math.pow(centre.getGreen() - face.getGreen(), 2) + Math.pow(centre.getBlue() - face.getBlue(), 2));
        }).get();
        assertThat(distance).as("the swatch against the button's face").isGreaterThan(0.4);
    }

    /** The noise slider's numbers were about 6 px beside the picker's 15 px. */
    @Test
    void theNoiseSlidersNumbersAreReadable() throws Exception {
        onFx(() -> picker.choose("moons"));
        awaitEmitted(data -> data.name().equals("moons"));
        Slider noise = lookup("data-noise");
        double size = WaitForAsyncUtils.asyncFx(() -> ((javafx.scene.chart.Axis<?>) noise.lookup(".axis"))
                .getTickLabelFont().getSize()).get();
        assertThat(size).isGreaterThanOrEqualTo(15);
    }

    private static boolean containsColour(WritableImage image, int rgb) {
        var reader = image.getPixelReader();
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                if ((reader.getArgb(x, y) & 0xFFFFFF) == rgb) {
                    return true;
                }
            }
        }
        return false;
    }
}
