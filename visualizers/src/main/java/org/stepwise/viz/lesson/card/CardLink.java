package org.stepwise.viz.lesson.card;

import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.layout.Region;

/**
 * A neighbour link in a card's text flow that wraps at the flow's width. A text flow lays a
 * control in it out at the control's preferred size, on one line, so in the side panel's width
 * "Gradient descent and optimizers" was cut to "Gradient descent and optimize". This link is at
 * most as wide as its flow, and as high as its text wrapped to that width.
 */
final class CardLink extends Hyperlink {

    private final Region flow;

    CardLink(String text, Node graphic, Region flow) {
        super(text, graphic);
        this.flow = flow;
        setWrapText(true);
        flow.widthProperty().addListener((obs, old, width) -> requestLayout());
    }

    @Override
    protected double computePrefWidth(double height) {
        double natural = super.computePrefWidth(height);
        double room = flow.getWidth() - flow.snappedLeftInset() - flow.snappedRightInset();
        return room > 0 ? Math.min(natural, room) : natural;
    }

    @Override
    protected double computePrefHeight(double width) {
        return super.computePrefHeight(width < 0 ? computePrefWidth(-1) : width);
    }
}
