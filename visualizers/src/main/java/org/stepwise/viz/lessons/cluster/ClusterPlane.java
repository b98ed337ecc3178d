package org.stepwise.viz.lessons.cluster;

import java.util.Arrays;
import java.util.function.IntUnaryOperator;
import org.stepwise.data.Dataset;
import org.stepwise.viz.view.DecisionBoundaryView;

/**
 * The data a clustering view draws on its plane: the first two features of the data set shown,
 * and for each row the engine clustered, the plane's row (held-out rows are not clustered: they
 * stay grey and hollow). Shared by the k-means and Gaussian-mixture views.
 */
final class ClusterPlane {

    private Dataset shown;
    private Dataset plane;
    private int[] rowOf;

    /**
     * Takes {@code data} onto {@code view} when it is not the data set already shown; returns
     * whether it was new (the caller then forgets what it drew for the old one).
     */
    boolean show(Dataset data, DecisionBoundaryView view) {
        if (data == shown) {
            return false;
        }
        shown = data;
        plane = data.featureCount() == 2 ? data : data.selectFeatures(0, 1);
        view.setData(plane);
        rowOf = new int[data.size() - data.heldOutCount()];
        for (int k = 0; k < rowOf.length; k++) {
            rowOf[k] = data.trainingRow(k);
        }
        return true;
    }

    /** The plane's data set: the first two features. */
    Dataset points() { return plane; }

    /** The plane's row of each clustered row. */
    int[] rowOf() { return rowOf; }

    /** A label per plane row: {@code label} of the engine's row, -1 for a row not clustered. */
    int[] labels(IntUnaryOperator label) {
        int[] labels = new int[plane.size()];
        Arrays.fill(labels, -1);
        for (int k = 0; k < rowOf.length; k++) {
            labels[rowOf[k]] = label.applyAsInt(k);
        }
        return labels;
    }
}
