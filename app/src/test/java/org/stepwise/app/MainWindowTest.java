package org.stepwise.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.stepwise.viz.lesson.LessonCatalog;
import org.stepwise.viz.lesson.LessonInfo;
import org.stepwise.viz.lesson.LessonPanel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window, headless: catalog and search, opening lessons, presentation mode, sessions. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    @TempDir
    Path folder;

    private final List<Throwable> fxErrors = new CopyOnWriteArrayList<>();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> fxErrors.add(error));
        window = new MainWindow(stage, LessonCatalog.load());
        stage.show();
    }

    private <T> T fx(java.util.concurrent.Callable<T> action) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, action);
    }

    /** Adds a point at (0.5, 0.5), takes {@code steps} steps and waits until the last is shown. */
    private void drawAPointAndStep(LessonPanel<?> panel, int steps) throws Exception {
        fx(() -> {
            panel.dataPicker().addPoint(0.5, 0.5);
            for (int i = 0; i < steps; i++) {
                panel.step();
            }
            return null;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(panel::shownStep) == steps);
    }

    /** The menu bar, the catalog's list and its search field join the window after its first frame. */
    private void waitForTheWholeWindow(MainWindow shown) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> shown.stage().getScene().lookup("#catalog-search") != null
                && shown.stage().getScene().lookup("#menu-bar") != null));
    }

    @Test
    void whatJoinsAfterTheFirstFrameTakesTheSpaceKeptForIt() throws Exception {
        Stage second = fx(Stage::new);
        MainWindow early = fx(() -> new MainWindow(second, LessonCatalog.load()));
        // show() lays the window out at once: these are the first frame's positions.
        boolean[] menuInFirstFrame = new boolean[1];
        List<String> controlsInFirstFrame = new java.util.ArrayList<>();
        double[] first = fx(() -> {
            second.show();
            menuInFirstFrame[0] = second.getScene().lookup("#menu-bar") != null;
            collectControls(second.getScene().getRoot(), controlsInFirstFrame);
            return positions(early);
        });
        assertThat(menuInFirstFrame[0]).as("the menu bar waits for the first frame").isFalse();
        assertThat(controlsInFirstFrame).as("no control (whose class reads a default stylesheet) before the theme").isEmpty();
        waitForTheWholeWindow(early);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> positions(early))).as("host x, host y, catalog heading y, host height").containsExactly(first);
        assertThat(fx(() -> second.getScene().getFocusOwner() == second.getScene().lookup("#catalog-search")))
                .as("the search field keeps its prompt on the welcome screen: it does not take the keyboard").isFalse();
        fx(() -> {
            second.close();
            return null;
        });
    }

    private static void collectControls(javafx.scene.Node node, List<String> found) {
        if (node instanceof javafx.scene.control.Control) {
            found.add(node.getClass().getSimpleName());
        }
        if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectControls(child, found));
        }
    }

    private static double[] positions(MainWindow window) {
        var heading = window.stage().getScene().lookup(".catalog-heading");
        return new double[] {window.host().getLayoutX(), window.host().getLayoutY(),
            heading.localToScene(0, 0).getY(), window.host().getHeight()};
    }

    @Test
    void inAProjectorsWindowEveryPartFitsAndTheCatalogGivesWay() throws Exception {
        waitForTheWholeWindow(window);
        // The widest title and playback bar of the lessons.
        fx(() -> window.openLesson("optimizers"));
        WaitForAsyncUtils.waitForFxEvents();
        double[] wide = fx(() -> new double[] {window.catalog().getWidth()});
        fx(() -> {
            window.stage().setWidth(1024);
            window.stage().setHeight(768);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        double[] narrow = fx(() -> {
            Region root = (Region) window.stage().getScene().getRoot();
            root.applyCss();
            root.layout();
            return new double[] {window.catalog().getWidth(), root.getWidth(), root.prefWidth(-1), root.minWidth(-1),
                widestRightEdge(root, root)};
        });
        fx(() -> {
            // The stage is shared with the tests that follow.
            window.stage().setWidth(1440);
            window.stage().setHeight(900);
            return null;
        });
        assertThat(wide[0]).isEqualTo(340);
        assertThat(narrow[0]).as("the catalog's width").isEqualTo(256);
        assertThat(narrow[3]).as("the window's least width").isLessThanOrEqualTo(narrow[1]);
        assertThat(narrow[4]).as("the right edge of the rightmost control").isLessThanOrEqualTo(narrow[1] + 0.5);
    }

    /** The right edge, in the root's coordinates, of the rightmost visible control under {@code node}. */
    private static double widestRightEdge(Parent root, Node node) {
        double edge = node instanceof Control && node.isVisible()
                ? root.sceneToLocal(node.localToScene(node.getLayoutBounds())).getMaxX() : 0;
        if (node instanceof Parent parent && node.isVisible()) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                edge = Math.max(edge, widestRightEdge(root, child));
            }
        }
        return edge;
    }

    @Test
    void catalogListsAndFiltersLessonsAndOpensThem() throws Exception {
        waitForTheWholeWindow(window);
        // Every lesson, under its level's heading: the race (foundations) before the classical lessons.
        List<String> ids = LessonCatalog.load().infos().stream().map(LessonInfo::id).toList();
        assertThat(fx(() -> window.catalog().shownIds())).containsExactlyInAnyOrderElementsOf(ids)
                .startsWith("optimizers").contains("logistic-regression");
        FxRobot robot = new FxRobot();
        robot.clickOn("#catalog-search").write("adam");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> window.catalog().shownIds())).containsExactly("optimizers");
        // Fired rather than clicked: in the full suite a window left by another test may cover the spot.
        fx(() -> {
            var clear = (javafx.scene.control.Button) window.stage().getScene().lookup("#catalog-search-clear");
            assertThat(clear.isVisible()).as("the ✕ shows while there is text").isTrue();
            clear.fire();
            return null;
        });
        assertThat(fx(() -> window.catalog().shownIds())).as("all again").containsExactlyInAnyOrderElementsOf(ids);
        assertThat(fx(() -> window.stage().getScene().lookup("#catalog-search-clear").isVisible())).isFalse();
        fx(() -> {
            window.catalog().choose("optimizers");
            return null;
        });
        assertThat(fx(() -> window.host().current().orElseThrow().lesson().info().id())).isEqualTo("optimizers");
        assertThat(fxErrors).isEmpty();
    }

    @Test
    void theOpenLessonIsMarkedAndASearchWithoutMatchSaysSo() throws Exception {
        waitForTheWholeWindow(window);
        fx(() -> window.openLesson("logistic-regression"));
        var marked = fx(() -> window.stage().getScene().getRoot().lookupAll(".catalog-lesson").stream()
                .filter(node -> node.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("selected")))
                .map(node -> node.getUserData()).toList());
        assertThat(marked).containsExactly("logistic-regression");
        fx(() -> {
            ((javafx.scene.control.TextField) window.stage().getScene().lookup("#catalog-search")).setText("kmeanz");
            return null;
        });
        assertThat(fx(() -> window.catalog().shownIds())).isEmpty();
        assertThat(fx(() -> ((javafx.scene.control.Label) window.stage().getScene().lookup(".catalog-empty")).getText()))
                .contains("kmeanz");
        assertThat(fxErrors).isEmpty();
    }

    @Test
    void presentationModeHidesTheChromeAndComesBack() throws Exception {
        waitForTheWholeWindow(window);
        fx(() -> window.openLesson("logistic-regression"));
        fx(() -> {
            window.setPresentation(true);
            return null;
        });
        assertThat(fx(() -> window.stage().getScene().getRoot().getStyleClass())).contains("presentation");
        assertThat(fx(() -> window.stage().getScene().lookup("#menu-bar"))).isNull();
        fx(() -> {
            window.setPresentation(false);
            window.setDark(true);
            window.setDark(false);
            return null;
        });
        assertThat(fx(() -> window.stage().getScene().lookup("#menu-bar"))).isNotNull();
        assertThat(fxErrors).isEmpty();
    }

    @Test
    void f11EntersPresentationModeAndLeavesItAgain(FxRobot robot) throws Exception {
        waitForTheWholeWindow(window);
        fx(() -> window.openLesson("optimizers"));
        robot.type(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(window::isPresentation)).as("one press, one toggle").isTrue();
        assertThat(fx(() -> window.stage().getScene().lookup("#menu-bar"))).isNull();
        // With the menu bar out of the scene, JavaFX had taken its F11 out too.
        robot.type(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(window::isPresentation)).isFalse();
        assertThat(fx(() -> window.stage().getScene().lookup("#menu-bar"))).isNotNull();
        assertThat(fxErrors).isEmpty();
    }

    @Test
    void aSavedSessionReopensAtTheSameStepWithTheSameData() throws Exception {
        LessonPanel<?> panel = fx(() -> window.openLesson("logistic-regression"));
        fx(() -> {
            panel.dataPicker().addPoint(0.5, 0.5);
            return null;
        });
        for (int i = 0; i < 7; i++) {
            fx(() -> {
                panel.step();
                return null;
            });
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> panel.newestSnapshot().step() == 7);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(panel::shownStep) == 7);
        String narration = panel.newestSnapshot().narration();
        var data = panel.data();
        Path file = folder.resolve("class.stepwise");
        assertThat(fx(() -> window.saveSession(file))).isTrue();

        fx(() -> window.openLesson("optimizers"));
        assertThat(fx(() -> window.openSession(file))).isTrue();
        LessonPanel<?> reopened = fx(() -> window.host().current().orElseThrow());
        assertThat(reopened.lesson().info().id()).isEqualTo("logistic-regression");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> reopened.newestSnapshot().step() == 7);
        assertThat(reopened.data()).isEqualTo(data);
        assertThat(reopened.data().size()).isEqualTo(201);
        assertThat(reopened.newestSnapshot().narration()).isEqualTo(narration);
        assertThat(fxErrors).isEmpty();
    }

    @Test
    void aStandardizedSessionReopensWithTheRawDataAndTheOptionTicked() throws Exception {
        LessonPanel<?> panel = fx(() -> window.openLesson("logistic-regression"));
        fx(() -> {
            panel.dataPicker().setStandardized(true);
            // In the shown, standardized coordinates; the raw data gets the point mapped back.
            panel.dataPicker().addPoint(0.5, 0.5);
            panel.step();
            panel.step();
            return null;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(panel::shownStep) == 2);
        var raw = fx(panel::rawData);
        var data = panel.data();
        assertThat(data).isEqualTo(org.stepwise.data.Standardizer.standardized(raw));
        assertThat(data.featureNames()).containsExactly("x1 (standardized)", "x2 (standardized)");
        String narration = panel.newestSnapshot().narration();
        Path file = folder.resolve("scaled.stepwise");
        assertThat(fx(() -> window.saveSession(file))).isTrue();

        fx(() -> window.openLesson("optimizers"));
        assertThat(fx(() -> window.openSession(file))).isTrue();
        LessonPanel<?> reopened = fx(() -> window.host().current().orElseThrow());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> reopened.newestSnapshot().step() == 2);
        assertThat(fx(reopened::standardized)).isTrue();
        assertThat(fx(reopened::rawData)).isEqualTo(raw);
        assertThat(reopened.data()).isEqualTo(data);
        assertThat(reopened.newestSnapshot().narration()).isEqualTo(narration);

        // Left and opened again, it is still standardized.
        fx(() -> window.openLesson("optimizers"));
        LessonPanel<?> back = fx(() -> window.openLesson("logistic-regression"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(back::shownStep) == 2);
        assertThat(fx(back::standardized)).isTrue();
        assertThat(back.data()).isEqualTo(data);
        assertThat(fxErrors).isEmpty();
    }

    @Test
    void aLessonOpenedAgainIsAsItWasLeft() throws Exception {
        LessonPanel<?> panel = fx(() -> window.openLesson("logistic-regression"));
        fx(() -> {
            panel.restore(panel.data(), panel.params().with("learningRate", 0.2), 42, 0);
            return null;
        });
        drawAPointAndStep(panel, 5);
        var data = panel.data();
        String narration = panel.newestSnapshot().narration();

        fx(() -> window.openLesson("optimizers"));
        LessonPanel<?> back = fx(() -> window.openLesson("logistic-regression"));
        assertThat(back).isNotSameAs(panel);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(back::shownStep) == 5);
        assertThat(back.data()).isEqualTo(data);
        assertThat(back.data().size()).isEqualTo(201);
        assertThat(back.params().real("learningRate")).isEqualTo(0.2);
        assertThat(back.seed()).isEqualTo(42);
        assertThat(back.newestSnapshot().narration()).isEqualTo(narration);
        assertThat(fx(() -> back.parameterSheet().params())).isEqualTo(back.params());
        assertThat(fxErrors).isEmpty();
    }

    @Test
    void aSessionFileWinsOverTheStateALessonWasLeftIn() throws Exception {
        LessonPanel<?> panel = fx(() -> window.openLesson("logistic-regression"));
        Path file = folder.resolve("fresh.stepwise");
        assertThat(fx(() -> window.saveSession(file))).isTrue();
        fx(() -> {
            panel.dataPicker().addPoint(0.5, 0.5);
            panel.step();
            return null;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(panel::shownStep) == 1);
        fx(() -> window.openLesson("optimizers"));

        assertThat(fx(() -> window.openSession(file))).isTrue();
        LessonPanel<?> reopened = fx(() -> window.host().current().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(reopened.data().size()).isEqualTo(200);
        assertThat(fx(reopened::shownStep)).isZero();
        assertThat(fxErrors).isEmpty();
    }

    @Test
    void theLessonOnScreenWhenTheWindowClosedOpensAgainAtTheNextStart() throws Exception {
        LastSession last = new LastSession(folder.resolve("config").resolve("last.stepwise"));
        Stage firstStage = fx(Stage::new);
        MainWindow first = fx(() -> new MainWindow(firstStage, LessonCatalog.load(), last));
        fx(() -> {
            firstStage.show();
            return null;
        });
        LessonPanel<?> panel = fx(() -> first.openLesson("logistic-regression"));
        drawAPointAndStep(panel, 3);
        var data = panel.data();
        fx(() -> {
            firstStage.hide();
            return null;
        });
        assertThat(folder.resolve("config").resolve("last.stepwise")).isRegularFile();

        Stage secondStage = fx(Stage::new);
        MainWindow second = fx(() -> new MainWindow(secondStage, LessonCatalog.load(), last));
        assertThat(fx(second::resume)).isTrue();
        LessonPanel<?> resumed = fx(() -> second.host().current().orElseThrow());
        assertThat(resumed.lesson().info().id()).isEqualTo("logistic-regression");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(resumed::shownStep) == 3);
        assertThat(resumed.data()).isEqualTo(data);

        // Closed with no lesson open, the next start opens on the welcome text.
        Stage thirdStage = fx(Stage::new);
        fx(() -> {
            new MainWindow(thirdStage, LessonCatalog.load(), last);
            thirdStage.show();
            thirdStage.hide();
            return null;
        });
        assertThat(folder.resolve("config").resolve("last.stepwise")).doesNotExist();
        assertThat(fx(() -> new MainWindow(new Stage(), LessonCatalog.load(), last).resume())).isFalse();
        fx(() -> {
            second.host().dispose();
            return null;
        });
        assertThat(fxErrors).isEmpty();
    }

    @Test
    void everyLessonOnScreenWhenTheWindowClosesIsBackAtItsStepAtTheNextStart() throws Exception {
        // The optimizer race has no data: closing on it threw in LastSession and kept nothing.
        Path file = folder.resolve("config").resolve("last.stepwise");
        LastSession last = new LastSession(file);
        for (LessonInfo info : LessonCatalog.load().infos()) {
            Files.deleteIfExists(file);
            Stage firstStage = fx(Stage::new);
            MainWindow first = fx(() -> new MainWindow(firstStage, LessonCatalog.load(), last));
            fx(() -> {
                firstStage.show();
                return null;
            });
            LessonPanel<?> panel = fx(() -> first.openLesson(info.id()));
            fx(() -> {
                panel.step();
                panel.step();
                return null;
            });
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(panel::shownStep) == 2);
            fx(() -> {
                firstStage.hide();
                return null;
            });
            assertThat(file).as(info.id()).isRegularFile();

            Stage secondStage = fx(Stage::new);
            MainWindow second = fx(() -> new MainWindow(secondStage, LessonCatalog.load(), last));
            assertThat(fx(second::resume)).as(info.id()).isTrue();
            LessonPanel<?> resumed = fx(() -> second.host().current().orElseThrow());
            assertThat(resumed.lesson().info().id()).isEqualTo(info.id());
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(resumed::shownStep) == 2);
            fx(() -> {
                second.host().dispose();
                return null;
            });
        }
        assertThat(fxErrors).isEmpty();
    }

    @Test
    void theWindowTitleNamesTheLessonShownAndTheFileOnlyWhileItsLessonShows() throws Exception {
        assertThat(fx(() -> window.stage().getTitle())).isEqualTo("Stepwise");
        fx(() -> window.openLesson("logistic-regression"));
        assertThat(fx(() -> window.stage().getTitle())).isEqualTo("Stepwise — Logistic regression");
        Path file = folder.resolve("mine.stepwise");
        assertThat(fx(() -> window.saveSession(file))).isTrue();
        assertThat(fx(() -> window.stage().getTitle())).isEqualTo("Stepwise — Logistic regression (mine.stepwise)");

        // It said "Stepwise — mine.stepwise" over the optimizer race.
        fx(() -> window.openLesson("optimizers"));
        assertThat(fx(() -> window.stage().getTitle())).isEqualTo("Stepwise — Gradient descent and optimizers");
        assertThat(fx(() -> window.openSession(file))).isTrue();
        assertThat(fx(() -> window.stage().getTitle())).isEqualTo("Stepwise — Logistic regression (mine.stepwise)");
        assertThat(fxErrors).isEmpty();
    }

    @Test
    void exportWritesTheLessonsPictureWithoutTheControlsOrTheSidePanel() throws Exception {
        LessonPanel<?> panel = fx(() -> window.openLesson("logistic-regression"));
        WaitForAsyncUtils.waitForFxEvents();
        Path file = folder.resolve("slide.png");
        assertThat(fx(() -> window.exportTo(file))).isTrue();
        var image = javax.imageio.ImageIO.read(file.toFile());
        double[] view = fx(() -> new double[] {panel.view().node().getLayoutBounds().getWidth(), panel.getWidth(),
                panel.getHeight()});
        // As wide as the lesson's column (the view's width), not the whole panel with its side panel,
        // and not as high as the panel with its playback bar.
        assertThat(image.getWidth()).isBetween((int) view[0] - 2, (int) view[0] + 40).isLessThan((int) (0.8 * view[1]));
        assertThat(image.getHeight()).isLessThan((int) view[2]);
        assertThat(fxErrors).isEmpty();
    }

    @Test
    void anUnreadableLastSessionIsForgottenWithoutAWord() throws Exception {
        Path file = folder.resolve("last.stepwise");
        Files.writeString(file, "{\"format\": \"stepwise-session\", \"version\": 1, \"lesson\": \"logistic-regr");
        LastSession last = new LastSession(file);
        MainWindow window = fx(() -> new MainWindow(new Stage(), LessonCatalog.load(), last));
        assertThat(fx(window::resume)).isFalse();
        assertThat(file).doesNotExist();
        assertThat(fx(() -> window.host().current())).isEmpty();
        assertThat(fxErrors).isEmpty();
    }

    @Test
    void aCorruptSessionChangesNothing() throws Exception {
        fx(() -> window.openLesson("optimizers"));
        Path file = folder.resolve("broken.stepwise");
        Files.writeString(file, "{\"format\": \"stepwise-session\", \"version\": 1, \"lesson\": \"logistic-regr");
        assertThat(fx(() -> window.openSession(file))).isFalse();
        assertThat(fx(() -> window.host().current().orElseThrow().lesson().info().id())).isEqualTo("optimizers");
        assertThat(fxErrors).isEmpty();
    }
}
