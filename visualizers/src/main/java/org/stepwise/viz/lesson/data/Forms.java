package org.stepwise.viz.lesson.data;

import javafx.scene.Node;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * The picker's label-and-control grids. Each section is its own grid, so a hidden section
 * leaves no gap; the stylesheet gives every grid's labels one width, so the sections line up.
 */
final class Forms {

    private Forms() {
    }

    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("data-picker-form");
        grid.setHgap(10);
        grid.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints controls = new ColumnConstraints();
        controls.setHgrow(Priority.ALWAYS);
        controls.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, controls);
        return grid;
    }

    /** Shows or hides a node, taking it out of the layout while hidden. */
    static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
