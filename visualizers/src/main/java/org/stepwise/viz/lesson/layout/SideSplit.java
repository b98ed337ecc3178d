package org.stepwise.viz.lesson.layout;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

/**
 * A lesson's main column beside its side panel (explanation, parameters, data), which
 * presentation mode hides. The side panel keeps its width in pixels when the window is resized,
 * and comes back at the width it had when it was hidden.
 *
 * <p>Why the width is applied at the split's next layout: presentation mode shows the side panel
 * again while the window is still full screen and the catalogue is not yet back beside it, so a
 * divider position worked out from the split's width at that moment would give the panel a share
 * of a wider window, and it came back wider than it left.
 */
public final class SideSplit {

    /** Where the divider starts: the main column gets about two thirds. */
    static final double FIRST_DIVIDER = 0.68;

    private final Node side;
    private final SplitPane split = new SplitPane() {
        @Override
        protected void layoutChildren() {
            // First as the skin would (a resize keeps the returning panel at its preferred width), then
            // again with the divider where the panel's old width puts it.
            super.layoutChildren();
            if (returningWidth > 0 && getWidth() > returningWidth && getDividers().size() == 1) {
                setDividerPositions(1 - returningWidth / getWidth());
                returningWidth = 0;
                super.layoutChildren();
            }
        }
    };
    /** The width right of the divider when the side panel was hidden, to restore at the next layout; 0 for none. */
    private double returningWidth;

    public SideSplit(Node main, Node side) {
        this.side = side;
        split.getItems().addAll(main, side);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(FIRST_DIVIDER);
        SplitPane.setResizableWithParent(side, false);
    }

    public Node node() { return split; }

    boolean isSideVisible() { return split.getItems().contains(side); }

    public void setSideVisible(boolean visible) {
        if (visible == isSideVisible()) {
            return;
        }
        if (visible) {
            split.getItems().add(side);
            split.setDividerPositions(FIRST_DIVIDER);
        } else {
            returningWidth = (1 - split.getDividerPositions()[0]) * split.getWidth();
            split.getItems().remove(side);
        }
    }

    /** The side panel's width now (tests). */
    public double sideWidth() { return side.getLayoutBounds().getWidth(); }
}
