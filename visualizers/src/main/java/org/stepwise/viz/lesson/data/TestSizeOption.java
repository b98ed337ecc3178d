package org.stepwise.viz.lesson.data;

import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.stepwise.data.Dataset;
import org.stepwise.data.TrainTestSplit;

/**
 * The data option "test size" of the data picker (LESSONS.md, "Data options"; {@code
 * --test-size} on the command line): the share of the rows held out of the fit, chosen from a
 * short list. The held-out rows are marked in the data itself ({@link Dataset#withHeldOut}), so
 * the marks are part of the picker's history (undo takes a new split back) and follow point
 * edits; a new data set gets the same share held out. The split is seeded with the lesson's seed
 * when it is made, as {@code run --test-size F --seed N} makes it, and stratified for classes.
 */
final class TestSizeOption {

    /** The shares offered: none, then the usual hold-out sizes. */
    static final List<Double> CHOICES = List.of(0.0, 0.1, 0.2, 0.25, 0.3, 0.4, 0.5);

    private final ChoiceBox<Double> box = new ChoiceBox<>();
    private final HBox node;
    private LongSupplier seed = () -> 0;
    private Runnable onChange = () -> { };
    private boolean updating;

    TestSizeOption() {
        box.setId("data-test-size");
        box.getItems().addAll(CHOICES);
        box.setValue(0.0);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double share) {
                return share == null || share == 0 ? "none" : String.format(Locale.ROOT, "%.0f %%", 100 * share);
            }

            /** The inverse of {@link #toString}: "none" is 0, "20 %" is 0.2. */
            @Override
            public Double fromString(String text) {
                String share = text.strip();
                return share.equals("none") ? 0.0 : Double.parseDouble(share.replace("%", "").strip()) / 100;
            }
        });
        box.setTooltip(new Tooltip("Rows held out of the fit, drawn hollow: the chart and 'run' score the model on"
                + " them (test accuracy, test R²). Stratified by class, seeded with the lesson's seed."));
        box.valueProperty().addListener((obs, old, share) -> {
            if (!updating) {
                onChange.run();
            }
        });
        Label label = new Label("Hold out for testing");
        label.setLabelFor(box);
        node = new HBox(10, label, box);
        node.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    }

    Node node() { return node; }

    /** Called when the learner picks another share. */
    void setOnChange(Runnable listener) { onChange = listener; }

    /** Where the seed of a new split comes from (the lesson's seed). */
    void setSeed(LongSupplier source) { seed = source; }

    /** Chooses a share as the learner would: the listener is told. */
    void select(double share) { box.setValue(share); }

    /** The share chosen. */
    double share() { return box.getValue(); }

    /** Shows the share of {@code data}'s rows held out (the nearest choice) without telling the listener. */
    void showShareOf(Dataset data) {
        double share = data == null || data.size() == 0 ? 0 : (double) data.heldOutCount() / data.size();
        double nearest = 0;
        for (double choice : CHOICES) {
            if (Math.abs(choice - share) < Math.abs(nearest - share)) {
                nearest = choice;
            }
        }
        updating = true;
        try {
            box.setValue(data == null || data.heldOutCount() == 0 ? 0.0 : nearest);
        } finally {
            updating = false;
        }
    }

    /**
     * {@code data} with the chosen share of its rows held out: a new seeded split, none when the
     * share is 0.
     *
     * @throws IllegalArgumentException when the data is too small for the share (a class of one row)
     */
    Dataset apply(Dataset data) {
        return TrainTestSplit.holdOut(data.withHeldOut(null), share(), seed.getAsLong());
    }
}
