package org.stepwise.algo.neural.regularization;

/**
 * One network after some epochs, as a snapshot keeps it: its curves (the training loss, the
 * validation loss and accuracy of each epoch so far), the model for its boundary, and scikit-learn's
 * early-stopping bookkeeping — the epoch of the best validation accuracy, and the epoch training
 * stopped at (0 while it goes on).
 */
record NetState(double[] trainLoss, double[] valLoss, double[] valScore, double[] accuracy, FrozenNet model, int bestEpoch,
                int stoppedAt) {

    /** Epochs trained. */
    int epochs() { return trainLoss.length; }

    /** The last epoch's training loss; NaN before the first. */
    double loss() { return last(trainLoss); }

    /**
     * The validation loss of the weights the network now has: after early stopping, those of the
     * best epoch (the weights kept); else the last epoch's. NaN before the first epoch.
     */
    double finalValLoss() { return stoppedAt > 0 ? valLoss[bestEpoch - 1] : last(valLoss); }

    /** The validation accuracy of the weights the network now has. */
    double finalValScore() { return stoppedAt > 0 ? valScore[bestEpoch - 1] : last(valScore); }

    /** The accuracy on all the rows given (training and validation) of the weights the network now has. */
    double finalAccuracy() { return stoppedAt > 0 ? accuracy[bestEpoch - 1] : last(accuracy); }

    /** The best validation accuracy so far (scikit-learn's {@code best_validation_score_}); NaN before the first epoch. */
    double bestScore() { return bestEpoch == 0 ? Double.NaN : valScore[bestEpoch - 1]; }

    private static double last(double[] values) {
        return values.length == 0 ? Double.NaN : values[values.length - 1];
    }
}
