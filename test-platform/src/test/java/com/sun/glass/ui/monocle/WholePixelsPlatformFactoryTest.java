package com.sun.glass.ui.monocle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import javafx.scene.Scene;
import javafx.scene.layout.Background;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The headless platform the tests run on: a window that shrinks and grows again, or reaches past
 * the screen's edge, is painted frame after frame. On Monocle's plain headless platform each of
 * these printed a trace from JavaFX's UploadingPainter and lost the frame.
 */
@ExtendWith(ApplicationExtension.class)
class WholePixelsPlatformFactoryTest {

    private Stage stage;
    private Pane root;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        root = new Pane();
        stage.setScene(new Scene(root, 720, 320));
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    @Test
    void theTestsRunOnIt() {
        assertThat(NativePlatformFactory.getNativePlatform().getScreen())
                .isInstanceOf(WholePixelsPlatformFactory.WholePixelsScreen.class);
    }

    @Test
    void aWindowThatShrinksGrowsAndLeavesTheScreenIsPaintedWithoutATrace() throws Exception {
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            // MetricChartTest's sizes: the grown frame reused the shrunk one's buffer.
            frameAt(0, 0, 900, 320);
            frameAt(0, 0, 300, 600);
            frameAt(0, 0, 720, 320);
            // LessonPanelTest's wide window from the screen's middle: the copy stopped at its edge.
            frameAt(400, 100, 1900, 800);
        } finally {
            System.setErr(err);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).doesNotContain("Exception");
    }

    /** Moves and sizes the window, then paints it in two colours: two frames of the same size. */
    private void frameAt(double x, double y, double width, double height) throws InterruptedException {
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            stage.setX(x);
            stage.setY(y);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        for (Color colour : new Color[] {Color.WHITE, Color.STEELBLUE, Color.WHITE}) {
            WaitForAsyncUtils.waitForAsyncFx(2000, () -> root.setBackground(Background.fill(colour)));
            Thread.sleep(120);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }
}
