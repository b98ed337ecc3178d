package org.stepwise.algo.neural.playground;

import java.util.List;
import java.util.Locale;
import org.stepwise.algo.ClassProbabilities;
import org.stepwise.algo.Metrics;
import org.stepwise.algo.Predictor;
import org.stepwise.algo.Scalars;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.StepResult;
import org.stepwise.algo.neural.Layer;
import org.stepwise.algo.neural.Sequential;
import org.stepwise.data.Dataset;

/**
 * The playground's network after some epochs: copies of its parameters, of the parameters before
 * the last update and of that update's gradient, the epoch's loss and the training accuracy.
 * Predictions (the boundary, each neuron's output over the plane, held-out rows) build a network
 * of the run's shape per call and copy these parameters into it, so a snapshot stays immutable and
 * several threads may evaluate it at once.
 *
 * <p>Metrics: {@code loss} (scikit-learn's {@code loss_}: cross-entropy plus penalty, the mean over
 * the epoch's batches), {@code accuracy} (on the training rows after the epoch), {@code n_iter},
 * {@code coefs} (row l: layer l's weights, inputs × outputs row-major, as {@code coefs_[l].ravel()})
 * and {@code intercepts} (row l: layer l's biases).
 */
public final class PlaygroundSnapshot implements Snapshot, ClassProbabilities, Predictor {

    /**
     * How far a run is: its steps (epochs, or mini-batches with {@code stepBy=batch}), the epochs
     * completed, the first row of the next batch within the epoch (0 at an epoch's end) and the
     * last batch's loss (NaN before the first).
     */
    record Progress(int steps, int epochs, int nextRow, double batchLoss) {
        static final Progress START = new Progress(0, 0, 0, Double.NaN);
    }

    private static final Scalars<PlaygroundSnapshot> SCALARS = Scalars.<PlaygroundSnapshot>builder()
            .scalarWhileDefined("loss", PlaygroundSnapshot::loss)
            .scalarWhileDefined("accuracy", PlaygroundSnapshot::accuracy)
            .count("n_iter", PlaygroundSnapshot::epoch)
            .build();

    private final PlaygroundRun run;
    private final Progress progress;
    private final StepResult status;
    private final double[] parameters;
    private final double[] before;
    private final double[] gradient;
    private final double loss;
    private final double accuracy;
    private final int epochsWithoutImprovement;

    PlaygroundSnapshot(PlaygroundRun run, Progress progress, StepResult status, double[] parameters, double[] before,
                       double[] gradient, double loss, double accuracy, int epochsWithoutImprovement) {
        this.run = run;
        this.progress = progress;
        this.status = status;
        this.parameters = parameters.clone();
        this.before = before.clone();
        this.gradient = gradient.clone();
        this.loss = loss;
        this.accuracy = accuracy;
        this.epochsWithoutImprovement = epochsWithoutImprovement;
    }

    /** Steps taken: epochs, or mini-batches when a step is one. */
    @Override
    public int step() { return progress.steps(); }

    /** Epochs completed (scikit-learn's {@code n_iter_}). */
    public int epoch() { return progress.epochs(); }

    /** Whether the last step ended in the middle of an epoch (a mini-batch step): the loss shown is the last whole epoch's. */
    public boolean midEpoch() { return progress.nextRow() != 0; }

    /** The batch the next step trains, counted from 1 within its epoch (1 at an epoch's start). */
    public int nextBatch() { return progress.nextRow() / Math.min(run.batchSize(), run.rows()) + 1; }

    /** The batches of an epoch. */
    public int batchesPerEpoch() {
        int batch = Math.min(run.batchSize(), run.rows());
        return (run.rows() + batch - 1) / batch;
    }

    /** The last mini-batch's loss (penalty included); NaN before the first. */
    public double batchLoss() { return progress.batchLoss(); }

    @Override
    public StepResult status() { return status; }

    /** The epoch's training loss (penalty included); NaN before the first. */
    public double loss() { return loss; }

    /** The share of training rows classified right after the epoch; NaN before the first. */
    public double accuracy() { return accuracy; }

    /** Epochs in a row whose loss did not improve by more than tol. */
    public int epochsWithoutImprovement() { return epochsWithoutImprovement; }

    /** The number of nodes in each layer: the inputs, each hidden layer, the outputs. */
    public int[] widths() { return run.shape().widths(); }

    /** The names of the input features (x₁, x₁², sin x₂, ...). */
    public List<String> featureLabels() {
        return run.shape().features().stream().map(FeatureMap::label).toList();
    }

    /** The hidden layers' activation, as the narration names it. */
    public String activationLabel() { return run.shape().activation().label(); }

    public List<String> classNames() { return run.classNames(); }

    /** The optimizer's name, the learning rate and the batch size. */
    public String optimizer() { return run.optimizer(); }

    public double learningRate() { return run.learningRate(); }

    /** Whether the update is plain gradient descent, w ← w − η·∂L/∂w (the optimizer sgd). */
    public boolean plainGradientDescent() { return run.plainGradientDescent(); }

    /** The hidden layout as the {@code hidden} parameter spells it ("8,8"; "none"). */
    public String hiddenLayout() {
        int[] hidden = run.shape().hidden();
        return hidden.length == 0 ? "none"
                : String.join(",", java.util.Arrays.stream(hidden).mapToObj(Integer::toString).toList());
    }

    public int batchSize() { return run.batchSize(); }

    /** The weight from node {@code from} of layer {@code layer − 1} to node {@code to} of layer {@code layer}. */
    public double weight(int layer, int from, int to) { return parameters[run.shape().weightIndex(layer, from, to)]; }

    /** The same weight before the last update. */
    public double weightBefore(int layer, int from, int to) { return before[run.shape().weightIndex(layer, from, to)]; }

    /** ∂loss/∂weight on the last batch of the last epoch (0 before the first). */
    public double weightGradient(int layer, int from, int to) {
        return gradient[run.shape().weightIndex(layer, from, to)];
    }

    /** The bias of node {@code node} of layer {@code layer} (1 or more). */
    public double bias(int layer, int node) { return parameters[run.shape().biasIndex(layer, node)]; }

    @Override
    public int classCount() { return run.classNames().size(); }

    /**
     * The outputs of every node at {@code count} points of the plane, with this snapshot's frozen
     * weights, layer by layer in one forward pass: {@code out[0]} the input features, then each
     * hidden layer's activations, the last the output probabilities; {@code out[l]} row-major,
     * {@code widths()[l]} values a point, at least {@code count × widths()[l]} long. Modified: out.
     */
    public void nodeOutputs(double[] xs, double[] ys, int count, double[][] out) {
        NetworkShape shape = run.shape();
        shape.inputs(xs, ys, count, out[0]);
        Sequential network = shape.evaluation();
        System.arraycopy(parameters, 0, network.parameters(), 0, parameters.length);
        List<Layer> layers = network.layers();
        for (int i = 0; i < layers.size(); i += 2) {
            Layer dense = layers.get(i);
            Layer activation = layers.get(i + 1);
            double[] z = new double[count * dense.outputWidth()];
            dense.prepare(count);
            dense.forward(out[i / 2], z, count, false);
            activation.prepare(count);
            activation.forward(z, out[i / 2 + 1], count, false);
        }
    }

    @Override
    public void predictProbabilities(double[] xs, double[] ys, int count, double[] out) {
        NetworkShape shape = run.shape();
        int outputs = shape.outputs();
        double[] inputs = new double[count * shape.features().size()];
        shape.inputs(xs, ys, count, inputs);
        Sequential network = shape.evaluation();
        System.arraycopy(parameters, 0, network.parameters(), 0, parameters.length);
        network.prepare(Math.min(count, 4096));
        double[] raw = outputs == 1 ? new double[count] : out;
        network.predict(inputs, count, raw);
        if (outputs == 1) {
            for (int i = 0; i < count; i++) {
                out[2 * i] = 1 - raw[i];
                out[2 * i + 1] = raw[i];
            }
        }
    }

    @Override
    public double predict(double[] x, int offset) {
        double[] p = new double[classCount()];
        predictProbabilities(new double[] {x[offset]}, new double[] {x[offset + 1]}, 1, p);
        return ClassProbabilities.mostProbable(p, 0, p.length);
    }

    /**
     * The cross-entropy (no penalty) of the labelled rows of {@code data}, two feature columns:
     * scikit-learn's {@code log_loss(y, predict_proba(X))}; NaN for no rows.
     */
    public double lossOn(Dataset data) {
        int n = data.size();
        if (n == 0) {
            return Double.NaN;
        }
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = data.feature(i, 0);
            ys[i] = data.feature(i, 1);
        }
        int k = classCount();
        double[] p = new double[n * k];
        predictProbabilities(xs, ys, n, p);
        double total = 0;
        for (int i = 0; i < n; i++) {
            double eps = 1e-15;
            total -= Math.log(Math.min(Math.max(p[i * k + data.label(i)], eps), 1 - eps));
        }
        return total / n;
    }

    @Override
    public String narration() {
        return PlaygroundNarration.full(this);
    }

    @Override
    public String narration(int characters) {
        String full = narration();
        return full.length() <= characters ? full : PlaygroundNarration.brief(this);
    }

    @Override
    public Metrics metrics() {
        int[] widths = widths();
        double[][] coefs = new double[widths.length - 1][];
        double[][] intercepts = new double[widths.length - 1][];
        for (int l = 1; l < widths.length; l++) {
            int start = run.shape().layerStart(l);
            int weights = widths[l - 1] * widths[l];
            coefs[l - 1] = java.util.Arrays.copyOfRange(parameters, start, start + weights);
            intercepts[l - 1] = java.util.Arrays.copyOfRange(parameters, start + weights, start + weights + widths[l]);
        }
        return SCALARS.addTo(Metrics.builder(), this).matrix("coefs", coefs).matrix("intercepts", intercepts).build();
    }

    @Override
    public double scalar(String name) {
        return SCALARS.value(this, name);
    }

    PlaygroundRun run() { return run; }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "PlaygroundSnapshot[step %d, epoch %d, %s]", step(), epoch(), status);
    }
}
