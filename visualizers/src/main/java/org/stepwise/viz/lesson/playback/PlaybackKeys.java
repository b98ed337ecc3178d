package org.stepwise.viz.lesson.playback;

import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.scene.Node;
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
 * Left and Right are left to a focused node that moves something with them ({@link #ownArrowKeys}).
 */
public final class PlaybackKeys implements EventHandler<KeyEvent> {

    /** What the keys do: the lesson panel's commands. */
    public interface Commands {
        void togglePlay();

        void step();

        void stepBack();

        void reset();

        void seekFirst();

        void seekLast();

        /** Ctrl+Z: takes back the last point edit, if the lesson has data. */
        void undoEdit();

        /** Ctrl+Y or Ctrl+Shift+Z: does it again. */
        void redoEdit();
    }

    private static final String OWNS_ARROWS = "stepwise.ownsArrowKeys";

    private final Node home;
    private final Commands panel;

    /**
     * @param home the node that takes the keyboard back from a text field on Enter or Escape
     * @param commands what each key does
     */
    public PlaybackKeys(Node home, Commands commands) {
        this.home = home;
        this.panel = commands;
    }

    @Override
    public void handle(KeyEvent event) {
        if (event.getTarget() instanceof TextInputControl) {
            if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.ESCAPE) {
                // Later, so the field's own handler commits the value first; leaving it by Escape
                // commits too, as clicking elsewhere does.
                Platform.runLater(home::requestFocus);
            }
            return;
        }
        if (ownsArrows(event)) {
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

    /**
     * Whether the key is Left or Right aimed at a node that moves something with them (a
     * threshold the learner drags, focused), marked by {@link #ownArrowKeys}.
     */
    private static boolean ownsArrows(KeyEvent event) {
        return (event.getCode() == KeyCode.LEFT || event.getCode() == KeyCode.RIGHT)
                && event.getTarget() instanceof Node node && node.getProperties().containsKey(OWNS_ARROWS);
    }

    /** Marks {@code node} as one that, focused, takes Left and Right itself (they do not step the lesson). */
    public static void ownArrowKeys(Node node) {
        node.getProperties().put(OWNS_ARROWS, Boolean.TRUE);
        node.setFocusTraversable(true);
    }

    private void undoKeys(KeyEvent event) {
        if (event.getCode() == KeyCode.Z && !event.isShiftDown()) {
            panel.undoEdit();
            event.consume();
        } else if (event.getCode() == KeyCode.Y || event.getCode() == KeyCode.Z) {
            panel.redoEdit();
            event.consume();
        }
    }
}
