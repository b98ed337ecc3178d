package org.stepwise.viz.lessons.neighbors;

import javafx.scene.paint.Color;
import org.stepwise.algo.neighbors.KnnClassifier;
import org.stepwise.algo.neighbors.KnnSnapshot;
import org.stepwise.viz.view.OverlayPen;
import org.stepwise.viz.view.PlotTransform;

/**
 * What the k-NN lesson draws over the boundary view's points: a cross on each point classified
 * wrongly so far; for the query (the step's training point, or what the pointer rests on) the
 * neighbourhood's edge in the metric's own shape (circle, diamond, square) through its k-th
 * neighbour, dashed lines to its k neighbours, each ringed, the query ringed; and the vote's
 * legend ({@link VoteLegend}).
 */
final class KnnOverlay {

    private KnnOverlay() {
    }

    static void draw(OverlayPen pen, KnnSnapshot snapshot, Neighbourhood hood) {
        KnnClassifier model = snapshot.model();
        Color ink = pen.ink();
        for (int i = 0; i < snapshot.step(); i++) {
            if (snapshot.prediction(i) != model.label(i)) {
                pen.cross(model.feature(i, 0), model.feature(i, 1), 22, ink, 3);
            }
        }
        if (hood == null) {
            return;
        }
        double radius = hood.radius();
        if (radius > 0) {
            pen.normBall(hood.x, hood.y, radius, model.metric().p(), ink.deriveColor(0, 1, 1, 0.85), 2);
        }
        for (int i = 0; i < hood.k(); i++) {
            int n = hood.neighbours[i];
            double nx = model.feature(n, 0);
            double ny = model.feature(n, 1);
            if (n != hood.row) {
                pen.dashedSegment(hood.x, hood.y, nx, ny, ink, 2);
            }
            pen.ring(nx, ny, 11, ink, 2);
        }
        if (hood.row >= 0) {
            pen.ring(hood.x, hood.y, 20, ink, 4.5);
        } else {
            pen.cross(hood.x, hood.y, 16, ink, 3);
        }
        VoteLegend.draw(pen, snapshot, hood);
    }

    /** How many training points lie under a rectangle of the plot (pixels). */
    static int covered(KnnClassifier model, PlotTransform t, double left, double top, double width,
                               double height) {
        int count = 0;
        for (int i = 0; i < model.size(); i++) {
            double px = t.toPixelX(model.feature(i, 0));
            double py = t.toPixelY(model.feature(i, 1));
            if (px >= left && px <= left + width && py >= top && py <= top + height) {
                count++;
            }
        }
        return count;
    }
}
