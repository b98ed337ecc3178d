package org.stepwise.viz.lesson.narration;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A one-line label whose text changes with every frame (the step counter) without laying the
 * whole window out again each time. JavaFX passes a label's layout request up to the scene's
 * root whatever the new text's size, and layout passes from the root through the split, the
 * side panel and the playback bar were about a third of the FX thread's own work while a lesson
 * played (JFR samples of PulseGapProbe, docs/BENCHMARKS.md). Here the label is a layout root
 * ({@link LabelRoot}): its requests stop at itself.
 *
 * <p>The region is sized for the text's <em>shape</em>, every digit taken as the font's widest:
 * "step 41" and "step 97" need the same room, so a new number of as many digits measures nothing
 * (measuring the text cost a quarter of a millisecond a frame; each shape is measured once), and
 * the parent hears of a new size only when the shape grows (a digit more), the font changes
 * (presentation mode) or the label gets its skin.
 */
public final class SteadyLabel extends LabelRoot {

    /** Measures shapes off the scene, in the label's font. */
    private final Text measure = new Text();
    /** The width of text the parent last heard of; NaN when it must ask again. */
    private double fittedWidth = Double.NaN;
    /** Each shape's width in {@link #digitsFont}: a run's counter takes a handful of shapes. */
    private final Map<String, Double> shapeWidths = new HashMap<>();
    private Font digitsFont;
    private char widestDigit = '0';

    public SteadyLabel(String text) {
        super(new Label(text));
        label().textProperty().addListener((obs, old, now) -> refit());
    }

    private void refit() {
        if (label().getSkin() == null || !(shapeWidth(label().getText()) <= fittedWidth)) {
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
        requestLayout();
    }

    /** The width of the text with every digit replaced by the widest digit of the label's font. */
    private double shapeWidth(String text) {
        Font font = label().getFont();
        if (!font.equals(digitsFont)) {
            digitsFont = font;
            shapeWidths.clear();
            double widest = -1;
            for (char digit = '0'; digit <= '9'; digit++) {
                double width = width(String.valueOf(digit));
                if (width > widest) {
                    widest = width;
                    widestDigit = digit;
                }
            }
        }
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= '0' && chars[i] <= '9') {
                chars[i] = widestDigit;
            }
        }
        return shapeWidths.computeIfAbsent(new String(chars), this::width);
    }

    private double width(String text) {
        measure.setFont(label().getFont());
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }

    @Override
    protected double computePrefWidth(double height) {
        Label label = label();
        if (label.getSkin() == null) {
            return label.prefWidth(-1);
        }
        String text = label.getText();
        fittedWidth = shapeWidth(text);
        // The label's own width holds its padding: the text's part of it gives way to the shape's.
        return Math.ceil(label.prefWidth(-1) - width(text) + fittedWidth);
    }

    @Override
    protected double computePrefHeight(double width) { return label().prefHeight(-1); }

    @Override
    protected double computeMinWidth(double height) { return computePrefWidth(height); }

    @Override
    protected double computeMinHeight(double width) { return computePrefHeight(width); }

    @Override
    protected double computeMaxWidth(double height) { return computePrefWidth(height); }

    @Override
    protected double computeMaxHeight(double width) { return computePrefHeight(width); }
}
