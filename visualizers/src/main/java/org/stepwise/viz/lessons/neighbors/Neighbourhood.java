package org.stepwise.viz.lessons.neighbors;

import org.stepwise.algo.ClassProbabilities;
import org.stepwise.algo.neighbors.KnnClassifier;
import org.stepwise.algo.neighbors.KnnSnapshot;

/**
 * One query's neighbourhood as the overlay draws it: where the query is, which training point it
 * is (or -1 for a place pointed at), its k neighbours nearest first with their distances, and
 * each class's share of the vote. Filled from a step's snapshot or, under the pointer, computed
 * from the fitted model; the view keeps one of each and refills them, so hovering allocates
 * nothing but a resize when k changes.
 */
final class Neighbourhood {

    double x;
    double y;
    int row = -1;
    int[] neighbours = new int[0];
    double[] distances = new double[0];
    double[] weights = new double[0];
    double[] votes = new double[0];
    int predicted = -1;

    int k() { return neighbours.length; }

    /** The radius of the neighbourhood: the distance to the k-th neighbour. */
    double radius() { return distances[distances.length - 1]; }

    /** The snapshot's query, as the step classified it. */
    Neighbourhood fromStep(KnnSnapshot s) {
        size(s.neighbourCount(), s.classCount());
        row = s.query();
        x = s.model().feature(row, 0);
        y = s.model().feature(row, 1);
        for (int i = 0; i < neighbours.length; i++) {
            neighbours[i] = s.neighbour(i);
            distances[i] = s.distance(i);
            weights[i] = s.weight(i);
        }
        for (int c = 0; c < votes.length; c++) {
            votes[c] = s.vote(c);
        }
        predicted = s.predicted();
        return this;
    }

    /** The neighbourhood of (px, py), training point {@code pointRow} or -1, in a model of two features. */
    Neighbourhood around(KnnClassifier model, double px, double py, int pointRow) {
        size(model.nNeighbors(), model.classCount());
        row = pointRow;
        x = pointRow >= 0 ? model.feature(pointRow, 0) : px;
        y = pointRow >= 0 ? model.feature(pointRow, 1) : py;
        model.kneighbors(x, y, neighbours, distances);
        model.vote(neighbours, distances, weights, votes, 0);
        predicted = ClassProbabilities.mostProbable(votes, 0, votes.length);
        return this;
    }

    /** Whether two classes share the largest vote (the prediction then went to the lower). */
    boolean tied() {
        for (int c = 0; c < votes.length; c++) {
            if (c != predicted && votes[c] == votes[predicted]) {
                return true;
            }
        }
        return false;
    }

    private void size(int k, int classes) {
        if (neighbours.length != k) {
            neighbours = new int[k];
            distances = new double[k];
            weights = new double[k];
        }
        if (votes.length != classes) {
            votes = new double[classes];
        }
    }
}
