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
 *
 * <p>The slider runs from 0 to 1, the fraction of the history, not from 0 to the newest
 * snapshot: a new maximum makes the slider's skin ask for a layout pass up to the window's root,
 * and while a lesson plays the history grows on every frame, with the cursor on the newest
 * snapshot, where a fraction stays 1 and nothing changes.
 */
final class TimelineBar extends HBox {

    private final Slider slider = new Slider(0, 1, 0);
    private final Label label = new Label("History");
    private boolean updating;
    /** The index of the newest snapshot: the slider's right end. */
    private int last;

    /** @param seek told the history position the learner dragged to */
    TimelineBar(IntConsumer seek) {
        super(10);
        getStyleClass().add("timeline-bar");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 0, 0, 0));
        slider.setId("timeline");
        slider.setSnapToTicks(false);
        slider.setFocusTraversable(false);
        slider.setTooltip(new Tooltip("Drag to go back to any earlier step (Home / End jump to the ends)"));
        HBox.setHgrow(slider, Priority.ALWAYS);
        slider.valueProperty().addListener((obs, old, value) -> {
            if (!updating) {
                seek.accept(position());
            }
        });
        getChildren().addAll(label, slider);
    }

    /** Shows the cursor at {@code position} of {@code newLast + 1} snapshots. */
    void show(int position, int newLast) {
        updating = true;
        last = newLast;
        // An arrow key on the focused slider moves one snapshot, as before the slider held fractions.
        slider.setBlockIncrement(newLast < 1 ? 1 : 1.0 / newLast);
        if (!slider.isValueChanging()) {
            slider.setValue(newLast < 1 ? 0 : (double) position / newLast);
        }
        slider.setDisable(newLast < 1);
        updating = false;
    }

    /** The history position the slider points at. */
    int position() { return (int) Math.round(slider.getValue() * last); }

    /** The slider itself (tests). */
    Slider slider() { return slider; }
}
