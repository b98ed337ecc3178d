package org.stepwise.viz.lessons.evaluation;

import javafx.scene.Node;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.RowConstraints;

/** Plots in one row, each the whole height and a fixed share of the width: the family's two- and three-plot views. */
final class SideBySide {

    private SideBySide() {
    }

    /** A pane holding {@code plots} left to right, plot i taking {@code percents[i]} of the width. */
    static GridPane of(double[] percents, Node... plots) {
        GridPane pane = new GridPane();
        for (int i = 0; i < plots.length; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(percents[i]);
            pane.getColumnConstraints().add(column);
            pane.add(plots[i], i, 0);
        }
        RowConstraints row = new RowConstraints();
        row.setPercentHeight(100);
        pane.getRowConstraints().add(row);
        pane.setMinSize(240, 200);
        pane.setPrefSize(960, 560);
        return pane;
    }
}
