package org.stepwise.viz.lesson.card;

import javafx.geometry.Orientation;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;

/**
 * A display formula that keeps its natural size when the card is wide enough and shrinks,
 * keeping its proportions, when it is not, so a long formula never forces the card to scroll
 * sideways.
 */
final class FormulaBox extends Region {

    /** Below this width a formula is unreadable anyway; the card scrolls instead. */
    private static final double MINIMUM_WIDTH = 80;

    private final ImageView view;
    private final double naturalWidth;
    private final double naturalHeight;

    FormulaBox(FormulaImages.FormulaImage formula) {
        this.view = new ImageView(formula.image());
        this.naturalWidth = formula.width();
        this.naturalHeight = formula.height();
        view.setSmooth(true);
        view.setPreserveRatio(true);
        getChildren().add(view);
        getStyleClass().add("card-formula");
    }

    /** The scale the formula is drawn at for the current width: 1, or less when it does not fit. */
    double scale() {
        return scaleFor(getWidth());
    }

    @Override
    public Orientation getContentBias() { return Orientation.HORIZONTAL; }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + naturalWidth + snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + Math.min(naturalWidth, MINIMUM_WIDTH) + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + naturalHeight * scaleFor(width) + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double scale = scale();
        view.setFitWidth(naturalWidth * scale);
        view.setFitHeight(naturalHeight * scale);
        view.relocate(snappedLeftInset(), snappedTopInset());
    }

    private double scaleFor(double width) {
        if (width <= 0) {
            return 1;
        }
        double room = width - snappedLeftInset() - snappedRightInset();
        return Math.max(0.1, Math.min(1, room / naturalWidth));
    }
}
