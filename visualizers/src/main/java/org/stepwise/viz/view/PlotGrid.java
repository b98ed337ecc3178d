package org.stepwise.viz.view;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * Plots of equal size in a grid: one per player of a race (a bandit's policies), two side by
 * side, four in two rows of two, and so on: no cell left empty where that can be, then as near
 * the shape a plot reads best in as the room allows. A plot that is
 * not visible takes no room.
 */
public final class PlotGrid extends Pane {

    private final List<Node> plots;

    public PlotGrid(Node... plots) {
        this.plots = List.of(plots);
        getChildren().addAll(plots);
        for (Node each : plots) {
            each.visibleProperty().addListener((obs, was, now) -> requestLayout());
        }
        setMinSize(240, 200);
        setPrefSize(960, 560);
    }

    /**
     * How many columns {@code shown} plots take in a width × height room: the fewest empty cells,
     * then cells nearest 1.4 times as wide as high (a plot with its axes reads best so).
     */
    static int columns(int shown, double width, double height) {
        int best = 1;
        int bestEmpty = Integer.MAX_VALUE;
        double bestSkew = Double.POSITIVE_INFINITY;
        for (int columns = 1; columns <= Math.max(1, shown); columns++) {
            int rows = (shown + columns - 1) / columns;
            int empty = rows * columns - shown;
            double skew = Math.abs(Math.log((width / columns) / (height / rows) / 1.4));
            if (empty < bestEmpty || empty == bestEmpty && skew < bestSkew) {
                bestEmpty = empty;
                bestSkew = skew;
                best = columns;
            }
        }
        return best;
    }

    @Override
    protected void layoutChildren() {
        List<Node> shown = plots.stream().filter(Node::isVisible).toList();
        if (shown.isEmpty()) {
            return;
        }
        double width = getWidth();
        double height = getHeight();
        int columns = columns(shown.size(), width, height);
        int rows = (shown.size() + columns - 1) / columns;
        for (int i = 0; i < shown.size(); i++) {
            int column = i % columns;
            int row = i / columns;
            double left = Math.round(width * column / columns);
            double right = Math.round(width * (column + 1) / columns);
            double top = Math.round(height * row / rows);
            double bottom = Math.round(height * (row + 1) / rows);
            shown.get(i).resizeRelocate(left, top, right - left, bottom - top);
        }
    }
}
