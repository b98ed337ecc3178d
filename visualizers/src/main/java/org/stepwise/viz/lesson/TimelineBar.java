package org.stepwise.viz.lesson;

import java.util.function.IntConsumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The timeline under a lesson's view: a slider over the snapshots in the history. Dragging it
 * scrubs back to an earlier step; the panel moves it while the run plays.
 */
final class TimelineBar extends HBox {

    private final Slider slider = new Slider(0, 1, 0);
    private final Label label = new Label("History");
    private boolean updating;

    /** @param seek told the history position the learner dragged to */
    TimelineBar(IntConsumer seek) {
        super(10);
        getStyleClass().add("timeline-bar");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 0, 0, 0));
        slider.setId("timeline");
        slider.setBlockIncrement(1);
        slider.setMajorTickUnit(1);
        slider.setSnapToTicks(false);
        slider.setFocusTraversable(false);
        slider.setTooltip(new Tooltip("Drag to go back to any earlier step (Home / End jump to the ends)"));
        HBox.setHgrow(slider, Priority.ALWAYS);
        slider.valueProperty().addListener((obs, old, value) -> {
            if (!updating) {
                seek.accept((int) Math.round(value.doubleValue()));
            }
        });
        getChildren().addAll(label, slider);
    }

    /** Shows the cursor at {@code position} of {@code last + 1} snapshots. */
    void show(int position, int last) {
        updating = true;
        slider.setMax(Math.max(1, last));
        if (!slider.isValueChanging()) {
            slider.setValue(position);
        }
        slider.setDisable(last < 1);
        updating = false;
    }

    int position() { return (int) Math.round(slider.getValue()); }
}
