package org.stepwise.viz.view;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * A lesson's main view with one to three secondary views: the secondaries stacked in a column
 * beside the main view ({@value #SIDE_SHARE} of the width), or, when the column would give each
 * less than {@value #MIN_HEIGHT} pixels of height at the plots' type scale (presentation mode's
 * larger type, three secondaries on a low window), side by side in a row under the main view
 * ({@value #ROW_SHARE} of the height). A secondary that is not visible takes no room.
 */
public final class SecondaryViews extends Pane {

    /** The share of the width the column of secondaries takes. */
    public static final double SIDE_SHARE = 0.4;
    /** The share of the height the row of secondaries takes when they move under the main view. */
    public static final double ROW_SHARE = 0.4;
    /** The least height a secondary needs at the usual type size (its axes and a readable plot). */
    public static final double MIN_HEIGHT = 200;

    private final Node main;
    private final List<Node> secondaries;
    private final PlotType type;
    private double sideShare = SIDE_SHARE;
    private boolean inRow;

    public SecondaryViews(Node main, Node... secondaries) {
        if (secondaries.length < 1 || secondaries.length > 3) {
            throw new IllegalArgumentException("one to three secondary views, not " + secondaries.length);
        }
        this.main = main;
        this.secondaries = List.of(secondaries);
        getChildren().add(main);
        getChildren().addAll(secondaries);
        type = new PlotType(getChildren(), this::requestLayout);
        for (Node each : secondaries) {
            each.visibleProperty().addListener((obs, was, now) -> requestLayout());
        }
        setMinSize(240, 200);
        setPrefSize(960, 560);
    }

    /** The share of the width the column takes (0.4 unless set). */
    public void setSideShare(double share) {
        sideShare = share;
        requestLayout();
    }

    /** True when the secondaries stand in a row under the main view (after the last layout). */
    public boolean inRow() { return inRow; }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double height = getHeight();
        List<Node> shown = secondaries.stream().filter(Node::isVisible).toList();
        int n = shown.size();
        inRow = n > 0 && height / n < MIN_HEIGHT * type.scale();
        if (n == 0) {
            main.resizeRelocate(0, 0, width, height);
        } else if (inRow) {
            double rowHeight = Math.round(height * ROW_SHARE);
            main.resizeRelocate(0, 0, width, height - rowHeight);
            for (int i = 0; i < n; i++) {
                double left = Math.round(width * i / n);
                double right = Math.round(width * (i + 1) / n);
                shown.get(i).resizeRelocate(left, height - rowHeight, right - left, rowHeight);
            }
        } else {
            double side = Math.round(width * sideShare);
            main.resizeRelocate(0, 0, width - side, height);
            for (int i = 0; i < n; i++) {
                double top = Math.round(height * i / n);
                double bottom = Math.round(height * (i + 1) / n);
                shown.get(i).resizeRelocate(width - side, top, side, bottom - top);
            }
        }
    }
}
