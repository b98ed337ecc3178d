package org.stepwise.viz.view;

import javafx.scene.image.WritableImage;

/** What a lesson's test may read of a {@link MatrixHeatmapView} drawn inside its view: the cells' image. */
public final class MatrixHeatmapViewAccess {

    private MatrixHeatmapViewAccess() {
    }

    public static WritableImage image(MatrixHeatmapView view) { return view.image(); }
}
