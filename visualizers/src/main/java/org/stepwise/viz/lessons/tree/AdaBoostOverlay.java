package org.stepwise.viz.lessons.tree;

import org.stepwise.algo.ensemble.AdaBoostSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.view.OverlayPen;
import org.stepwise.viz.view.ScatterLayer;
import org.stepwise.viz.view.TreeDiagramView;

/**
 * A boosting round on the plane: the round's learner's splits (its first split thick, in the
 * highlight colour, as the decision-tree lesson draws a new split) and a ring in the highlight
 * colour around each training point it misclassified, whose weight grows next round (a ring, not a
 * mark over it, so that the point's class still shows however small its weight made it).
 */
final class AdaBoostOverlay {

    private AdaBoostOverlay() {
    }

    static void draw(OverlayPen pen, AdaBoostSnapshot s, Dataset data, ScatterLayer points, double[] sizes) {
        PartitionOverlay.plane(pen, s.learner(), 0);
        int n = s.rows();
        for (int row = 0, fitted = 0; row < data.size() && fitted < n; row++) {
            if (data.isHeldOut(row)) {
                continue;
            }
            if (s.missed(fitted++)) {
                double ring = (points.pixelRadius(pen) * sizes[row] + 4) / pen.scale();
                pen.ring(data.feature(row, 0), data.feature(row, 1), ring, TreeDiagramView.HIGHLIGHT, 2.5);
            }
        }
    }
}
