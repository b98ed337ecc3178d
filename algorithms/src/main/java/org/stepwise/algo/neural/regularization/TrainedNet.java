package org.stepwise.algo.neural.regularization;

import java.util.Arrays;
import org.stepwise.algo.neural.DivergenceException;
import org.stepwise.algo.neural.Sequential;
import org.stepwise.algo.optim.UpdateRule;

/**
 * One of the two networks in training: its epochs, curves and scikit-learn 1.2.1's early-stopping
 * bookkeeping ({@code MLPClassifier._update_no_improvement_count} with {@code early_stopping=True}):
 * after each epoch the validation accuracy s is scored; an epoch with s &lt; best + tol counts as no
 * improvement (else the count resets); s &gt; best makes it the best epoch and keeps a copy of its
 * weights. Every network keeps the count (the best epoch is a metric of both); only one that
 * {@code stopsEarly} acts on it: when the count exceeds {@code nIterNoChange} it stops training and
 * takes back the best epoch's weights, as scikit-learn's {@code _fit_stochastic} ends.
 *
 * <p>An epoch goes through the training rows in order (scikit-learn's {@code shuffle=False}), in
 * batches of {@code batchSize}, the last one shorter; its loss is the batch losses' mean weighted by
 * batch size ({@code loss_}). Buffers are allocated in the constructor; an epoch allocates nothing.
 */
final class TrainedNet {

    private final NetLayout layout;
    private final Sequential network;
    private final UpdateRule rule;
    private final double learningRate;
    private final Rows train;
    private final Rows validation;
    private final int batch;
    private final EarlyStopping stopping;
    private final double[] validationOutput;
    private final double[] trainOutput;
    private final double[] trainLoss;
    private final double[] valLoss;
    private final double[] valScore;
    private final double[] accuracy;
    private final double[] bestParameters;
    private int epochs;
    private int updates;
    private double bestScore = Double.NEGATIVE_INFINITY;
    private int bestEpoch;
    private int noImprovement;
    private int stoppedAt;

    /** scikit-learn's stopping settings; {@code active} false for a network that only keeps the count. */
    record EarlyStopping(boolean active, int nIterNoChange, double tol) {
    }

    TrainedNet(NetLayout layout, Sequential network, UpdateRule rule, double learningRate, Rows train, Rows validation,
               int batchSize, int maxIter, EarlyStopping stopping) {
        this.layout = layout;
        this.network = network;
        this.rule = rule;
        this.learningRate = learningRate;
        this.train = train;
        this.validation = validation;
        this.batch = Math.min(batchSize, train.count());
        this.stopping = stopping;
        this.validationOutput = new double[validation.count() * network.outputWidth()];
        this.trainOutput = new double[train.count() * network.outputWidth()];
        this.trainLoss = new double[maxIter];
        this.valLoss = new double[maxIter];
        this.valScore = new double[maxIter];
        this.accuracy = new double[maxIter];
        this.bestParameters = network.parameters().clone();
        network.prepare(batch);
    }

    boolean stopped() { return stoppedAt > 0; }

    Sequential network() { return network; }

    /**
     * Trains one epoch and scores it on the validation rows (nothing once stopped).
     *
     * @throws DivergenceException when a batch's loss is not a finite number
     */
    void epoch() {
        if (stopped()) {
            return;
        }
        double weighted = 0;
        for (int first = 0; first < train.count(); first += batch) {
            int count = Math.min(batch, train.count() - first);
            weighted += network.trainBatch(train.x(), train.y(), first, count, rule, ++updates, learningRate) * count;
        }
        trainLoss[epochs] = weighted / train.count();
        score(epochs);
        epochs++;
        track();
    }

    /**
     * The validation rows' loss (cross-entropy, evaluation mode) and accuracy, and the accuracy on
     * all the rows given, training and validation (scikit-learn's {@code score(X, y)} after fit).
     */
    private void score(int epoch) {
        int width = network.outputWidth();
        network.predict(validation.x(), validation.count(), validationOutput);
        valLoss[epoch] = network.loss().value(validationOutput, validation.y(), validation.count(), width);
        int right = correct(validation, validationOutput, width);
        valScore[epoch] = (double) right / validation.count();
        network.predict(train.x(), train.count(), trainOutput);
        accuracy[epoch] = (double) (right + correct(train, trainOutput, width)) / (train.count() + validation.count());
    }

    private static int correct(Rows rows, double[] output, int width) {
        int correct = 0;
        for (int i = 0; i < rows.count(); i++) {
            correct += Rows.predictedClass(output, i * width, width) == rows.labels()[i] ? 1 : 0;
        }
        return correct;
    }

    /** scikit-learn's {@code _update_no_improvement_count(early_stopping=True)} and the stop after it. */
    private void track() {
        double score = valScore[epochs - 1];
        if (score < bestScore + stopping.tol()) {
            noImprovement++;
        } else {
            noImprovement = 0;
        }
        if (score > bestScore) {
            bestScore = score;
            bestEpoch = epochs;
            System.arraycopy(network.parameters(), 0, bestParameters, 0, bestParameters.length);
        }
        if (stopping.active() && noImprovement > stopping.nIterNoChange()) {
            stoppedAt = epochs;
            System.arraycopy(bestParameters, 0, network.parameters(), 0, bestParameters.length);
        }
    }

    /** The network as it stands, for a snapshot. */
    NetState state() {
        return new NetState(Arrays.copyOf(trainLoss, epochs), Arrays.copyOf(valLoss, epochs),
                Arrays.copyOf(valScore, epochs), Arrays.copyOf(accuracy, epochs), FrozenNet.of(layout, network), bestEpoch, stoppedAt);
    }
}
