package org.stepwise.viz.lesson.data;

import org.stepwise.data.Dataset;

/**
 * The data set after one point edit made on a scatter plot, in data coordinates. The plot
 * plane is read from the data: with two features it is (feature 1, feature 2) and the target
 * is the class (or 0 for data whose target is ignored); with one feature and a real target it
 * is (feature, target), as a regression plot draws it. Every method returns a new data set.
 */
final class PointEdits {

    private PointEdits() {
    }

    /** Whether points of this data set can be edited on a plane. */
    static boolean editable(Dataset data) {
        return data.featureCount() == 2 || (data.featureCount() == 1 && !data.isClassification());
    }

    /**
     * A new point at (x, y).
     *
     * @param classIndex the class of the new point; used for classification data only, clamped
     *                   to the classes the data has
     */
    static Dataset add(Dataset data, double x, double y, int classIndex) {
        requireEditable(data);
        requireFinite(x, y);
        if (data.featureCount() == 1) {
            return data.withRow(new double[] {x}, y);
        }
        double target = data.isClassification() ? Math.max(0, Math.min(classIndex, data.classCount() - 1)) : 0;
        return data.withRow(new double[] {x, y}, target);
    }

    /** Row {@code row} moved to (x, y); its class stays, a one-feature regression target becomes y. */
    static Dataset move(Dataset data, int row, double x, double y) {
        requireEditable(data);
        requireFinite(x, y);
        requireRow(data, row);
        if (data.featureCount() == 2) {
            return data.withRowMoved(row, new double[] {x, y});
        }
        double[] targets = data.targets();
        targets[row] = y;
        double[][] features = new double[data.size()][];
        for (int i = 0; i < features.length; i++) {
            features[i] = i == row ? new double[] {x} : data.row(i);
        }
        return Dataset.regression(data.name(), features, targets, data.featureNames(), data.targetName());
    }

    /** Row {@code row} removed; the last point cannot be removed. */
    static Dataset remove(Dataset data, int row) {
        requireRow(data, row);
        if (data.size() == 1) {
            throw new IllegalArgumentException("The last point cannot be removed; a lesson needs at least one.");
        }
        return data.withoutRow(row);
    }

    private static void requireEditable(Dataset data) {
        if (!editable(data)) {
            throw new IllegalArgumentException("Points can be edited on the plot only when the data has two "
                    + "features (or one feature and a real target); " + data.name() + " has "
                    + data.featureCount() + ".");
        }
    }

    private static void requireRow(Dataset data, int row) {
        if (row < 0 || row >= data.size()) {
            throw new IllegalArgumentException("There is no point number " + row + "; the data has "
                    + data.size() + " points (0 to " + (data.size() - 1) + ").");
        }
    }

    private static void requireFinite(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("A point needs finite coordinates; got (" + x + ", " + y + ").");
        }
    }
}
