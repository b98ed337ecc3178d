package org.stepwise.viz.lesson.data;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

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

    /**
     * Opens the list of {@code box} no wider than the box: sized to its longest entry, the list
     * of data sets was wider than the box at the side panel's right edge, and went past the
     * window's. An entry too long for the box ends in an ellipsis there, as in the box.
     */
    static void keepMenuInside(ComboBox<?> box) {
        box.addEventHandler(ComboBox.ON_SHOWING, event -> {
            if (box.getSkin() instanceof ComboBoxListViewSkin<?> skin && skin.getPopupContent() instanceof Region list) {
                list.setMaxWidth(box.getWidth());
                list.setPrefWidth(box.getWidth());
            }
        });
    }

    /** Shows or hides a node, taking it out of the layout while hidden. */
    static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    /** The label of a refusal's reason, shown only while it has text. */
    static Label message() {
        Label message = new Label();
        message.setId("data-message");
        message.getStyleClass().add("data-picker-message");
        message.setWrapText(true);
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        return message;
    }

    /** "Loading the data…" with a progress indicator, shown while {@code busy}. */
    static HBox loading(ReadOnlyBooleanProperty busy) {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(28, 28);
        HBox loading = new HBox(10, progress, new Label("Loading the data…"));
        loading.setId("data-loading");
        loading.setAlignment(Pos.CENTER_LEFT);
        loading.visibleProperty().bind(busy);
        loading.managedProperty().bind(busy);
        return loading;
    }

    /** A wrapped hint in the hint style. */
    static Label hint(String text) {
        Label hint = new Label(text);
        hint.getStyleClass().add("data-picker-hint");
        hint.setWrapText(true);
        return hint;
    }
}
