package org.stepwise.viz.lesson.card;

import javafx.scene.image.ImageView;

/**
 * An inline formula inside a {@link javafx.scene.text.TextFlow}. A text flow lines embedded nodes
 * up by their baseline offset, and an image's is its bottom edge, which would lift every formula
 * with a subscript or a fraction above the line; this view reports the formula's real baseline.
 */
final class InlineFormulaView extends ImageView {

    private final double baseline;

    InlineFormulaView(FormulaImages.FormulaImage formula) {
        super(formula.image());
        this.baseline = formula.baseline();
        setFitWidth(formula.width());
        setFitHeight(formula.height());
        setSmooth(true);
        getStyleClass().add("card-inline-formula");
    }

    @Override
    public double getBaselineOffset() { return baseline; }
}
