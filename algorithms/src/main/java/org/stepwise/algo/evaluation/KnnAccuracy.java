package org.stepwise.algo.evaluation;

import org.stepwise.algo.neighbors.KnnFactory;
import org.stepwise.data.Dataset;

/**
 * The accuracy of k-nearest neighbours fitted on some rows, through the k-NN lesson's engine
 * (never a second implementation), as scikit-learn's {@code KNeighborsClassifier(n_neighbors=k)
 * .fit(train).score(rows)}: the share of rows whose most probable class (the lowest on a tie, as
 * {@code predict}'s argmax) is their class.
 */
final class KnnAccuracy {

    private static final KnnFactory FACTORY = new KnnFactory();

    private KnnAccuracy() {
    }

    /**
     * The accuracy on {@code rows} of k-NN with {@code k} neighbours fitted on {@code train}. Training
     * rows of one class (the first rows of data sorted by class, as a learning curve's smallest
     * size takes them) make a classifier that predicts that class everywhere, as scikit-learn's
     * does; the k-NN lesson refuses to draw such a fit, so it is scored here without one.
     */
    static double of(Dataset train, int k, Dataset rows) {
        int only = train.label(0);
        if (java.util.Arrays.stream(train.labels()).allMatch(y -> y == only)) {
            return (double) java.util.Arrays.stream(rows.labels()).filter(y -> y == only).count() / rows.size();
        }
        int classes = train.classCount();
        double[] probabilities = new double[rows.size() * classes];
        FACTORY.create(train, FACTORY.defaults(train).with("nNeighbors", k), 0).snapshot().model()
                .predictProbabilities(rows.featuresRowMajor(), rows.size(), probabilities);
        int correct = 0;
        for (int i = 0; i < rows.size(); i++) {
            int best = 0;
            for (int c = 1; c < classes; c++) {
                if (probabilities[i * classes + c] > probabilities[i * classes + best]) {
                    best = c;
                }
            }
            if (best == rows.label(i)) {
                correct++;
            }
        }
        // As accuracy_score: correct / n.
        return (double) correct / rows.size();
    }
}
