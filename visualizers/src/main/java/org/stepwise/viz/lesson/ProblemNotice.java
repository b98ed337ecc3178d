package org.stepwise.viz.lesson;

import javafx.scene.control.Label;

/**
 * The line above a lesson's view that says why a change was not applied or why the run stopped
 * on a failure. It takes no room while there is nothing to say.
 */
final class ProblemNotice {

    private final Label label = new Label();

    ProblemNotice() {
        label.getStyleClass().add("lesson-problem");
        label.setWrapText(true);
        hide();
    }

    Label node() { return label; }

    void show(String text) {
        label.setText(text);
        label.setVisible(true);
        label.setManaged(true);
    }

    void hide() {
        label.setVisible(false);
        label.setManaged(false);
    }

    /** The message shown, or empty. */
    String text() {
        return label.isVisible() ? label.getText() : "";
    }
}
