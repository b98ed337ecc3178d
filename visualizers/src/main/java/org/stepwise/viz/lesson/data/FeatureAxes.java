package org.stepwise.viz.lesson.data;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.stepwise.data.Dataset;

/**
 * Which columns of a wide data set the view draws: one choice per drawn axis (x, and y when
 * two features are drawn), shown only when the data has more features than the view draws.
 * Defaults to the first columns.
 */
final class FeatureAxes {

    private static final List<String> AXIS_NAMES = List.of("x axis", "y axis");

    private final List<ChoiceBox<String>> choices = new ArrayList<>();
    private final GridPane grid = Forms.grid();
    private Consumer<int[]> onChange = columns -> { };
    private boolean updating;

    /** @param drawnFeatures number of axes that show a feature (1 or 2; 0 for none) */
    FeatureAxes(int drawnFeatures) {
        setAxes(drawnFeatures);
    }

    /** Offers a choice for this many axes (the lesson's task changed what its view draws); hidden until {@link #offer}. */
    void setAxes(int drawnFeatures) {
        choices.clear();
        grid.getChildren().clear();
        for (int axis = 0; axis < drawnFeatures; axis++) {
            ChoiceBox<String> choice = new ChoiceBox<>();
            choice.setId(axis == 0 ? "data-x-column" : "data-y-column");
            choice.setMaxWidth(Double.MAX_VALUE);
            choice.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
                if (!updating) {
                    onChange.accept(columns());
                }
            });
            choices.add(choice);
            grid.addRow(axis, new Label(AXIS_NAMES.get(axis)), choice);
        }
        Forms.show(grid, false);
    }

    /** Called with the chosen column indices when the learner picks another column. */
    void setOnChange(Consumer<int[]> listener) { onChange = listener; }

    /** The column choices, as one section of the picker. */
    Node node() { return grid; }

    /**
     * Offers the columns of {@code full}, selecting those named in {@code drawn} (else the
     * first columns); hidden when {@code full} is {@code null} or has no more columns than axes.
     */
    void offer(Dataset full, Dataset drawn) {
        boolean wide = full != null && full.featureCount() > choices.size();
        Forms.show(grid, wide);
        if (!wide) {
            return;
        }
        updating = true;
        try {
            for (int axis = 0; axis < choices.size(); axis++) {
                ChoiceBox<String> choice = choices.get(axis);
                choice.getItems().setAll(full.featureNames());
                int column = drawn != null && axis < drawn.featureCount()
                        ? full.featureNames().indexOf(drawn.featureNames().get(axis)) : -1;
                choice.getSelectionModel().select(column >= 0 ? column : axis);
            }
        } finally {
            updating = false;
        }
    }

    /** The chosen column of each axis. */
    int[] columns() {
        int[] columns = new int[choices.size()];
        for (int axis = 0; axis < columns.length; axis++) {
            columns[axis] = Math.max(0, choices.get(axis).getSelectionModel().getSelectedIndex());
        }
        return columns;
    }
}
