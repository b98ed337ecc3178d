package org.stepwise.algo.neighbors;

import java.util.List;
import org.stepwise.algo.ClassProbabilities;
import org.stepwise.algo.Engine;
import org.stepwise.algo.StepResult;

/**
 * k-nearest-neighbours classification, one query at a time (Cover &amp; Hart 1967; Hastie,
 * Tibshirani &amp; Friedman, <i>The Elements of Statistical Learning</i>, 2nd ed., §13.3;
 * scikit-learn 1.2.1 {@code KNeighborsClassifier}).
 *
 * <p>Fitting stores the training points ({@link KnnClassifier}); it is the same at every step, so
 * the decision regions are drawn from step 0. Step i classifies training point i − 1 as
 * {@code score(X, y)} does: its k nearest training points, itself among them at distance 0, vote
 * (uniform: one vote each; distance: 1/d, where its own zero distance takes all the weight), the
 * most voted class wins and a tie goes to the lowest class. After n steps every point has been
 * classified, the run has converged, and the accuracy is scikit-learn's {@code score(X, y)} on the
 * training data (with distance weights 1, unless two points of different classes coincide). Where
 * other points lie at exactly the k-th neighbour's distance, the lower rows are taken and the
 * narration says so: there scikit-learn's tree may take others.
 *
 * <p>Buffers are allocated in the constructor; {@link #step()} allocates nothing.
 */
final class KnnEngine implements Engine<KnnSnapshot> {

    private final KnnClassifier model;
    private final List<String> classNames;
    private final double[] x;
    private final int n;
    private final int d;
    /** Each point's predicted class, written once as it is classified; snapshots share it (see KnnSnapshot). */
    private final int[] predictions;
    private final int[] neighbours;
    private final double[] distances;
    private final double[] weights;
    private final double[] votes;

    private int step;
    private int correct;
    private int predicted = -1;
    private int ties;
    private StepResult status = StepResult.CONTINUE;

    KnnEngine(KnnClassifier model, List<String> classNames) {
        this.model = model;
        this.classNames = List.copyOf(classNames);
        this.n = model.size();
        this.d = model.featureCount();
        this.x = model.trainingRows();
        int k = model.nNeighbors();
        this.predictions = new int[n];
        this.neighbours = new int[k];
        this.distances = new double[k];
        this.weights = new double[k];
        this.votes = new double[model.classCount()];
    }

    @Override
    public KnnSnapshot snapshot() {
        return new KnnSnapshot(step, status, model, classNames, predictions, correct,
                step == 0 ? -1 : step - 1, predicted, ties, neighbours, distances, weights, votes);
    }

    @Override
    public StepResult step() {
        if (status.isFinal()) {
            return status;
        }
        int query = step;
        model.kneighbors(x, query * d, neighbours, distances);
        model.vote(neighbours, distances, weights, votes, 0);
        ties = model.tiesBeyond(x, query * d, neighbours);
        predicted = ClassProbabilities.mostProbable(votes, 0, votes.length);
        predictions[query] = predicted;
        if (predicted == model.label(query)) {
            correct++;
        }
        step++;
        if (step == n) {
            status = StepResult.CONVERGED;
        }
        return status;
    }
}
