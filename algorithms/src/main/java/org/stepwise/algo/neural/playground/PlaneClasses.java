package org.stepwise.algo.neural.playground;

import java.util.Arrays;
import java.util.List;
import org.stepwise.data.Dataset;

/**
 * Classes on the plane as a network trains on them: the features of each row ({@link FeatureMap},
 * row-major), the targets as scikit-learn's {@code MLPClassifier} reads them (one 0/1 column for
 * two classes, one-hot rows for more), the labels and the class names. Shared by the lessons that
 * train a network on two columns (the playground, the learning-rate schedules).
 */
public record PlaneClasses(double[] x, double[] y, int[] labels, List<String> classNames, int outputs) {

    public PlaneClasses {
        classNames = List.copyOf(classNames);
    }

    /** The rows. */
    public int rows() { return labels.length; }

    /**
     * Refuses, with one sentence, data a network cannot classify here: no rows, not two columns,
     * fewer than two classes.
     *
     * @param lesson what trains on it, for the sentence ("The playground")
     */
    public static void check(Dataset data, String lesson) {
        if (data.size() == 0) {
            throw new IllegalArgumentException("The data set is empty; add some points first.");
        }
        if (data.featureCount() != 2) {
            throw new IllegalArgumentException(lesson + " trains on the plane of two columns; the data has "
                    + data.featureCount() + " (pick two with the axis pickers or --features).");
        }
        int[] labels = data.labels();
        if (Arrays.stream(labels).distinct().count() < 2) {
            throw new IllegalArgumentException("A classifier needs points of at least two classes; the data has only "
                    + "class '" + data.classNames().get(labels[0]) + "'.");
        }
    }

    /** The network's inputs ({@link NetworkShape#inputs}: scaled, then the features) and targets of checked data. */
    public static PlaneClasses of(Dataset data, NetworkShape shape) {
        int[] labels = data.labels();
        int rows = data.size();
        double[] x = new double[rows * shape.features().size()];
        double[] a = new double[rows];
        double[] b = new double[rows];
        for (int i = 0; i < rows; i++) {
            a[i] = data.feature(i, 0);
            b[i] = data.feature(i, 1);
        }
        shape.inputs(a, b, rows, x);
        int outputs = shape.outputs();
        double[] y = new double[rows * outputs];
        for (int i = 0; i < rows; i++) {
            if (outputs == 1) {
                y[i] = labels[i];
            } else {
                y[i * outputs + labels[i]] = 1;
            }
        }
        return new PlaneClasses(x, y, labels, data.classNames(), outputs);
    }
}
