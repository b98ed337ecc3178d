package org.stepwise.viz.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.stepwise.algo.Snapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.run.EngineWarmUp;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every lesson, headless: it opens, steps, plays, scrubs back, resets and answers every key
 * of DESIGN.md, draws something that is not one colour, and no exception reaches the FX thread.
 */
@ExtendWith(ApplicationExtension.class)
class LessonPanelTest {

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
    }

    private void open(FxRobot robot, String id) {
        panel = PanelStage.open(root, id);
    }

    private int shownStep() {
        return WaitForAsyncUtils.waitForAsyncFx(2000, () -> panel.shownStep());
    }

    private static void await(BooleanSupplier condition, String what) {
        PanelStage.await(condition, what);
    }

    /** Every registered lesson: a new one is covered by being registered. */
    static Stream<String> lessonIds() {
        return LessonCatalog.load().infos().stream().map(LessonInfo::id);
    }

    @ParameterizedTest
    @MethodSource("lessonIds")
    void opensStepsPlaysScrubsAndResets(String id) {
        FxRobot robot = new FxRobot();
        open(robot, id);
        assertThat(shownStep()).isZero();

        robot.type(KeyCode.RIGHT);
        await(() -> panel.newestSnapshot().step() == 1, "Right took one step");
        robot.type(KeyCode.PAGE_DOWN);
        await(() -> panel.newestSnapshot().step() == 2, "Page Down took one step");

        robot.type(KeyCode.SPACE);
        // Six steps, or the end of a shorter run (naive Bayes's K + 1 steps: 4 on its default data).
        await(() -> panel.newestSnapshot().step() >= 6 || panel.newestSnapshot().status().isFinal(),
                "Space started play");
        robot.type(KeyCode.SPACE);
        await(() -> !panel.isPlaying(), "Space paused");
        int newest = panel.newestSnapshot().step();
        await(() -> shownStep() == newest, "the newest step is drawn");

        robot.type(KeyCode.LEFT);
        await(() -> shownStep() == newest - 1, "Left stepped back");
        robot.type(KeyCode.PAGE_UP);
        await(() -> shownStep() == newest - 2, "Page Up stepped back");
        assertThat(panel.newestSnapshot().step()).as("scrubbing does not run the engine").isEqualTo(newest);

        robot.type(KeyCode.HOME);
        await(() -> shownStep() == 0, "Home showed the first step");
        robot.type(KeyCode.RIGHT);
        await(() -> shownStep() == 1, "Right moved forward through history");
        robot.type(KeyCode.END);
        await(() -> shownStep() == newest, "End returned to the newest step");

        robot.type(KeyCode.R);
        await(() -> panel.newestSnapshot().step() == 0 && shownStep() == 0, "R reset to step 0");

        assertThat(panel.failures().isEmpty()).isTrue();
        assertThat(fxErrors.errors()).isEmpty();
    }

    @Test
    void enterInAParameterFieldCommitsAndHandsTheKeysBackSoSpacePlays() {
        FxRobot robot = new FxRobot();
        // The shared stage, whatever size an earlier test left it: the field must be on screen.
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            root.getScene().getWindow().setWidth(1280);
            root.getScene().getWindow().setHeight(800);
        });
        open(robot, "logistic-regression");
        // A rate no other parameter shows (the default 1 is also C's), to find its field by.
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> panel.restore(panel.data(),
                panel.params().with("learningRate", 0.5), 0, 0));
        TextField rate = WaitForAsyncUtils.waitForAsyncFx(2000, () -> panel.parameterSheet().lookupAll(".text-field")
                .stream().map(TextField.class::cast).filter(field -> field.getText().equals("0.5")).findFirst()
                .orElseThrow());
        robot.clickOn("Parameters");
        WaitForAsyncUtils.waitForAsyncFx(2000, rate::requestFocus);
        robot.push(KeyCode.CONTROL, KeyCode.A).write("0.2");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(panel.params().real("learningRate")).isEqualTo(0.2);
        assertThat(rate.isFocused()).as("the field let the keyboard go").isFalse();

        robot.type(KeyCode.SPACE);
        await(() -> panel.newestSnapshot().step() >= 3, "Space played after Enter");
        assertThat(rate.getText()).isEqualTo("0.2");
        robot.type(KeyCode.SPACE);
        await(() -> !panel.isPlaying(), "Space paused");

        // Escape leaves a field as well; Right then steps.
        WaitForAsyncUtils.waitForAsyncFx(2000, rate::requestFocus);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rate.isFocused()).isFalse();
        int before = panel.newestSnapshot().step();
        robot.type(KeyCode.RIGHT);
        await(() -> panel.newestSnapshot().step() == before + 1, "Right stepped after Escape");
        assertThat(fxErrors.errors()).isEmpty();
    }

    @Test
    void aClickOnTheChartShowsThatStep() {
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            root.getScene().getWindow().setWidth(1280);
            root.getScene().getWindow().setHeight(800);
        });
        open(robot, "logistic-regression");
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            for (int i = 0; i < 60; i++) {
                panel.step();
            }
        });
        await(() -> shownStep() == 60, "60 steps shown");
        javafx.scene.Node chart = WaitForAsyncUtils.waitForAsyncFx(2000, () -> panel.lookup(".lesson-chart"));
        // Left of the middle of the chart's picture: on the plot, at an earlier step than the newest.
        robot.clickOn(WaitForAsyncUtils.waitForAsyncFx(2000, () -> chart.localToScreen(
                chart.getLayoutBounds().getWidth() * 0.4, chart.getLayoutBounds().getHeight() * 0.4)));
        await(() -> shownStep() < 60, "the click moved the timeline back");
        assertThat(shownStep()).isPositive();
        assertThat(panel.newestSnapshot().step()).as("the run itself is unchanged").isEqualTo(60);
        assertThat(fxErrors.errors()).isEmpty();
    }

    @Test
    void heldOutRowsAreLeftOutOfTheFitAndScoredOnTheChart() {
        open(new FxRobot(), "knn");
        Dataset all = WaitForAsyncUtils.waitForAsyncFx(2000, () -> panel.data());
        Dataset marked = org.stepwise.data.TrainTestSplit.holdOut(all, 0.25, 0);
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> panel.restore(marked, panel.params(), 0, 5));
        await(() -> shownStep() == 5, "5 steps shown");

        org.stepwise.algo.neighbors.KnnSnapshot newest =
                (org.stepwise.algo.neighbors.KnnSnapshot) panel.newestSnapshot();
        assertThat(newest.model().size()).as("the engine fitted on the training rows only")
                .isEqualTo(all.size() - marked.heldOutCount());
        assertThat(panel.data().heldOutCount()).as("the view draws every row").isEqualTo(marked.heldOutCount());
        await(() -> WaitForAsyncUtils.waitForAsyncFx(2000, () -> panel.chartPoints("test_accuracy")) > 0,
                "the held-out accuracy charted");

        WaitForAsyncUtils.waitForAsyncFx(2000, () -> panel.restore(all, panel.params(), 0, 5));
        await(() -> shownStep() == 5, "5 steps shown again");
        assertThat(WaitForAsyncUtils.waitForAsyncFx(2000, () -> panel.chartPoints("test_accuracy"))).isZero();
        assertThat(WaitForAsyncUtils.waitForAsyncFx(2000, () -> panel.chartPoints("accuracy"))).isPositive();
        assertThat(fxErrors.errors()).isEmpty();
    }

    @Test
    void whileDraftingTheCounterNamesTheStepDrawn() {
        open(new FxRobot(), "logistic-regression");
        // A run that goes on for the whole test, at full speed: the view draws drafts, every other frame.
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> panel.restore(panel.data(),
                panel.params().withText("learningRate", "0.0005").withText("maxSteps", "1000000")
                        .withText("tolerance", "1e-12"), 0, 0));
        List<String> mismatches = new CopyOnWriteArrayList<>();
        AtomicInteger checked = new AtomicInteger();
        // Started after the panel's own timer, so it runs after the panel's pulse in each frame.
        AnimationTimer checker = new AnimationTimer() {
            @Override
            public void handle(long now) {
                var shown = panel.shownSnapshot();
                if (shown == null || !panel.isPlaying()) {
                    return;
                }
                checked.incrementAndGet();
                String counter = panel.counterText();
                if (!counter.equals("step " + shown.step()) && !counter.startsWith("step " + shown.step() + " /")) {
                    mismatches.add("'" + counter + "' over a picture of step " + shown.step());
                }
            }
        };
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            checker.start();
            panel.runToEnd();
        });
        await(() -> checked.get() >= 30, "30 frames checked while playing");
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            checker.stop();
            panel.pause();
        });
        assertThat(mismatches).isEmpty();
        assertThat(fxErrors.errors()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("lessonIds")
    void trainedPanelIsNotOneColourAndStaysResponsive(String id) {
        FxRobot robot = new FxRobot();
        open(robot, id);
        WaitForAsyncUtils.asyncFx(panel::runToEnd);
        await(() -> !panel.isPlaying() && panel.newestSnapshot().step() > 0, "run to end finished");
        await(() -> panel.shownSnapshot() == panel.newestSnapshot(), "the final step is drawn");
        WritableImage image = WaitForAsyncUtils.waitForAsyncFx(5000, () -> panel.view().node().snapshot(null, null));
        assertThat(distinctColours(image)).as("colours in the view").isGreaterThan(50);
        assertThat(panel.newestSnapshot().status().isFinal()).isTrue();
        // The live chart plots what the snapshot answers, as its metrics hold it; a metric may be
        // absent from a run (an optimizer not in the race), but some charted metric has a value.
        Snapshot last = panel.newestSnapshot();
        var metrics = last.metrics();
        List<String> charted = chartedMetrics();
        for (String metric : charted) {
            double expected = metrics.has(metric) ? metrics.scalar(metric) : Double.NaN;
            assertThat(Double.valueOf(last.scalar(metric))).as(id + " charts " + metric).isEqualTo(Double.valueOf(expected));
        }
        assertThat(charted.stream().filter(metric -> metrics.has(metric))).as(id + "'s charted metrics").isNotEmpty();
        assertThat(fxErrors.errors()).isEmpty();
    }

    private List<String> chartedMetrics() {
        return panel.lesson().chart().metrics();
    }

    /** The race's narration (one clause per optimizer) runs to two lines; the view must not move for it. */
    @Test
    void theViewKeepsItsPlaceWhenTheNarrationAppears() {
        FxRobot robot = new FxRobot();
        // Tall enough that the panel's column need not squeeze the narration to its minimum.
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            root.getScene().getWindow().setWidth(1440);
            root.getScene().getWindow().setHeight(1000);
        });
        open(robot, "optimizers");
        javafx.geometry.Bounds before = WaitForAsyncUtils.waitForAsyncFx(2000,
                () -> panel.view().node().localToScene(panel.view().node().getLayoutBounds()));
        WaitForAsyncUtils.asyncFx(panel::step);
        await(() -> panel.shownStep() == 1 && !panel.narrationText().isEmpty(), "the first step is narrated");
        javafx.geometry.Bounds after = WaitForAsyncUtils.waitForAsyncFx(2000,
                () -> panel.view().node().localToScene(panel.view().node().getLayoutBounds()));
        assertThat(panel.narrationText()).as("a narration of two lines").hasSizeGreaterThan(80);
        assertThat(after).isEqualTo(before);
    }

    /**
     * Presentation mode's type (the app's stylesheet sets the lesson's 21 px instead of 15, and hides
     * the side panel) on a projector, a laptop and a wide screen: every control inside the window,
     * and the playback buttons as much larger as the title beside them (they stayed small).
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"1024, 768", "1440, 900", "1920, 1080"})
    void inPresentationTypeEveryControlFitsAndTheButtonsGrow(int width, int height) {
        javafx.stage.Window window = root.getScene().getWindow();
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            window.setWidth(width);
            window.setHeight(height);
        });
        // The first lesson built in this JVM may take longer than open() waits on a busy machine.
        WaitForAsyncUtils.waitForAsyncFx(30_000, () -> {
            panel = new LessonPanel<>(LessonCatalog.load().require("optimizers"), lesson -> { });
            root.getChildren().setAll(panel);
            panel.setStyle("-fx-font-size: 21px;");
            panel.setSidePanelVisible(false);
        });
        WaitForAsyncUtils.waitForFxEvents();
        double[] found = WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            // The icons take their new size at the CSS pass after the title's.
            root.applyCss();
            root.layout();
            javafx.scene.control.Button step = (javafx.scene.control.Button) panel.lookup("#step");
            double[] edges = farthestControlEdges(root, root);
            return new double[] {((org.kordamp.ikonli.javafx.FontIcon) step.getGraphic()).getIconSize(),
                edges[0], edges[1], root.getWidth(), root.getHeight()};
        });
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            window.setWidth(1280);
            window.setHeight(800);
        });
        assertThat(found[0]).as("the step button's icon, 22 px at the usual type").isGreaterThanOrEqualTo(30);
        assertThat(found[1]).as("the rightmost control's right edge").isLessThanOrEqualTo(found[3] + 0.5);
        assertThat(found[2]).as("the lowest control's bottom edge").isLessThanOrEqualTo(found[4] + 0.5);
    }

    /** The right and bottom edges, in the root's coordinates, of the visible controls under {@code node}. */
    private static double[] farthestControlEdges(javafx.scene.Parent root, javafx.scene.Node node) {
        double[] edges = {0, 0};
        if (!node.isVisible()) {
            return edges;
        }
        if (node instanceof javafx.scene.control.Control) {
            javafx.geometry.Bounds bounds = root.sceneToLocal(node.localToScene(node.getLayoutBounds()));
            edges[0] = bounds.getMaxX();
            edges[1] = bounds.getMaxY();
        }
        if (node instanceof javafx.scene.Parent parent) {
            for (javafx.scene.Node child : parent.getChildrenUnmodifiable()) {
                double[] inner = farthestControlEdges(root, child);
                edges[0] = Math.max(edges[0], inner[0]);
                edges[1] = Math.max(edges[1], inner[1]);
            }
        }
        return edges;
    }

    @org.junit.jupiter.api.Test
    void aLessonShownInAWindowWarmsItsEngineUpBeforePlay() {
        FxRobot robot = new FxRobot();
        open(robot, "optimizers");
        // A run of its own, not warmed up yet: another surface than any test before.
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> panel.restore(panel.data(),
                panel.params().with("surface", "himmelblau").with("useNesterov", true).with("useRmsprop", true), 7, 0));
        String path = WaitForAsyncUtils.waitForAsyncFx(2000,
                () -> EngineWarmUp.codePath(panel.lesson().factory(), panel.data(), panel.params()));
        assertThat(EngineWarmUp.warmed(path)).isFalse();
        int rehearsed = WaitForAsyncUtils.waitForAsyncFx(2000, panel::narrationsRehearsed);
        await(() -> EngineWarmUp.warmed(path), "the engine was warmed up a moment after the lesson was shown");
        await(() -> WaitForAsyncUtils.waitForAsyncFx(2000, panel::narrationsRehearsed) > rehearsed,
                "then a narration of the warm-up was rehearsed");
        assertThat(panel.shownStep()).as("the lesson's own run did not move").isZero();
        assertThat(fxErrors.errors()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void theRaceChartsItsLossesOnALogarithmicAxisUnlessTheSurfaceGoesBelowZero() {
        FxRobot robot = new FxRobot();
        open(robot, "optimizers");
        assertThat(chartIsLogarithmic()).as("the default bowl").isTrue();
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> panel.restore(panel.data(),
                panel.params().with("surface", "saddle"), 7, 0));
        assertThat(chartIsLogarithmic()).as("the saddle, unbounded below").isFalse();
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> panel.restore(panel.data(),
                panel.params().with("surface", "rosenbrock"), 7, 0));
        assertThat(chartIsLogarithmic()).isTrue();
        WaitForAsyncUtils.asyncFx(panel::dispose);
        open(robot, "logistic-regression");
        assertThat(chartIsLogarithmic()).as("loss and accuracy share one axis").isFalse();
    }

    @Test
    void aChangeTheEngineRefusesIsTakenBackOnTheSheet() {
        open(new FxRobot(), "optimizers");
        // Gradient descent, momentum and Adam race by default: switching all three off leaves none.
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            for (String name : new String[] {"Gradient descent", "Momentum", "Adam"}) {
                panel.parameterSheet().lookupAll(".label").stream()
                        .filter(node -> node instanceof javafx.scene.control.Label label && name.equals(label.getText()))
                        .map(node -> (javafx.scene.control.CheckBox) ((javafx.scene.control.Label) node).getLabelFor())
                        .findFirst().orElseThrow().setSelected(false);
            }
        });
        // The sheet is shown again once its own change has run its course.
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(panel.problem()).contains("Choose at least one optimizer");
        assertThat(panel.params().flag("useAdam")).isTrue();
        assertThat(panel.parameterSheet().params()).as("the sheet shows what runs").isEqualTo(panel.params());
    }

    @Test
    void inTheSidePanelOfTheDefaultWindowTheSlidersAreUsablyWide() {
        javafx.stage.Window window = root.getScene().getWindow();
        // The lesson's share of a 1440 x 900 window: less the catalog (340) and the menu bar.
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            window.setWidth(1100);
            window.setHeight(860);
        });
        open(new FxRobot(), "optimizers");
        List<Double> widths = WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            javafx.scene.control.TabPane tabs = (javafx.scene.control.TabPane) root.lookup(".tab-pane");
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(tab -> tab.getText().equals("Parameters"))
                    .findFirst().orElseThrow());
            root.applyCss();
            root.layout();
            return panel.parameterSheet().lookupAll(".slider").stream()
                    .filter(javafx.scene.Node::isVisible).map(node -> node.getLayoutBounds().getWidth()).toList();
        });
        // 316 pixels each (they were 60); the optimizers' fine-tuning starts folded away.
        assertThat(widths).hasSizeGreaterThanOrEqualTo(8)
                .allSatisfy(width -> assertThat(width).isGreaterThanOrEqualTo(160));
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            window.setWidth(1280);
            window.setHeight(800);
        });
    }

    @Test
    void aRaceOfSevenInANarrowWindowNamesEveryRunnerWithoutBeingCutOff() {
        FxRobot robot = new FxRobot();
        javafx.stage.Window window = root.getScene().getWindow();
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> window.setWidth(1000));
        open(robot, "optimizers");
        org.stepwise.algo.Params seven = panel.params().with("surface", "rosenbrock");
        for (String optimizer : org.stepwise.algo.optim.OptimizerRaceFactory.OPTIMIZERS) {
            seven = seven.with(org.stepwise.algo.optim.OptimizerRaceFactory.flagName(optimizer), true);
        }
        org.stepwise.algo.Params all = seven;
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> panel.restore(panel.data(), all, 0, 40));
        await(() -> shownStep() == 40 && panel.narrationText().contains("AdamW"), "step 40 is narrated");
        javafx.scene.control.Label label = (javafx.scene.control.Label) root.lookupAll(".lesson-narration").stream()
                .filter(node -> !node.getStyleClass().contains("narration-hint")).findFirst().orElseThrow();
        String shown = WaitForAsyncUtils.waitForAsyncFx(2000, () -> label.getChildrenUnmodifiable().stream()
                .filter(javafx.scene.text.Text.class::isInstance).map(node -> ((javafx.scene.text.Text) node).getText())
                .findFirst().orElseThrow());
        assertThat(shown).as("drawn whole, no ellipsis").isEqualTo(panel.narrationText());
        for (String optimizer : org.stepwise.algo.optim.OptimizerRaceFactory.OPTIMIZERS) {
            assertThat(shown).contains(org.stepwise.algo.optim.OptimizerRaceFactory.label(optimizer));
        }
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> window.setWidth(1280));
    }

    private boolean chartIsLogarithmic() {
        return WaitForAsyncUtils.waitForAsyncFx(2000, () -> panel.chartIsLogarithmic());
    }

    @org.junit.jupiter.api.Test
    void theSidePanelComesBackAsWideAsItLeft() {
        FxRobot robot = new FxRobot();
        javafx.stage.Window window = root.getScene().getWindow();
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> window.setWidth(1440));
        open(robot, "optimizers");
        double before = WaitForAsyncUtils.waitForAsyncFx(2000, panel::sidePanelWidth);
        // As presentation mode does: hide it, the window goes full screen, it is shown again
        // while still full screen, and the window returns to its size.
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> panel.setSidePanelVisible(false));
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> window.setWidth(1900));
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> panel.setSidePanelVisible(true));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> window.setWidth(1440));
        WaitForAsyncUtils.waitForFxEvents();
        double after = WaitForAsyncUtils.waitForAsyncFx(2000, panel::sidePanelWidth);
        assertThat(before).isGreaterThan(200);
        assertThat(after).isCloseTo(before, org.assertj.core.data.Offset.offset(2.0));
    }

    @org.junit.jupiter.api.Test
    void inPresentationModeOnAWideScreenTheChartStandsBesideTheViewAndTheViewGainsHeight() {
        FxRobot robot = new FxRobot();
        javafx.stage.Window window = root.getScene().getWindow();
        open(robot, "optimizers");
        assertThat(WaitForAsyncUtils.waitForAsyncFx(2000, panel::chartBesideView)).isFalse();
        double below = WaitForAsyncUtils.waitForAsyncFx(2000, () -> panel.view().node().getLayoutBounds().getHeight());
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            panel.setSidePanelVisible(false);
            window.setWidth(1900);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WaitForAsyncUtils.waitForAsyncFx(2000, panel::chartBesideView)).isTrue();
        double beside = WaitForAsyncUtils.waitForAsyncFx(2000, () -> panel.view().node().getLayoutBounds().getHeight());
        assertThat(beside).isGreaterThan(below + 150);
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            panel.setSidePanelVisible(true);
            window.setWidth(1280);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WaitForAsyncUtils.waitForAsyncFx(2000, panel::chartBesideView)).isFalse();
        assertThat(fxErrors.errors()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aPictureOfTheFirstStepLeavesOutTheHintOnHowToStart() {
        open(new FxRobot(), "logistic-regression");
        assertThat(WaitForAsyncUtils.waitForAsyncFx(2000, panel::showsStartHint)).as("in the window").isTrue();
        boolean inPicture = WaitForAsyncUtils.waitForAsyncFx(2000, () -> panel.picture(panel::showsStartHint));
        assertThat(inPicture).isFalse();
        assertThat(WaitForAsyncUtils.waitForAsyncFx(2000, panel::showsStartHint)).as("back in the window").isTrue();
    }

    @org.junit.jupiter.api.Test
    void shortcutKeysUndoAndRedoPointEdits() {
        FxRobot robot = new FxRobot();
        open(robot, "logistic-regression");
        int before = panel.data().size();
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> panel.dataPicker().addPoint(0.25, 0.25));
        assertThat(panel.data().size()).isEqualTo(before + 1);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        await(() -> panel.data().size() == before, "Ctrl+Z undid the new point");
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        await(() -> panel.data().size() == before + 1, "Ctrl+Y redid it");
        assertThat(fxErrors.errors()).isEmpty();
    }

    static int distinctColours(WritableImage image) {
        PixelReader reader = image.getPixelReader();
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(reader.getArgb(x, y));
            }
        }
        return colours.size();
    }
}
