package org.stepwise.algo.linear;

import java.util.List;
import java.util.Locale;
import org.stepwise.algo.ClassProbabilities;
import org.stepwise.algo.Predictor;
import org.stepwise.algo.Metrics;
import org.stepwise.algo.Scalars;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.StepResult;

/**
 * The perceptron after some samples: copies of the weights and intercepts, those before the
 * last step when it moved them, the sample just seen with each perceptron's score of it, and the
 * epoch's mistake count.
 *
 * <p>Metrics: {@code accuracy} (training), {@code mistakes} (samples that moved a line in the
 * current epoch so far; at an epoch's last sample, the epoch's count), {@code total_mistakes},
 * {@code n_iter} (epochs run), and {@code coef} (shape (1, d) for two classes, (K, d)
 * one-vs-rest, as scikit-learn's {@code coef_}) and {@code intercept}.
 *
 * <p>The perceptron has no class probabilities: for the boundary view the predicted class gets
 * probability 1 and the others 0, so each region is drawn in its class's full colour.
 */
public final class PerceptronSnapshot implements Snapshot, ClassProbabilities, Predictor {

    private static final Scalars<PerceptronSnapshot> SCALARS = Scalars.<PerceptronSnapshot>builder()
            .scalar("accuracy", s -> s.accuracy)
            .count("mistakes", s -> s.mistakes)
            .count("total_mistakes", s -> s.totalMistakes)
            .count("n_iter", s -> s.epochs)
            .build();

    private final int step;
    private final StepResult status;
    private final int classes;
    private final int features;
    private final int samples;
    private final int[] present;
    private final int[] positive;
    private final List<String> classNames;
    private final double[] weights;
    private final double[] intercepts;
    /** The weights and intercepts before the last step; null when it moved nothing. */
    private final double[] previousWeights;
    private final double[] previousIntercepts;
    private final double[] scores;
    private final boolean[] updated;
    private final int sample;
    private final int sampleLabel;
    private final int epochs;
    private final int mistakes;
    private final int lastEpochMistakes;
    private final int totalMistakes;
    private final double accuracy;
    private final double eta0;
    private final boolean fitIntercept;
    private final double novikoffRadius;
    private final double novikoffMargin;

    PerceptronSnapshot(PerceptronEngine engine, List<String> classNames) {
        this.step = engine.stepCount();
        this.status = engine.status();
        this.classes = engine.classCount();
        this.features = engine.featureCount();
        this.samples = engine.sampleCount();
        this.present = engine.presentClasses();
        this.positive = engine.positiveClasses();
        this.classNames = classNames;
        this.weights = engine.weights().clone();
        this.intercepts = engine.intercepts().clone();
        this.updated = engine.updated().clone();
        boolean moved = false;
        for (boolean u : updated) {
            moved |= u;
        }
        this.previousWeights = moved ? engine.previousWeights().clone() : null;
        this.previousIntercepts = moved ? engine.previousIntercepts().clone() : null;
        this.scores = engine.scores().clone();
        this.sample = engine.sample();
        this.sampleLabel = engine.sampleLabel();
        this.epochs = engine.epochsRun();
        this.mistakes = engine.mistakes();
        this.lastEpochMistakes = engine.lastEpochMistakes();
        this.totalMistakes = engine.totalMistakes();
        this.accuracy = engine.accuracy();
        this.eta0 = engine.eta0();
        this.fitIntercept = engine.fitsIntercept();
        this.novikoffRadius = engine.novikoffRadius();
        this.novikoffMargin = engine.novikoffMargin();
    }

    @Override
    public int step() { return step; }

    @Override
    public StepResult status() { return status; }

    @Override
    public String narration() { return PerceptronNarration.full(this); }

    @Override
    public String narration(int characters) {
        String full = narration();
        if (full.length() <= characters) {
            return full;
        }
        String medium = PerceptronNarration.medium(this);
        return medium.length() <= characters ? medium : PerceptronNarration.brief(this);
    }

    @Override
    public int classCount() { return classes; }

    public int featureCount() { return features; }

    /** Rows in the data: the samples of one epoch. */
    public int sampleCount() { return samples; }

    /** The perceptrons: 1 for two classes, K one-vs-rest. */
    public int outputCount() { return positive.length; }

    /** The class (label index) perceptron k calls +1. */
    public int positiveClass(int k) { return positive[k]; }

    /** The row shown at the last step, or −1 before the first. */
    public int sample() { return sample; }

    /** The class of {@link #sample()}, or −1 before the first step. */
    public int sampleLabel() { return sampleLabel; }

    /** Whether the last step moved perceptron k (its y(w·x + b) ≤ 0). */
    public boolean updated(int k) { return updated[k]; }

    /** Whether the last step moved any perceptron: a mistake. */
    public boolean mistake() { return previousWeights != null; }

    /** Perceptron k's score w·x + b of the last sample, before its update. */
    public double score(int k) { return scores[k]; }

    /** y ∈ {−1, +1} of the last sample for perceptron k. */
    public int target(int k) { return sampleLabel == positive[k] ? 1 : -1; }

    /** Epochs begun; scikit-learn's n_iter_ at the end of a run. */
    public int epochs() { return epochs; }

    /** The sample's 1-based position in its epoch. */
    public int positionInEpoch() { return step == 0 ? 0 : (step - 1) % samples + 1; }

    /** Samples that moved a line so far in the current epoch. */
    public int mistakes() { return mistakes; }

    /** The mistakes of the last whole epoch, −1 before one has ended. */
    public int lastEpochMistakes() { return lastEpochMistakes; }

    public int totalMistakes() { return totalMistakes; }

    public double accuracy() { return accuracy; }

    public double eta0() { return eta0; }

    public boolean fitsIntercept() { return fitIntercept; }

    /**
     * Once a binary run has converged, R = max ‖x̃ᵢ‖ (x̃ = (x, 1) with an intercept); else NaN.
     * With {@link #novikoffMargin()}, Novikoff's bound (R/γ)² on the number of mistakes.
     */
    public double novikoffRadius() { return novikoffRadius; }

    /** Once a binary run has converged, the final line's margin γ = min yᵢ u·x̃ᵢ, u its unit normal; else NaN. */
    public double novikoffMargin() { return novikoffMargin; }

    public String className(int label) {
        return label >= 0 && label < classNames.size() ? classNames.get(label) : "class " + label;
    }

    /** A copy of the coefficients, one row per perceptron, as scikit-learn's coef_. */
    public double[][] coef() {
        double[][] coef = new double[positive.length][features];
        for (int k = 0; k < positive.length; k++) {
            System.arraycopy(weights, k * features, coef[k], 0, features);
        }
        return coef;
    }

    /** A copy of the intercepts, one per perceptron, as scikit-learn's intercept_. */
    public double[] intercept() { return intercepts.clone(); }

    /**
     * Perceptron k's line b + w₁x₁ + w₂x₂ = 0 as {b, w₁, w₂}, for two features; its class (or,
     * binary, the second class) lies on the positive side.
     *
     * @throws IllegalStateException for a model of other than two features
     */
    public double[] line(int k) {
        requireTwoFeatures("a line");
        return new double[] {intercepts[k], weights[k * features], weights[k * features + 1]};
    }

    /** Perceptron k's line before the last step, or null when the step moved no line. */
    public double[] previousLine(int k) {
        requireTwoFeatures("a line");
        if (previousWeights == null) {
            return null;
        }
        return new double[] {previousIntercepts[k], previousWeights[k * features], previousWeights[k * features + 1]};
    }

    double weight(int k, int j) { return weights[k * features + j]; }

    double interceptOf(int k) { return intercepts[k]; }

    @Override
    public Metrics metrics() {
        return SCALARS.addTo(Metrics.builder(), this).matrix("coef", coef()).vector("intercept", intercepts).build();
    }

    @Override
    public double scalar(String name) {
        return SCALARS.value(this, name);
    }

    /**
     * The predicted class gets probability 1, the others 0 (the perceptron has no probabilities):
     * binary, the second class where w·x + b &gt; 0; one-vs-rest, the class of the largest score
     * (the first on a tie), as scikit-learn's predict. Allocates nothing.
     *
     * @throws IllegalStateException when the model has other than two features
     */
    @Override
    public void predictProbabilities(double[] xs, double[] ys, int count, double[] out) {
        requireTwoFeatures("the boundary view");
        for (int i = 0; i < count; i++) {
            int at = i * classes;
            for (int k = 0; k < classes; k++) {
                out[at + k] = 0;
            }
            out[at + predict(xs[i], ys[i])] = 1;
        }
    }

    /**
     * The class of the row x[offset .. offset + d): binary, the second class where w·x + b &gt; 0;
     * one-vs-rest, the class of the largest score (the first on a tie), as scikit-learn's predict.
     */
    @Override
    public double predict(double[] x, int offset) {
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < positive.length; k++) {
            double s = intercepts[k];
            for (int j = 0; j < features; j++) {
                s += weights[k * features + j] * x[offset + j];
            }
            if (positive.length == 1) {
                return s > 0 ? present[1] : present[0];
            }
            if (s > bestScore || k == 0) {
                best = k;
                bestScore = s;
            }
        }
        return present[best];
    }

    private int predict(double x1, double x2) {
        if (positive.length == 1) {
            return intercepts[0] + (weights[0] * x1 + weights[1] * x2) > 0 ? present[1] : present[0];
        }
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < positive.length; k++) {
            double s = weights[k * 2] * x1 + weights[k * 2 + 1] * x2 + intercepts[k];
            if (s > bestScore || k == 0) {
                best = k;
                bestScore = s;
            }
        }
        return present[best];
    }

    private void requireTwoFeatures(String what) {
        if (features != 2) {
            throw new IllegalStateException(what + " needs a model of two features; this one has " + features);
        }
    }
}
