package org.stepwise.viz.lesson;

import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The keyboard of every lesson (DESIGN.md): Space play/pause, Right step, Left step back,
 * R reset, Home/End timeline ends, Page Down/Page Up step forward/back (presentation
 * clickers send these), and Ctrl+Z / Ctrl+Y (or Ctrl+Shift+Z) to undo and redo point edits
 * (Cmd on a Mac). Keys typed into a text field are left to the field, but Enter (once the
 * field has taken the value) and Escape hand the keyboard back to the lesson: a learner who
 * typed a learning rate and pressed Enter then presses Space to play, not to type a space.
 */
final class PlaybackKeys implements EventHandler<KeyEvent> {

    private final LessonPanel<?> panel;

    PlaybackKeys(LessonPanel<?> panel) {
        this.panel = panel;
    }

    @Override
    public void handle(KeyEvent event) {
        if (event.getTarget() instanceof TextInputControl) {
            if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.ESCAPE) {
                // Later, so the field's own handler commits the value first; leaving it by Escape
                // commits too, as clicking elsewhere does.
                Platform.runLater(panel::requestFocus);
            }
            return;
        }
        if (event.isAltDown()) {
            return;
        }
        if (event.isShortcutDown()) {
            undoKeys(event);
            return;
        }
        boolean handled = true;
        switch (event.getCode()) {
            case SPACE -> panel.togglePlay();
            case RIGHT, PAGE_DOWN -> panel.step();
            case LEFT, PAGE_UP -> panel.stepBack();
            case R -> panel.reset();
            case HOME -> panel.seekFirst();
            case END -> panel.seekLast();
            default -> handled = false;
        }
        if (handled) {
            event.consume();
        }
    }

    private void undoKeys(KeyEvent event) {
        var picker = panel.dataPicker();
        if (picker == null) {
            return;
        }
        if (event.getCode() == KeyCode.Z && !event.isShiftDown()) {
            picker.undo();
            event.consume();
        } else if (event.getCode() == KeyCode.Y || event.getCode() == KeyCode.Z) {
            picker.redo();
            event.consume();
        }
    }
}
