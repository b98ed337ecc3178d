package org.stepwise.viz.lesson.narration;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Label;
import javafx.scene.control.skin.LabelSkin;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

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
 *
 * <p>{@link #capacity()} is how many characters the box holds at its width and type size: the
 * budget a snapshot is asked to narrate in ({@code Snapshot.narration(int)}), so that the race
 * of seven says less of each optimizer in a narrow window rather than being cut off.
 */
public final class NarrationBox extends LabelRoot {

    /** Lay-outs of a rehearsal: the per-glyph code runs often enough to be compiled (13 ms for the four, cold). */
    static final int REHEARSALS = 4;

    /** Shown, muted, while there is no narration (before the first step): how to start. */
    static final String HINT = "Press Space to play, or → to take one step";

    private final Label hint = new Label(HINT);
    private final BooleanProperty hintAllowed = new SimpleBooleanProperty(true);
    /**
     * A narration of the usual mix (names, coordinates, losses, arrows) whose width, divided by
     * its length, is taken for the width of an average character.
     */
    static final String SAMPLE = "Momentum: θ (−1.20, 1.38), loss 24.2 ↓; Adam: diverged at step 2; GD: loss 0.0312 =; ";
    /** Characters lost at the end of each line, where wrapping moves a word that did not fit to the next. */
    private static final int WRAPPING_LOSS = 10;

    /** Sample texts rehearsed so far (tests). */
    private int rehearsed;
    private double measuredWidth = -1;
    private double measuredHeight = -1;
    private Font measuredFont;
    private int capacity = Integer.MAX_VALUE;

    public NarrationBox() {
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

    /** Shows a step's narration, with its equations kept whole on their line ({@link #keptTogether}). */
    @Override
    public void setText(String text) {
        super.setText(keptTogether(text));
    }

    /**
     * The text with no-break spaces on both sides of "=", "≈" and "→": the label wraps at spaces,
     * and in presentation mode a line began "= 0.0691", its left side at the end of the line
     * above (and one ended "w 0.000 →"). Returns the text itself when it has none of them (no allocation while playing).
     */
    static String keptTogether(String text) {
        if (text == null) {
            return null;
        }
        return text.replace(" = ", NO_BREAK + "=" + NO_BREAK).replace(" ≈ ", NO_BREAK + "≈" + NO_BREAK)
                .replace(" → ", NO_BREAK + "→" + NO_BREAK);
    }

    private static final String NO_BREAK = "\u00A0";

    /** Whether the hint may show: not in a picture of the lesson (an export), where no key works. */
    public void setHintAllowed(boolean allowed) { hintAllowed.set(allowed); }

    /** Whether the hint is shown in place of a narration (tests). */
    public boolean showsHint() { return hint.isVisible(); }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        hint.resizeRelocate(0, 0, getWidth(), getHeight());
    }

    @Override
    protected void fontOrSkinChanged() {
        requestLayout();
    }

    /**
     * How many characters of a narration the box shows whole at its size and font now, measured
     * on the {@link #SAMPLE}; unbounded before the box has a size. FX thread.
     */
    public int capacity() {
        Label label = label();
        double width = label.getWidth() - label.getPadding().getLeft() - label.getPadding().getRight();
        double height = label.getHeight() - label.getPadding().getTop() - label.getPadding().getBottom();
        if (width != measuredWidth || height != measuredHeight || label.getFont() != measuredFont) {
            measuredWidth = width;
            measuredHeight = height;
            measuredFont = label.getFont();
            capacity = width <= 0 ? Integer.MAX_VALUE : measure(width, height, label.getFont());
        }
        return capacity;
    }

    private static int measure(double width, double height, Font font) {
        Text sample = new Text(SAMPLE);
        sample.setFont(font);
        double characterWidth = sample.getLayoutBounds().getWidth() / SAMPLE.length();
        int lines = Math.max(1, (int) Math.floor(height / sample.getLayoutBounds().getHeight()));
        int perLine = Math.max(1, (int) Math.floor(width / characterWidth) - WRAPPING_LOSS);
        return lines * perLine;
    }

    /** How many sample texts were rehearsed (tests). */
    public int rehearsed() { return rehearsed; }

    /**
     * FX thread: lays {@code sample} out on a stand-in label of the same font and size, off the
     * scene, a few times, so that the first narrations of play find their code compiled and their
     * glyphs loaded. The narration shown does not change.
     */
    public void rehearse(String sample) {
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
