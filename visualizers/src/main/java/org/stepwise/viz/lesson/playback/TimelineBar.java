package org.stepwise.viz.lesson.playback;

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
 *
 * <p>With nothing to go back to (a single snapshot) the slider looks and acts disabled, though it
 * is not: a change of its disabled state restyles the slider's every part with CSS and lays it
 * out again, about a millisecond of the FX thread, in the frame after play starts, one of the
 * busiest of a run (docs/BENCHMARKS.md). Here it is drawn faded, as Modena draws a disabled
 * control, and lets the pointer through, its thumb at the right end.
 */
public final class TimelineBar extends HBox {

    /** Modena's opacity for a disabled control. */
    static final double IDLE_OPACITY = 0.4;

    private final Slider slider = new Slider(0, 1, 1);
    private final Label label = new Label("History");
    private boolean updating;
    private boolean idle;
    /** The index of the newest snapshot: the slider's right end. */
    private int last;

    /** @param seek told the history position the learner dragged to */
    public TimelineBar(IntConsumer seek) {
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
        showIdle(true);
    }

    /** Shows the cursor at {@code position} of {@code newLast + 1} snapshots. */
    public void show(int position, int newLast) {
        updating = true;
        last = newLast;
        // An arrow key on the focused slider moves one snapshot, as before the slider held fractions.
        slider.setBlockIncrement(newLast < 1 ? 1 : 1.0 / newLast);
        if (!slider.isValueChanging()) {
            // A lone snapshot is the newest: the thumb waits at the right end, where play keeps it,
            // so the first steps do not move it (a moved thumb lays the window out again).
            slider.setValue(newLast < 1 ? 1 : (double) position / newLast);
        }
        showIdle(newLast < 1);
        updating = false;
    }

    private void showIdle(boolean nothingToScrub) {
        if (nothingToScrub != idle) {
            idle = nothingToScrub;
            slider.setOpacity(nothingToScrub ? IDLE_OPACITY : 1);
            slider.setMouseTransparent(nothingToScrub);
        }
    }

    /** Whether the slider is shown idle: faded, letting the pointer through, as if disabled. */
    boolean isIdle() { return idle; }

    /** The history position the slider points at. */
    int position() { return (int) Math.round(slider.getValue() * last); }

    /** The slider itself (tests). */
    Slider slider() { return slider; }
}
