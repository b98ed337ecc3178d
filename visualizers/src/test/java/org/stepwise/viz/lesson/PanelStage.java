package org.stepwise.viz.lesson;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/** Opening and closing a lesson panel in a test's stage, and waiting for what it shows (panel tests share these). */
final class PanelStage {

    private PanelStage() {
    }

    /** Shows an empty root for panels in {@code stage}, in the app's theme at 1280 × 800. */
    static StackPane show(Stage stage) {
        StackPane root = new StackPane();
        stage.setScene(ThemedScenes.of(root, 1280, 800));
        stage.show();
        return root;
    }

    /** A new panel of lesson {@code id}, shown in {@code root}. */
    static LessonPanel<?> open(StackPane root, String id) {
        // Generous: the first panel of the run loads the catalog and typesets a card, slow on a busy machine.
        LessonPanel<?> panel = WaitForAsyncUtils.waitForAsyncFx(30_000, () -> {
            LessonPanel<?> opened = new LessonPanel<>(LessonCatalog.load().require(id), lesson -> { });
            root.getChildren().setAll(opened);
            opened.requestFocus();
            return opened;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return panel;
    }

    /** Stops the panel's worker; nothing when there is no panel. */
    static void close(LessonPanel<?> panel) {
        if (panel != null) {
            WaitForAsyncUtils.asyncFx(panel::dispose);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** Waits up to 10 s for {@code condition}, then for the FX thread; fails naming {@code what}. */
    static void await(BooleanSupplier condition, String what) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
