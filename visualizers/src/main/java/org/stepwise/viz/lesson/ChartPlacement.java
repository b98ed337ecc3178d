package org.stepwise.viz.lesson;

import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Where the live chart stands in the lesson's column: under the view, or beside it when the
 * column is much wider than high. Presentation mode on a wide screen gives the column the whole
 * width and a little height; under the view the chart took a fifth of that height, and the loss
 * surface, drawn at equal scale, shrank to a square in the middle with empty bands either side.
 * Beside the view the chart takes a third of the width instead, and the view the full height.
 *
 * <p>The chart moves only when the column's shape crosses a threshold, with a margin between the
 * two ways so that a resize near one does not move it back and forth.
 */
final class ChartPlacement {

    /** Width over height from which the chart goes beside the view... */
    static final double BESIDE_FROM = 1.6;
    /** ...and under which it comes back below. */
    static final double BELOW_UNDER = 1.4;
    /** The chart's share of the row's width when beside the view. */
    static final double BESIDE_SHARE = 0.34;

    private final VBox column;
    private final HBox row;
    private final Region chart;
    private final int belowIndex;
    private boolean beside;

    /**
     * @param column the lesson's column, holding {@code viewRow} and, for now, {@code chart} below it
     * @param viewRow the row holding the view (it grows to fill the column's height)
     */
    ChartPlacement(VBox column, HBox viewRow, Region chart) {
        this.column = column;
        this.row = viewRow;
        this.chart = chart;
        this.belowIndex = column.getChildren().indexOf(chart);
        if (belowIndex < 0 || !column.getChildren().contains(viewRow)) {
            throw new IllegalArgumentException("the column must hold the view's row and the chart");
        }
        column.widthProperty().addListener((obs, old, now) -> follow());
        column.heightProperty().addListener((obs, old, now) -> follow());
    }

    /** Whether the chart stands beside the view (tests). */
    boolean isBeside() { return beside; }

    private void follow() {
        double width = column.getWidth();
        double height = column.getHeight();
        if (height <= 0) {
            return;
        }
        double shape = width / height;
        if (!beside && shape >= BESIDE_FROM) {
            column.getChildren().remove(chart);
            row.getChildren().add(chart);
            beside = true;
        } else if (beside && shape < BELOW_UNDER) {
            row.getChildren().remove(chart);
            column.getChildren().add(belowIndex, chart);
            beside = false;
        }
        if (beside) {
            chart.setPrefWidth(width * BESIDE_SHARE);
        } else {
            chart.setPrefWidth(Region.USE_COMPUTED_SIZE);
        }
    }

    /** The row for the view: it takes the column's spare height, and the view its spare width. */
    static HBox rowFor(Node viewHolder) {
        HBox row = new HBox(8, viewHolder);
        HBox.setHgrow(viewHolder, Priority.ALWAYS);
        VBox.setVgrow(row, Priority.ALWAYS);
        return row;
    }
}
