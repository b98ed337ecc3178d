package org.stepwise.viz.lesson.narration;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * A region holding one label that fills it, unmanaged, so that the label is a layout root of its
 * own: a new text lays out the label alone, where a managed label would ask every pane up to the
 * window's root for a layout pass. What a subclass decides is the region's size, and when its
 * parent must hear of a new one; it is told when the label's font or skin changes
 * (presentation mode, or the skin's arrival), since either may change the label's size.
 */
abstract class LabelRoot extends Region {

    private final Label label;

    LabelRoot(Label label) {
        this.label = label;
        label.setManaged(false);
        getChildren().add(label);
        label.fontProperty().addListener((obs, old, now) -> fontOrSkinChanged());
        label.skinProperty().addListener((obs, old, now) -> fontOrSkinChanged());
    }

    /** The label's font or skin changed. */
    protected abstract void fontOrSkinChanged();

    /** The label itself, for style classes and tests. */
    public Label label() { return label; }

    public void setText(String text) { label.setText(text); }

    public String getText() { return label.getText(); }

    @Override
    protected void layoutChildren() {
        label.resizeRelocate(0, 0, getWidth(), getHeight());
    }
}
