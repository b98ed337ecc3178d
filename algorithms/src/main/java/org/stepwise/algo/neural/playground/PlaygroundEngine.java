package org.stepwise.algo.neural.playground;

import java.util.List;
import java.util.Locale;
import org.stepwise.algo.Engine;
import org.stepwise.algo.StepResult;
import org.stepwise.algo.neural.DivergenceException;
import org.stepwise.algo.neural.Sequential;
import org.stepwise.algo.optim.UpdateRule;

/**
 * The network playground: one epoch of mini-batch training a step, as scikit-learn 1.2.1's
 * {@code MLPClassifier._fit_stochastic} with {@code shuffle=False} runs one (the rows in their
 * order, in batches of {@code batchSize}, the last one shorter; {@code loss_} the batch losses'
 * mean weighted by batch size, penalty included). The rows come shuffled from the generators, as
 * scikit-learn's generators shuffle them.
 *
 * <p>Stopping copies {@code _update_no_improvement_count} (no early stopping): an epoch whose
 * loss is not below the best by more than tol = 1e-4 counts; after more than 10 such epochs in a
 * row training has converged. Reaching {@code maxIter} epochs first stops the run (scikit-learn's
 * {@code ConvergenceWarning}); a loss that is not a finite number stops it as diverged.
 *
 * <p>A step is one epoch, or with {@code stepBy=batch} one mini-batch: the epoch's loss, its
 * accuracy and the stopping rule are then taken when its last batch is done, so both ways run
 * the same updates to the same end.
 *
 * <p>Each step keeps the parameters before its last update and that batch's gradient, so
 * that a view can write one weight's update with its numbers. Buffers are allocated in the
 * constructor; {@link #step()} allocates nothing (the network's own buffers are prepared once).
 */
final class PlaygroundEngine implements Engine<PlaygroundSnapshot> {

    private final PlaygroundRun run;
    private final Sequential network;
    private final UpdateRule rule;
    private final double[] x;
    private final double[] y;
    private final int[] labels;
    private final int rows;
    private final int batch;
    private final int maxIter;
    private final double learningRate;
    private final double[] before;
    private final double[] lastGradient;
    private final double[] outputs;
    private final boolean byBatch;

    private int steps;
    private int epoch;
    /** The first row of the next batch within the epoch (0 at an epoch's start). */
    private int nextRow;
    /** Σ batch loss × batch size over the epoch's batches so far. */
    private double epochWeighted;
    private double batchLoss = Double.NaN;
    private int updates;
    private double loss = Double.NaN;
    private double bestLoss = Double.POSITIVE_INFINITY;
    private int noImprovement;
    private double accuracy = Double.NaN;
    private StepResult status = StepResult.CONTINUE;

    PlaygroundEngine(PlaygroundRun run, Sequential network, UpdateRule rule, double[] x, double[] y, int[] labels,
                     int batchSize, int maxIter, double learningRate, boolean byBatch) {
        this.run = run;
        this.network = network;
        this.rule = rule;
        this.x = x;
        this.y = y;
        this.labels = labels;
        this.rows = labels.length;
        this.batch = Math.min(batchSize, rows);
        this.maxIter = maxIter;
        this.learningRate = learningRate;
        this.byBatch = byBatch;
        this.before = network.parameters().clone();
        this.lastGradient = new double[before.length];
        this.outputs = new double[rows * network.outputWidth()];
        network.prepare(batch);
    }

    @Override
    public PlaygroundSnapshot snapshot() {
        return new PlaygroundSnapshot(run, new PlaygroundSnapshot.Progress(steps, epoch, nextRow, batchLoss), status,
                network.parameters(), before, lastGradient, loss, accuracy, noImprovement);
    }

    @Override
    public StepResult step() {
        if (status.isFinal()) {
            return status;
        }
        try {
            do {
                trainNextBatch();
            } while (!byBatch && nextRow != 0);
        } catch (DivergenceException e) {
            status = StepResult.stopped(String.format(Locale.ROOT, "in epoch %d %s (learning rate %s)", epoch + 1,
                    e.getMessage(), PlaygroundNarration.number(learningRate)));
            return status;
        }
        steps++;
        if (nextRow == 0) {
            endEpoch();
        }
        return status;
    }

    /** One update on the rows from {@link #nextRow}; the epoch's last keeps the parameters before it and its gradient. */
    private void trainNextBatch() {
        int count = Math.min(batch, rows - nextRow);
        System.arraycopy(network.parameters(), 0, before, 0, before.length);
        batchLoss = network.trainBatch(x, y, nextRow, count, rule, updates + 1, learningRate);
        epochWeighted += batchLoss * count;
        updates++;
        System.arraycopy(network.gradients(), 0, lastGradient, 0, lastGradient.length);
        nextRow = nextRow + count == rows ? 0 : nextRow + count;
    }

    /** The epoch's loss (its batches' mean weighted by size), accuracy and scikit-learn's stopping rule. */
    private void endEpoch() {
        epoch++;
        loss = epochWeighted / rows;
        epochWeighted = 0;
        accuracy = trainingAccuracy();
        if (loss > bestLoss - PlaygroundParams.TOL) {
            noImprovement++;
        } else {
            noImprovement = 0;
        }
        bestLoss = Math.min(bestLoss, loss);
        if (noImprovement > PlaygroundParams.N_ITER_NO_CHANGE) {
            status = StepResult.CONVERGED;
        } else if (epoch == maxIter) {
            status = StepResult.stopped("reached the epoch limit (maxIter = " + maxIter
                    + ") before the loss stopped improving");
        }
    }

    /** The share of training rows the network now classifies right (scikit-learn's score(X, y)). */
    private double trainingAccuracy() {
        network.predict(x, rows, outputs);
        int width = network.outputWidth();
        int correct = 0;
        for (int i = 0; i < rows; i++) {
            correct += PlaygroundRun.predictedClass(outputs, i * width, width) == labels[i] ? 1 : 0;
        }
        return (double) correct / rows;
    }

    /** The run's fixed parts, for tests. */
    List<FeatureMap> features() { return run.shape().features(); }
}
