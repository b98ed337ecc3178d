package org.stepwise.viz.lessons.tree;

import java.util.function.DoubleConsumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.stepwise.algo.tree.CostComplexityPruning;

/**
 * The cost-complexity pruning slider shown once the tree is grown: its stops are the grown tree's
 * pruning path ({@code cost_complexity_pruning_path}'s {@code ccp_alphas}), from α = 0 (the whole
 * tree) to the α that leaves the root alone; each stop shows the tree scikit-learn fits with that
 * {@code ccp_alpha}. It explores; the run's own {@code ccpAlpha} is the parameter.
 */
final class PruningSlider {

    private final Slider slider = new Slider(0, 1, 0);
    private final Label label = new Label();
    private final Label name = new Label("Prune");
    private final HBox bar = new HBox(10, name, slider, label);
    private double[] alphas = {0};
    private DoubleConsumer listener = alpha -> { };
    private boolean setting;

    PruningSlider() {
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 10, 6, 10));
        bar.getStyleClass().add("pruning-slider");
        HBox.setHgrow(slider, Priority.ALWAYS);
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setSnapToTicks(true);
        slider.setBlockIncrement(1);
        slider.valueProperty().addListener((obs, old, now) -> {
            label.setText(text());
            if (!setting) {
                listener.accept(alpha());
            }
        });
        // The words keep their width; the slider takes what is left.
        name.setMinWidth(Region.USE_PREF_SIZE);
        label.setMinWidth(Region.USE_PREF_SIZE);
    }

    HBox node() { return bar; }

    /** Told the α chosen whenever the learner moves the slider. */
    void setListener(DoubleConsumer newListener) { listener = newListener; }

    /** The path to choose from, the slider at the stop of {@code alpha} (without telling the listener). */
    void setPath(CostComplexityPruning pruning, double alpha) {
        setting = true;
        try {
            alphas = pruning.alphas();
            slider.setMax(Math.max(alphas.length - 1, 1));
            slider.setValue(Math.max(pruning.prunings(alpha), 0));
            label.setText(text());
        } finally {
            setting = false;
        }
    }

    /** The α of the stop the slider is at. */
    double alpha() {
        int stop = (int) Math.round(slider.getValue());
        return alphas[Math.min(stop, alphas.length - 1)];
    }

    /** Moves the slider to stop {@code stop} as the learner would (tests). */
    void moveTo(int stop) { slider.setValue(stop); }

    private String text() {
        return "α = " + NodeText.number(alpha());
    }
}
