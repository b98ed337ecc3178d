package org.stepwise.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.viz.lesson.LessonCatalog;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Help → About Stepwise, opened from the menu, headless; and the window's icons. */
@ExtendWith(ApplicationExtension.class)
class AboutDialogTest {

    private final List<Throwable> fxErrors = new CopyOnWriteArrayList<>();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> fxErrors.add(error));
        new MainWindow(stage, LessonCatalog.load());
        stage.show();
    }

    @Test
    void theHelpMenuShowsNameVersionLicenceAndIcon() {
        FxRobot robot = new FxRobot();
        robot.clickOn("Help").clickOn("About Stepwise");
        WaitForAsyncUtils.waitForFxEvents();

        Label version = robot.lookup("#about-version").queryAs(Label.class);
        assertThat(version.getText()).isEqualTo("Version " + Version.current());
        assertThat(robot.lookup("#about-name").queryAs(Label.class).getText()).isEqualTo("Stepwise");
        assertThat(robot.lookup("#about-licence").queryAs(Label.class).getText()).contains("Apache License 2.0");
        ImageView icon = robot.lookup("#about-icon").queryAs(ImageView.class);
        assertThat(icon.getImage().isError()).isFalse();
        assertThat(icon.getImage().getWidth()).isEqualTo(128);
        Window dialog = version.getScene().getWindow();
        assertThat(dialog).isNotSameAs(stage);

        robot.clickOn("Close");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.isShowing()).isFalse();
        assertThat(fxErrors).isEmpty();
    }

    @Test
    void theWindowGetsTheIconAtEverySize() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getIcons().size() == 7);
        assertThat(stage.getIcons()).allSatisfy(image -> assertThat(image.getWidth()).isEqualTo(image.getHeight()));
        assertThat(stage.getIcons()).extracting(image -> (int) image.getWidth())
                .containsExactlyInAnyOrder(16, 24, 32, 48, 64, 128, 256);
    }
}
