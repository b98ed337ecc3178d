package org.stepwise.viz.lesson.layout;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The lesson's column beside the side panel: the problem notice, the view, the timeline, the
 * narration and the live chart. The chart stands under the view, or beside it when the column is
 * much wider than high. Presentation mode on a wide screen gives the column the whole width and a
 * little height; under the view the chart took a fifth of that height, and the loss surface,
 * drawn at equal scale, shrank to a square in the middle with empty bands either side. Beside the
 * view the chart takes a third of the width instead, and the view the full height.
 *
 * <p>The chart moves only when the column's shape crosses a threshold, with a margin between the
 * two ways so that a resize near one does not move it back and forth.
 */
public final class LessonColumn {

    /** Width over height from which the chart goes beside the view... */
    static final double BESIDE_FROM = 1.6;
    /** ...and under which it comes back below. */
    static final double BELOW_UNDER = 1.4;
    /** The chart's share of the column's width when beside the view. */
    static final double BESIDE_SHARE = 0.34;
    /**
     * The chart's share of the column's height under the view, between {@link #BELOW_LOWEST}
     * and {@link #BELOW_HIGHEST} pixels: it grows with the window, where a fixed 200 pixels left a
     * wide, flat strip on a large screen.
     */
    static final double BELOW_SHARE = 0.25;
    static final double BELOW_LOWEST = 200;
    static final double BELOW_HIGHEST = 380;

    private final VBox column;
    private final HBox row;
    private final Region chart;
    private final int belowIndex;
    private boolean beside;

    public LessonColumn(Node problem, Node view, Node timeline, Node narration, Region chart) {
        StackPane viewHolder = new StackPane(view);
        viewHolder.setMinSize(200, 200);
        HBox.setHgrow(viewHolder, Priority.ALWAYS);
        this.row = new HBox(8, viewHolder);
        VBox.setVgrow(row, Priority.ALWAYS);
        this.chart = chart;
        this.column = new VBox(4, problem, row, timeline, narration, chart);
        column.setPadding(new Insets(0, 8, 8, 8));
        this.belowIndex = column.getChildren().indexOf(chart);
        column.widthProperty().addListener((obs, old, now) -> follow());
        column.heightProperty().addListener((obs, old, now) -> follow());
    }

    public VBox node() { return column; }

    /** Whether the chart stands beside the view (tests). */
    public boolean isChartBeside() { return beside; }

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
        chart.setPrefWidth(beside ? width * BESIDE_SHARE : Region.USE_COMPUTED_SIZE);
        chart.setPrefHeight(beside ? Region.USE_COMPUTED_SIZE
                : Math.max(BELOW_LOWEST, Math.min(BELOW_HIGHEST, height * BELOW_SHARE)));
    }
}
