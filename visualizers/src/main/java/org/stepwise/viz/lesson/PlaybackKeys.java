package org.stepwise.viz.lesson;

import javafx.event.EventHandler;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;

/**
 * The keyboard of every lesson (DESIGN.md): Space play/pause, Right step, Left step back,
 * R reset, Home/End timeline ends, Page Down/Page Up step forward/back (presentation
 * clickers send these). Keys typed into a text field are left to the field.
 */
final class PlaybackKeys implements EventHandler<KeyEvent> {

    private final LessonPanel<?> panel;

    PlaybackKeys(LessonPanel<?> panel) {
        this.panel = panel;
    }

    @Override
    public void handle(KeyEvent event) {
        if (event.getTarget() instanceof TextInputControl || event.isShortcutDown() || event.isAltDown()) {
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
}
