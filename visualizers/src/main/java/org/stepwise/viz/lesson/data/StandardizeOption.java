package org.stepwise.viz.lesson.data;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Tooltip;
import org.stepwise.data.Dataset;
import org.stepwise.data.Standardizer;

/**
 * The data option "standardize" of the data picker (LESSONS.md, "Data options"): a check box
 * which, when ticked, hands the lesson its data as scikit-learn's {@code StandardScaler} leaves
 * it ({@link Standardizer#standardized}: fitted on the training rows, held-out rows scaled
 * with their means and scales, the columns named "… (standardized)").
 *
 * <p>The picker's history keeps the raw data, so undo, redo and untying the option work on it
 * unchanged. The engine and the view both get the standardized data; a point the learner clicks
 * in is in the shown, standardized coordinates and is mapped back to raw ones
 * ({@link Standardizer#inversePoint}, with the standardizer of the data shown) before it enters
 * the raw data. The standardizer is then fitted again on the new rows, so the other points
 * shift a little on screen, as they would in scikit-learn after {@code fit} on the new data.
 */
final class StandardizeOption {

    private final CheckBox box = new CheckBox("Standardize the features");
    private Runnable onChange = () -> { };
    private boolean updating;
    /** The last raw data handed out standardized, and its standardized form (a cache). */
    private Dataset lastRaw;
    private Dataset lastScaled;

    StandardizeOption() {
        box.setId("data-standardize");
        box.setTooltip(new Tooltip("standardize: each feature minus its mean, divided by its (population) standard "
                + "deviation, as scikit-learn's StandardScaler; the raw data is kept"));
        box.selectedProperty().addListener((obs, old, selected) -> {
            if (!updating) {
                onChange.run();
            }
        });
    }

    Node node() { return box; }

    /** Called when the learner ticks or unticks the box. */
    void setOnChange(Runnable listener) { onChange = listener; }

    boolean isSelected() { return box.isSelected(); }

    /** Ticks or unticks the box without telling the listener. */
    void select(boolean standardize) {
        updating = true;
        try {
            box.setSelected(standardize);
        } finally {
            updating = false;
        }
    }

    /** The data as the lesson gets it: {@code raw} itself, or standardized when the box is ticked. */
    Dataset apply(Dataset raw) {
        if (raw == null || !isSelected()) {
            return raw;
        }
        if (raw != lastRaw) {
            lastScaled = Standardizer.standardized(raw);
            lastRaw = raw;
        }
        return lastScaled;
    }

    /**
     * A point (x, y) of the plot, in the coordinates of {@code apply(raw)}, in raw coordinates:
     * both features on a plane of two, the feature alone when the plane is (feature, target).
     */
    double[] toRaw(Dataset raw, double x, double y) {
        if (!isSelected() || !PointEdits.editable(raw)) {
            return new double[] {x, y};
        }
        Standardizer standardizer = Standardizer.fit(raw.training());
        if (raw.featureCount() == 1) {
            double[] feature = {x};
            standardizer.inversePoint(feature, feature);
            return new double[] {feature[0], y};
        }
        double[] point = {x, y};
        standardizer.inversePoint(point, point);
        return point;
    }
}
