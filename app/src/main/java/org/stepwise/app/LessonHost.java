package org.stepwise.app;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.LessonCatalog;
import org.stepwise.viz.lesson.LessonPanel;

/**
 * Holds the open lesson's panel (one at a time): building a lesson's panel when it is opened,
 * disposing of the previous one so its worker stops, and giving a lesson opened again the state
 * it was left in ({@link LeftLessons}). Plays the part of JFreeChart's viewer.
 */
final class LessonHost extends StackPane {

    private final LessonCatalog catalog;
    private final Consumer<String> onOpened;
    private final LeftLessons left = new LeftLessons();
    private LessonPanel<?> current;
    private boolean dark;
    private boolean presentation;

    LessonHost(LessonCatalog catalog, Consumer<String> onOpened) {
        this.catalog = catalog;
        this.onOpened = onOpened;
        getStyleClass().add("lesson-host");
        getChildren().add(welcome());
    }

    /**
     * Opens a lesson by id, in the state it was left in if it was open before in this window;
     * refuses an unknown id with the list of ids.
     */
    LessonPanel<?> open(String lessonId) {
        if (current != null && current.lesson().info().id().equals(lessonId)) {
            return current;
        }
        Lesson<?> lesson = catalog.require(lessonId);
        LessonPanel<?> panel = new LessonPanel<>(lesson, this::openFromLink);
        panel.setDark(dark);
        panel.setSidePanelVisible(!presentation);
        if (current != null) {
            left.leave(current);
            current.dispose();
        }
        current = panel;
        getChildren().setAll(panel);
        left.takeBack(lessonId).ifPresent(state -> panel.restore(state.data(), state.standardize(), state.params(),
                state.seed(), state.step()));
        panel.requestFocus();
        onOpened.accept(lessonId);
        return panel;
    }

    /** Forgets the state a lesson was left in: a session file is about to give it another. */
    void forgetLeft(String lessonId) {
        left.forget(lessonId);
    }

    Optional<LessonPanel<?>> current() { return Optional.ofNullable(current); }

    LessonCatalog lessonCatalog() { return catalog; }

    void setDark(boolean newDark) {
        dark = newDark;
        if (current != null) {
            current.setDark(newDark);
        }
    }

    void setPresentation(boolean on) {
        presentation = on;
        if (current != null) {
            current.setSidePanelVisible(!on);
        }
    }

    void dispose() {
        if (current != null) {
            current.dispose();
        }
    }

    private void openFromLink(String lessonId) {
        open(lessonId);
    }

    /** Plain text, no controls: it is part of the window's first frame, drawn before the theme loads. */
    private static VBox welcome() {
        Text title = new Text("Stepwise");
        title.getStyleClass().addAll("frame-text", "welcome-title");
        Text text = new Text("Pick a lesson on the left, then press Space to watch it learn.\n"
                + "Right steps, Left steps back, R resets, F11 presents.");
        text.getStyleClass().addAll("frame-text", "welcome-text");
        VBox box = new VBox(16, title, text);
        box.setAlignment(Pos.CENTER);
        return box;
    }
}
