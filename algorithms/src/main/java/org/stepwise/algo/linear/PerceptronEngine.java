package org.stepwise.algo.linear;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.stepwise.algo.Engine;
import org.stepwise.algo.StepResult;
import org.stepwise.data.Dataset;

/**
 * Rosenblatt's perceptron (Rosenblatt 1958; Bishop 2006, <i>Pattern Recognition and Machine
 * Learning</i>, §4.1.7), one sample per step, exactly as scikit-learn 1.2.1 fits
 * {@code Perceptron(shuffle=False, tol=None, eta0, max_iter, fit_intercept)}.
 *
 * <p>scikit-learn's {@code Perceptron} is {@code SGDClassifier(loss="perceptron",
 * learning_rate="constant", penalty=None)} ({@code sklearn/linear_model/_perceptron.py}): the
 * loss is {@code Hinge(threshold=0)}, whose {@code dloss(p, y)} is −y when p·y ≤ 0 and 0
 * otherwise, and {@code _plain_sgd} ({@code _sgd_fast.pyx}) visits the samples in order
 * (no shuffle), with p = w·x + b, and on {@code update = −eta0·dloss ≠ 0} does
 * w += update·x and, with an intercept, b += update·intercept_decay (1 for dense data). So a
 * sample with labels y ∈ {−1, +1} is a <b>mistake</b> when y(w·x + b) ≤ 0, and then
 * <pre>  w ← w + η·y·x,   b ← b + η·y</pre>
 * A correct sample changes nothing. Because the test is ≤ 0, the first sample from w = 0, b = 0
 * (score 0) is always a mistake and moves the line.
 *
 * <p>Two classes (the classes present in the data, in label order): one perceptron, y = +1 for
 * the second class, {@code coef} of shape (1, d); it predicts the second class where
 * w·x + b &gt; 0. K ≥ 3 classes: one-vs-rest, K perceptrons, the k-th with y = +1 for class k,
 * each trained on its own ({@code _fit_multiclass}); their updates do not interact, so this
 * engine shows one sample to all K at once and gets the same coefficients; it predicts the
 * class of the largest score (the first on a tie, as numpy's argmax).
 *
 * <p>One step is one sample. After the last sample of an epoch: an epoch without a mistake means
 * nothing will change again, so the run is CONVERGED (its coefficients equal scikit-learn's at
 * any {@code max_iter} from this epoch on); after {@code maxIter} epochs that still made
 * mistakes it is STOPPED, since no line has separated the classes. {@code n_iter} counts the
 * epochs run (begun): scikit-learn with {@code tol=None} always reports {@code max_iter}.
 * Weights that stop being finite stop the run too (scikit-learn raises an error there).
 *
 * <p>All buffers are allocated in the constructor: {@link #step()} allocates nothing.
 */
final class PerceptronEngine implements Engine<PerceptronSnapshot> {

    private final double[] x;
    private final int[] labels;
    private final int n;
    private final int d;
    private final int classes;
    private final List<String> classNames;
    /** The label each perceptron calls +1: the second class present (binary), or class k (one-vs-rest). */
    private final int[] positive;
    /** Present classes in label order: what a perceptron's output index predicts. */
    private final int[] present;
    private final double eta0;
    private final int maxIter;
    private final boolean fitIntercept;

    private final double[] weights;
    private final double[] intercepts;
    private final double[] previousWeights;
    private final double[] previousIntercepts;
    /** Each perceptron's score w·x + b of the last sample, before its update. */
    private final double[] scores;
    private final boolean[] updated;
    /**
     * Every row's score under every perceptron, row-major (n × outputs), for the training
     * accuracy. It is brought up to date when a snapshot is taken, and then only the columns of
     * the perceptrons that moved since (n·d each): a run stepped to its end without snapshots
     * (the command line, a replayed session) never pays for the accuracy of the steps between.
     */
    private final double[] rowScores;
    private final boolean[] stale;
    private boolean accuracyStale;

    private int step;
    private int epochsDone;
    private int position;
    private int sample = -1;
    private int mistakes;
    private int lastEpochMistakes = -1;
    private int totalMistakes;
    private double accuracy;
    /** R and γ of Novikoff's bound for the final line, once a binary run has converged; NaN before. */
    private double novikoffRadius = Double.NaN;
    private double novikoffMargin = Double.NaN;
    private StepResult status = StepResult.CONTINUE;

    PerceptronEngine(Dataset data, double eta0, int maxIter, boolean fitIntercept) {
        this.x = data.featuresRowMajor();
        this.labels = data.labels();
        this.n = data.size();
        this.d = data.featureCount();
        this.classes = data.classCount();
        this.classNames = data.classNames();
        this.present = Arrays.stream(labels).distinct().sorted().toArray();
        this.positive = present.length == 2 ? new int[] {present[1]} : present.clone();
        int outputs = positive.length;
        this.eta0 = eta0;
        this.maxIter = maxIter;
        this.fitIntercept = fitIntercept;
        this.weights = new double[outputs * d];
        this.intercepts = new double[outputs];
        this.previousWeights = new double[outputs * d];
        this.previousIntercepts = new double[outputs];
        this.scores = new double[outputs];
        this.updated = new boolean[outputs];
        this.rowScores = new double[n * outputs];
        this.stale = new boolean[outputs];
        accuracy = evaluateAccuracy();
    }

    @Override
    public PerceptronSnapshot snapshot() {
        if (accuracyStale) {
            for (int k = 0; k < stale.length; k++) {
                if (stale[k]) {
                    scoreColumn(k);
                    stale[k] = false;
                }
            }
            accuracy = evaluateAccuracy();
            accuracyStale = false;
        }
        return new PerceptronSnapshot(this, classNames);
    }

    @Override
    public StepResult step() {
        if (status.isFinal()) {
            return status;
        }
        if (position == 0) {
            mistakes = 0;
        }
        System.arraycopy(weights, 0, previousWeights, 0, weights.length);
        System.arraycopy(intercepts, 0, previousIntercepts, 0, intercepts.length);
        sample = position;
        int offset = sample * d;
        boolean mistake = false;
        for (int k = 0; k < positive.length; k++) {
            int row = k * d;
            // As _plain_sgd: p = w.dot(x) + intercept, the dot product summed in feature order.
            double dot = 0;
            for (int j = 0; j < d; j++) {
                dot += weights[row + j] * x[offset + j];
            }
            double score = dot + intercepts[k];
            double y = labels[sample] == positive[k] ? 1 : -1;
            scores[k] = score;
            updated[k] = score * y <= 0;
            if (updated[k]) {
                double update = eta0 * y;
                for (int j = 0; j < d; j++) {
                    weights[row + j] += x[offset + j] * update;
                }
                if (fitIntercept) {
                    intercepts[k] += update;
                }
                mistake = true;
            }
        }
        if (mistake) {
            mistakes++;
            totalMistakes++;
            for (int k = 0; k < positive.length; k++) {
                stale[k] |= updated[k];
            }
            accuracyStale = true;
        }
        step++;
        position++;
        if (position == n) {
            endEpoch();
        }
        return status;
    }

    private void endEpoch() {
        position = 0;
        epochsDone++;
        lastEpochMistakes = mistakes;
        if (!allFinite()) {
            status = StepResult.stopped(String.format(Locale.ROOT,
                    "the weights overflowed in epoch %d; scale the features (for example --standardize)", epochsDone));
        } else if (mistakes == 0) {
            status = StepResult.CONVERGED;
            if (positive.length == 1) {
                measureNovikoff();
            }
        } else if (epochsDone >= maxIter) {
            status = StepResult.stopped(String.format(Locale.ROOT,
                    "epoch %d of %d still made %d %s: no line %shas separated the classes (data that are not "
                            + "linearly separable, such as xor, keep moving it for ever)",
                    epochsDone, maxIter, mistakes, mistakes == 1 ? "mistake" : "mistakes",
                    fitIntercept ? "" : "through the origin "));
        }
    }

    /**
     * R = max ‖x̃ᵢ‖ and the margin γ = min yᵢ u·x̃ᵢ of the final (separating) line's unit normal u,
     * on x̃ = (x, 1) with an intercept and x without: Novikoff's (R/γ)² then bounds the mistakes
     * (any separating u gives a bound; this one is at hand).
     */
    private void measureNovikoff() {
        double norm = fitIntercept ? intercepts[0] * intercepts[0] : 0;
        for (int j = 0; j < d; j++) {
            norm += weights[j] * weights[j];
        }
        norm = Math.sqrt(norm);
        double radius = 0;
        double margin = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double squared = fitIntercept ? 1 : 0;
            double score = fitIntercept ? intercepts[0] : 0;
            for (int j = 0; j < d; j++) {
                double value = x[i * d + j];
                squared += value * value;
                score += weights[j] * value;
            }
            radius = Math.max(radius, Math.sqrt(squared));
            margin = Math.min(margin, (labels[i] == positive[0] ? score : -score) / norm);
        }
        novikoffRadius = radius;
        novikoffMargin = margin;
    }

    /** Perceptron k's score w·x + b of every row, into its column of {@link #rowScores}. */
    private void scoreColumn(int k) {
        int outputs = positive.length;
        int row = k * d;
        for (int i = 0; i < n; i++) {
            int offset = i * d;
            double dot = 0;
            for (int j = 0; j < d; j++) {
                dot += weights[row + j] * x[offset + j];
            }
            rowScores[i * outputs + k] = dot + intercepts[k];
        }
    }

    /**
     * Training accuracy of the current weights from {@link #rowScores}, as scikit-learn's
     * score(X, y): binary, the second class where the score is &gt; 0; one-vs-rest, the class of
     * the largest score, the first on a tie.
     */
    private double evaluateAccuracy() {
        int outputs = positive.length;
        int correct = 0;
        for (int i = 0; i < n; i++) {
            int at = i * outputs;
            int predicted;
            if (outputs == 1) {
                predicted = rowScores[at] > 0 ? present[1] : present[0];
            } else {
                int best = 0;
                for (int k = 1; k < outputs; k++) {
                    if (rowScores[at + k] > rowScores[at + best]) {
                        best = k;
                    }
                }
                predicted = present[best];
            }
            if (predicted == labels[i]) {
                correct++;
            }
        }
        return (double) correct / n;
    }

    private boolean allFinite() {
        for (double w : weights) {
            if (!Double.isFinite(w)) {
                return false;
            }
        }
        for (double b : intercepts) {
            if (!Double.isFinite(b)) {
                return false;
            }
        }
        return true;
    }

    // Read by the snapshot's constructor (which copies the arrays).

    int stepCount() { return step; }

    StepResult status() { return status; }

    int classCount() { return classes; }

    int featureCount() { return d; }

    int sampleCount() { return n; }

    int[] presentClasses() { return present; }

    int[] positiveClasses() { return positive; }

    double[] weights() { return weights; }

    double[] intercepts() { return intercepts; }

    double[] previousWeights() { return previousWeights; }

    double[] previousIntercepts() { return previousIntercepts; }

    double[] scores() { return scores; }

    boolean[] updated() { return updated; }

    int sample() { return sample; }

    int sampleLabel() { return sample < 0 ? -1 : labels[sample]; }

    /** Epochs begun: scikit-learn's n_iter_ once the run ends. */
    int epochsRun() { return epochsDone + (position > 0 ? 1 : 0); }

    int mistakes() { return mistakes; }

    int lastEpochMistakes() { return lastEpochMistakes; }

    int totalMistakes() { return totalMistakes; }

    double accuracy() { return accuracy; }

    double eta0() { return eta0; }

    double novikoffRadius() { return novikoffRadius; }

    double novikoffMargin() { return novikoffMargin; }

    boolean fitsIntercept() { return fitIntercept; }
}
