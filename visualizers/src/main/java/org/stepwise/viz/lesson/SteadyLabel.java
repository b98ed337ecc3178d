package org.stepwise.viz.lesson;

import javafx.scene.control.Label;

/**
 * A one-line label whose text changes with every frame (the step counter) without laying the
 * whole window out again each time. JavaFX passes a label's layout request up to the scene's
 * root whatever the new text's size, and layout passes from the root through the split, the
 * side panel and the playback bar were about a third of the FX thread's own work while a lesson
 * played (JFR samples of PulseGapProbe, docs/BENCHMARKS.md). Here the label is a layout root
 * ({@link LabelRoot}): its requests stop at itself, and this region asks its parent for a layout
 * only when the text needs another size (a digit more), the font changes (presentation mode) or
 * the label gets its skin.
 */
final class SteadyLabel extends LabelRoot {

    /** The label's preferred size the parent last heard of; NaN when it must ask again. */
    private double fittedWidth = Double.NaN;
    private double fittedHeight = Double.NaN;

    SteadyLabel(String text) {
        super(new Label(text));
        label().textProperty().addListener((obs, old, now) -> refit());
    }

    private void refit() {
        // This listener may run before the skin's: drop the label's cached size first.
        Label label = label();
        label.requestLayout();
        if (label.getSkin() == null || label.prefWidth(-1) != fittedWidth || label.prefHeight(-1) != fittedHeight) {
            askParent();
        }
    }

    @Override
    protected void fontOrSkinChanged() {
        label().requestLayout();
        askParent();
    }

    private void askParent() {
        fittedWidth = Double.NaN;
        fittedHeight = Double.NaN;
        requestLayout();
    }

    @Override
    protected double computePrefWidth(double height) {
        fittedWidth = label().prefWidth(-1);
        return fittedWidth;
    }

    @Override
    protected double computePrefHeight(double width) {
        fittedHeight = label().prefHeight(-1);
        return fittedHeight;
    }

    @Override
    protected double computeMinWidth(double height) { return computePrefWidth(height); }

    @Override
    protected double computeMinHeight(double width) { return computePrefHeight(width); }

    @Override
    protected double computeMaxWidth(double height) { return computePrefWidth(height); }

    @Override
    protected double computeMaxHeight(double width) { return computePrefHeight(width); }
}
