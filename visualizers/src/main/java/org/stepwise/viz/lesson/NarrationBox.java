package org.stepwise.viz.lesson;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Label;
import javafx.scene.control.skin.LabelSkin;

/**
 * The narration under the view: the shown step's text, wrapped, in a box of two lines (the
 * label's height in lesson.css) whose size never depends on the text. While a lesson plays
 * fast the text changes four times a second; a plain wrapped label would ask the whole window
 * for a layout pass each time, and here only the label is laid out again ({@link LabelRoot}, as
 * {@link SteadyLabel} for the step counter). The box asks its parent only when the label's font
 * changes (presentation mode) or its skin arrives.
 *
 * <p>{@link #rehearse} lays a sample text out before play. In the optimizer race the first
 * narrations were laid out by code the JIT had not compiled yet (wrapping, and finding where to
 * cut the text for the ellipsis), with glyphs such as θ, → and − looked up in a fallback font for
 * the first time: about 12 ms of the FX thread each time, in two of the four stalls over a frame
 * seen in 11 races (docs/BENCHMARKS.md, "The narration rehearsed before play").
 */
final class NarrationBox extends LabelRoot {

    /** Lay-outs of a rehearsal: the per-glyph code runs often enough to be compiled (13 ms for the four, cold). */
    static final int REHEARSALS = 4;

    /** Shown, muted, while there is no narration (before the first step): how to start. */
    static final String HINT = "Press Space to play, or → to take one step";

    private final Label hint = new Label(HINT);
    private final BooleanProperty hintAllowed = new SimpleBooleanProperty(true);
    /** Sample texts rehearsed so far (tests). */
    private int rehearsed;

    NarrationBox() {
        super(new Label());
        label().getStyleClass().add("lesson-narration");
        label().setWrapText(true);
        // A second unmanaged label, shown and hidden rather than restyled: a change of style
        // class at the first step would cost a CSS pass in one of play's busiest frames.
        hint.getStyleClass().addAll("lesson-narration", "narration-hint");
        hint.setManaged(false);
        hint.setMouseTransparent(true);
        hint.visibleProperty().bind(label().textProperty().isEmpty().and(hintAllowed));
        getChildren().add(hint);
    }

    /** Whether the hint may show: not in a picture of the lesson (an export), where no key works. */
    void setHintAllowed(boolean allowed) { hintAllowed.set(allowed); }

    /** Whether the hint is shown in place of a narration (tests). */
    boolean showsHint() { return hint.isVisible(); }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        hint.resizeRelocate(0, 0, getWidth(), getHeight());
    }

    @Override
    protected void fontOrSkinChanged() {
        requestLayout();
    }

    /** How many sample texts were rehearsed (tests). */
    int rehearsed() { return rehearsed; }

    /**
     * FX thread: lays {@code sample} out on a stand-in label of the same font and size, off the
     * scene, a few times, so that the first narrations of play find their code compiled and their
     * glyphs loaded. The narration shown does not change.
     */
    void rehearse(String sample) {
        Label label = label();
        if (sample == null || sample.isEmpty() || label.getWidth() <= 0) {
            return;
        }
        Label standIn = new Label();
        standIn.setSkin(new LabelSkin(standIn));
        standIn.setFont(label.getFont());
        standIn.setPadding(label.getPadding());
        standIn.setWrapText(true);
        standIn.resize(label.getWidth(), label.getHeight());
        for (int i = 0; i < REHEARSALS; i++) {
            // A text that differs from the last, or the label would not lay it out again.
            standIn.setText(i % 2 == 0 ? sample : sample + ' ');
            standIn.layout();
        }
        rehearsed++;
    }

    @Override
    protected double computeMinWidth(double height) { return label().minWidth(-1); }

    @Override
    protected double computePrefWidth(double height) { return computeMinWidth(height); }

    /** Two lines, fixed by lesson.css whatever the text. */
    @Override
    protected double computeMinHeight(double width) { return label().minHeight(-1); }

    @Override
    protected double computePrefHeight(double width) { return computeMinHeight(width); }

    @Override
    protected double computeMaxHeight(double width) { return computeMinHeight(width); }
}
