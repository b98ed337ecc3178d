package org.stepwise.viz.lessons.evaluation;

import javafx.scene.Node;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.RowConstraints;

/** Two pictures side by side filling the panel's height, the left taking a fixed share of the width. */
final class SideBySide {

    private SideBySide() {
    }

    /** A pane of {@code left} and {@code right}, the left {@code leftPercent} of the width wide. */
    static GridPane of(Node left, Node right, double leftPercent) {
        GridPane pane = new GridPane();
        ColumnConstraints first = new ColumnConstraints();
        first.setPercentWidth(leftPercent);
        ColumnConstraints second = new ColumnConstraints();
        second.setPercentWidth(100 - leftPercent);
        RowConstraints row = new RowConstraints();
        row.setPercentHeight(100);
        pane.getColumnConstraints().addAll(first, second);
        pane.getRowConstraints().add(row);
        pane.add(left, 0, 0);
        pane.add(right, 1, 0);
        pane.setMinSize(240, 200);
        pane.setPrefSize(960, 560);
        return pane;
    }
}
